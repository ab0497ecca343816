// "Hide names and IDs" over every input JoinDoctor ships or is tested with: no identifier of the
// input (found by the test's own rules, tests/support/identifier_scan.h) in any output, and the
// same verdict and codes as without it.

#include "identifier_scan.h"
#include "input/demo_captures.h"
#include "live/redaction.h"
#include "report/report_renderers.h"
#include "report/report_ticket.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>

using namespace jd;
using jd::test::identifiersOf;
using jd::test::identifiersShownIn;

namespace {

struct Input
{
    QString name;
    QByteArray bytes;
};

QList<Input> everyInput()
{
    QList<Input> inputs;
    for (const DemoCapture &demo : demoCaptures()) {
        inputs.append({QStringLiteral("demo: ") + QLatin1String(demo.name),
                       *demoCaptureBytes(QLatin1String(demo.name))});
    }
    const QDir corpus(QStringLiteral(JD_SOURCE_DIR "/tests/data/corpus"));
    for (const QString &name : corpus.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        QFile file(corpus.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        inputs.append({name, file.readAll()});
    }
    return inputs;
}

QStringList allCodes(const Analysis &a)
{
    QStringList codes{verdictId(a.verdict)};
    for (const CheckResult &r : a.steps) {
        codes << r.code + findingCodesSuffix(r);
    }
    return codes;
}

// Every output a redacted analysis makes, in both languages.
QList<QPair<QString, QString>> outputsOf(const Analysis &a, const CaptureBundle &capture)
{
    QList<QPair<QString, QString>> outputs;
    for (const LanguageCode code : {LanguageCode::English, LanguageCode::Danish}) {
        const Language lang(code);
        const QString suffix = QStringLiteral(" (%1)").arg(lang.isoCode());
        outputs.append({QStringLiteral("text") + suffix, renderTextReport(a, lang)});
        outputs.append(
            {QStringLiteral("json") + suffix, QString::fromUtf8(renderJsonReport(a, lang))});
        outputs.append({QStringLiteral("html") + suffix, renderHtmlReport(a, lang)});
        outputs.append({QStringLiteral("summary") + suffix, renderShortSummary(a, lang)});
        outputs.append({QStringLiteral("summary html") + suffix, renderShortSummaryHtml(a, lang)});
        TicketAttachments attachments;
        attachments.capture = capture.toJson();
        attachments.captureFileName = QStringLiteral("capture.jdcapture");
        outputs.append(
            {QStringLiteral("ticket") + suffix,
             renderTicketHtml(a, lang, attachments) + QString::fromUtf8(attachments.capture)});
    }
    outputs.append({QStringLiteral("capture"), QString::fromUtf8(capture.toJson())});
    return outputs;
}

} // namespace

TEST(RedactionEverywhere, NoIdentifierOfAnyInputInAnyOutput)
{
    int judged = 0;
    int identifiers = 0;
    for (const Input &input : everyInput()) {
        const LoadedFacts plain = parseFacts(input.bytes, input.name);
        if (!plain.facts) {
            continue; // refused inputs show nothing of themselves
        }
        ++judged;
        const QStringList ids = identifiersOf(input.bytes);
        identifiers += int(ids.size());
        const LoadedFacts redacted = redactLoadedFacts(plain, input.name);
        ASSERT_TRUE(redacted.facts) << input.name.toStdString();
        ASSERT_TRUE(redacted.bundle && redacted.bundle->redacted);
        const Analysis before = analyseFacts(*plain.facts);
        const Analysis after = analyseFacts(*redacted.facts);
        EXPECT_EQ(allCodes(after), allCodes(before)) << input.name.toStdString();
        for (const auto &[kind, text] : outputsOf(after, *redacted.bundle)) {
            const QStringList shown = identifiersShownIn(text, ids);
            const qsizetype at =
                shown.isEmpty() ? 0 : text.indexOf(shown.first(), 0, Qt::CaseInsensitive);
            EXPECT_EQ(shown, QStringList())
                << input.name.toStdString() << ", " << kind.toStdString() << ": "
                << text.mid(std::max<qsizetype>(0, at - 60), 120).toStdString();
        }
    }
    EXPECT_GE(judged, 100);
    EXPECT_GE(identifiers, 300); // the scan finds what it should, or this test proves nothing
}

TEST(RedactionEverywhere, WithoutTheSwitchTheReportStillNamesTheDevice)
{
    const QByteArray bytes = *demoCaptureBytes(QStringLiteral("vpn-user"));
    const LoadedFacts plain = parseFacts(bytes, QStringLiteral("vpn-user"));
    ASSERT_TRUE(plain.facts);
    const QString report =
        renderTextReport(analyseFacts(*plain.facts), Language(LanguageCode::English));
    EXPECT_TRUE(identifiersShownIn(report, identifiersOf(bytes))
                    .contains(QStringLiteral("pc-kbh-0142.fabrikam.dk")));
    // An input that is already redacted is taken as it is (no placeholder of a placeholder).
    const LoadedFacts once = redactLoadedFacts(plain, QStringLiteral("vpn-user"));
    const LoadedFacts twice = redactLoadedFacts(once, QStringLiteral("vpn-user"));
    EXPECT_EQ(twice.bundle->toJson(), once.bundle->toJson());
}

TEST(RedactionEverywhere, AddressesProxiesAndFileNamesAreHidden)
{
    QByteArray text = *demoCaptureBytes(QStringLiteral("proxy-blocks-system"));
    const QByteArray errorLine = "Client ErrorCode : 0x801c0021";
    ASSERT_TRUE(text.contains(errorLine));
    text.replace(errorLine, errorLine +
                                "\r\nServer Message : connect to 10.20.30.40 and "
                                "fe80::1c2d:3e4f:5a6b:7c8d%12 (02-1a-2b-3c-4d-5e) failed\r\n"
                                "Build : 10.0.19045.3693 at 10:11:12");
    const LoadedFacts plain = parseFacts(text, QStringLiteral("PC-KBH-0142.txt"));
    ASSERT_TRUE(plain.facts);
    RedactionMap map;
    const LoadedFacts redacted = redactLoadedFacts(plain, QStringLiteral("PC-KBH-0142.txt"), &map);
    const QString report =
        renderTextReport(analyseFacts(*redacted.facts), Language(LanguageCode::English));
    const QString capture = QString::fromUtf8(redacted.bundle->toJson());
    for (const char *id :
         {"10.20.30.40", "fe80::1c2d:3e4f:5a6b:7c8d", "02-1a-2b-3c-4d-5e", "PC-KBH-0142"}) {
        EXPECT_FALSE(capture.contains(QLatin1String(id), Qt::CaseInsensitive)) << id;
        EXPECT_FALSE(report.contains(QLatin1String(id), Qt::CaseInsensitive)) << id;
    }
    EXPECT_TRUE(capture.contains(QLatin1String("192.0.2.1"))) << capture.toStdString();
    EXPECT_TRUE(capture.contains(QLatin1String("2001:db8::1")));
    EXPECT_TRUE(capture.contains(QLatin1String("02-00-00-00-00-01")));
    // The time of day is not an IPv6 address, the Windows build not an IPv4 one.
    EXPECT_TRUE(capture.contains(QLatin1String("10.0.19045.3693 at 10:11:12")));
    EXPECT_FALSE(map.identifiers().contains(QStringLiteral("10:11:12")));
    EXPECT_EQ(analyseFacts(*redacted.facts).step(2).code, analyseFacts(*plain.facts).step(2).code);
}

TEST(RedactionEverywhere, OnlyWholeWordsAreReplacedWhateverTheirCase)
{
    const LoadedFacts plain =
        parseFacts(*demoCaptureBytes(QStringLiteral("proxy-blocks-system")), QStringLiteral("x"));
    ASSERT_TRUE(plain.facts);
    RedactionMap map;
    redactLoadedFacts(plain, QStringLiteral("x"), &map);
    const QString host = map.apply(QStringLiteral("PC-KBH-0142"));
    ASSERT_NE(host, QStringLiteral("PC-KBH-0142"));
    int replaced = 0;
    EXPECT_EQ(map.apply(QStringLiteral("PC-KBH-0142 pc-kbh-0142 xPC-KBH-0142 PC-KBH-0142x "
                                       "(PC-KBH-0142)"),
                        &replaced),
              host + u' ' + host + QStringLiteral(" xPC-KBH-0142 PC-KBH-0142x (") + host + u')');
    EXPECT_EQ(replaced, 3);
    // The longest name first: the full name becomes the placeholders of host and domain.
    EXPECT_EQ(map.apply(QStringLiteral("PC-KBH-0142.fabrikam.dk")),
              host + u'.' + map.apply(QStringLiteral("fabrikam.dk")));
}

TEST(RedactionEverywhere, ANameStartingWithADotIsHiddenAndNoEmptyNameIsCollected)
{
    // Found by fuzzing: ".PC-KBH-0142.fabrikam.dk" gave an empty host name, which matched
    // everywhere.
    QByteArray text = *demoCaptureBytes(QStringLiteral("proxy-blocks-system"));
    text.replace("Device Name : PC-KBH-0142", "Device Name : .PC-KBH-0142");
    ASSERT_TRUE(text.contains("Device Name : .PC-KBH-0142"));
    const LoadedFacts plain = parseFacts(text, QStringLiteral("x"));
    ASSERT_TRUE(plain.facts && plain.bundle);
    EXPECT_FALSE(identifiersIn(*plain.bundle).contains(QString()));
    const LoadedFacts redacted = redactLoadedFacts(plain, QStringLiteral("x"));
    ASSERT_TRUE(redacted.bundle);
    const QString capture = QString::fromUtf8(redacted.bundle->toJson());
    EXPECT_FALSE(capture.contains(QLatin1String("PC-KBH-0142"), Qt::CaseInsensitive));
    EXPECT_TRUE(capture.contains(QLatin1String("AzureAdJoined")));
}
