// The live source on Linux: dsregcmd replaced by fake executables (time-out, exit codes, code
// page 850 bytes, huge output), the other Windows sources by fakes; the capture bundle it writes,
// loaded again, judged identically; redaction that leaves no identifier behind.
#include "facts/bundle_facts.h"
#include "facts/event_records.h"
#include "fixtures.h"
#include "identifier_scan.h"
#include "input/capture_bundle.h"
#include "live/capture_writer.h"
#include "live/live_collector.h"
#include "live/redaction.h"
#include "qt_printers.h"
#include "report/analysis.h"
#include "report/report_renderers.h"
#include "report/report_ticket.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <unistd.h>

using namespace jd;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

// A fake executable: a shell script in the temporary folder.
QString fakeProgram(const QTemporaryDir &dir, const QString &name, const QString &body)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\n" + body.toUtf8() + "\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

CaptureItem textItem(const QByteArray &content, const QString &detail = {})
{
    CaptureItem item;
    item.collected = true;
    item.detail = detail;
    item.content = content;
    return item;
}

// A domain-joined device on VPN: everything a Windows device would give, from fakes.
LiveEnvironment fakeDevice(const QTemporaryDir &dir)
{
    LiveEnvironment env;
    env.runner = std::make_shared<QProcessProgramRunner>();
    env.dsregcmd =
        fakeProgram(dir, QStringLiteral("dsregcmd"),
                    QStringLiteral("cat '%1'")
                        .arg(QStringLiteral(JD_SOURCE_DIR "/resources/demos/vpn-user.txt")));
    env.consoleCodePage = 850;
    env.dsregcmdTimeout = std::chrono::seconds(10);
    env.clientScp = []() {
        return textItem(
            "Windows Registry Editor Version 5.00\r\n\r\n"
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ]\r\n");
    };
    env.winHttpProxy = []() {
        return textItem(R"({"namedProxy": false, "proxy": "", "bypass": ""})");
    };
    env.task = []() {
        return textItem(R"({"read": true, "exists": true, "enabled": true, "state": 3,
                            "lastResult": 2147943515, "lastRun": "2026-11-25T07:20:00Z"})");
    };
    env.events = [](const char *channel) {
        const QString file = QLatin1String(channel).contains(QLatin1String("AAD"))
                                 ? QStringLiteral("aad-operational.xml")
                                 : QStringLiteral("user-device-registration.xml");
        return textItem(readAll(QStringLiteral(JD_FIXTURE_DIR "/events/") + file));
    };
    env.joinInfo = []() {
        CaptureItem item;
        item.error = QStringLiteral("NetGetAadJoinInformation is not available");
        return item;
    };
    env.device = []() {
        return textItem(R"({"computerName": "PC-KBH-0142", "hostName": "pc-kbh-0142.fabrikam.dk",
                            "os": "Windows 11 Enterprise", "user": "FABRIKAM\\mads.jensen"})");
    };
    env.now = []() {
        return QDateTime(QDate(2026, 11, 25), QTime(8, 5), Qt::UTC);
    };
    return env;
}

QStringList codesOf(const Analysis &a)
{
    QStringList codes;
    for (const CheckResult &r : a.steps) {
        codes << r.code;
    }
    return codes;
}

Analysis analyse(const CaptureBundle &bundle)
{
    const LoadedFacts loaded = factsFromBundle(bundle, QStringLiteral("test"));
    EXPECT_TRUE(loaded.facts) << loaded.problem.message.source;
    return analyseFacts(loaded.facts ? *loaded.facts : Facts());
}

} // namespace

TEST(DsregcmdRunner, CodePage850BytesAreDecoded)
{
    QTemporaryDir dir;
    const QString program = fakeProgram(
        dir, QStringLiteral("dsregcmd"),
        QStringLiteral("cat '%1'").arg(QStringLiteral(JD_FIXTURE_DIR "/danish_tenant_cp850.txt")));
    QProcessProgramRunner runner;
    const CaptureItem item = readDsregcmd(runner, program, 850, std::chrono::seconds(10),
                                          4 * 1024 * 1024, CancelToken());
    ASSERT_TRUE(item.collected) << item.error.toStdString();
    EXPECT_TRUE(QString::fromUtf8(item.content).contains(QStringLiteral("Kærgård Ølsted Å/S")));
    EXPECT_TRUE(item.detail.contains(QStringLiteral("code page 850")));
}

TEST(DsregcmdRunner, NonZeroExitIsRecordedAndTheOutputKept)
{
    QTemporaryDir dir;
    const QString program =
        fakeProgram(dir, QStringLiteral("dsregcmd"),
                    QStringLiteral("cat '%1'; exit 3")
                        .arg(QStringLiteral(JD_SOURCE_DIR "/resources/demos/healthy.txt")));
    QProcessProgramRunner runner;
    const CaptureItem item =
        readDsregcmd(runner, program, 850, std::chrono::seconds(10), 1 << 22, CancelToken());
    EXPECT_TRUE(item.collected);
    EXPECT_TRUE(item.detail.contains(QStringLiteral("exit code 3")));
}

TEST(DsregcmdRunner, TimeOutStopsTheProgram)
{
    QTemporaryDir dir;
    const QString program =
        fakeProgram(dir, QStringLiteral("dsregcmd"), QStringLiteral("exec sleep 30"));
    QProcessProgramRunner runner;
    QElapsedTimer clock;
    clock.start();
    const CaptureItem item =
        readDsregcmd(runner, program, 850, std::chrono::milliseconds(500), 1 << 22, CancelToken());
    EXPECT_FALSE(item.collected);
    EXPECT_TRUE(item.error.contains(QStringLiteral("no answer"))) << item.error.toStdString();
    EXPECT_LT(clock.elapsed(), 10000);
}

TEST(DsregcmdRunner, HugeOutputIsCapped)
{
    QTemporaryDir dir;
    const QString program =
        fakeProgram(dir, QStringLiteral("dsregcmd"),
                    QStringLiteral("head -c 20000000 /dev/zero | tr '\\\\0' 'x'"));
    QProcessProgramRunner runner;
    const CaptureItem item =
        readDsregcmd(runner, program, 850, std::chrono::seconds(30), 1 << 20, CancelToken());
    EXPECT_TRUE(item.collected);
    EXPECT_EQ(item.content.size(), 1 << 20);
    EXPECT_TRUE(item.detail.contains(QStringLiteral("output cut")));
}

TEST(DsregcmdRunner, RelativeOrMissingProgramsAreNotStarted)
{
    QProcessProgramRunner runner;
    for (const QString &program : {QStringLiteral("dsregcmd"), QStringLiteral("bin/dsregcmd"),
                                   QStringLiteral("/no/such/dsregcmd")}) {
        const CaptureItem item =
            readDsregcmd(runner, program, 850, std::chrono::seconds(2), 1024, CancelToken());
        EXPECT_FALSE(item.collected) << program.toStdString();
        EXPECT_TRUE(item.error.contains(QStringLiteral("did not start")));
    }
}

TEST(EventRecords, ExportIsParsedAndMappedToSteps)
{
    const QList<EventRecord> events = parseEventXml(QString::fromUtf8(
        readAll(QStringLiteral(JD_FIXTURE_DIR "/events/user-device-registration.xml"))));
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events.at(0).id, 304);
    EXPECT_EQ(events.at(0).level, 2);
    EXPECT_EQ(events.at(0).channel, u"Microsoft-Windows-User Device Registration/Admin");
    EXPECT_EQ(events.at(0).time, QDateTime(QDate(2026, 11, 25), QTime(7, 31, 12, 533), Qt::UTC));
    EXPECT_TRUE(events.at(0).codes.contains(QStringLiteral("0x801c03f2")));
    EXPECT_EQ(stepOfEvent(events.at(0).channel, 304), 4);
    EXPECT_EQ(stepOfEvent(events.at(1).channel, 334), 3);
    EXPECT_EQ(stepOfEvent(events.at(2).channel, 331), 0);
    const QList<EventRecord> aad = parseEventXml(
        QString::fromUtf8(readAll(QStringLiteral(JD_FIXTURE_DIR "/events/aad-operational.xml"))));
    ASSERT_EQ(aad.size(), 2); // no <Events> root, as wevtutil writes it
    EXPECT_EQ(stepOfEvent(aad.at(0).channel, aad.at(0).id), 6);
    EXPECT_TRUE(aad.at(1).codes.contains(QStringLiteral("AADSTS50126")));
}

TEST(EventRecords, TruncatedAndForeignInput)
{
    const QString full = QString::fromUtf8(
        readAll(QStringLiteral(JD_FIXTURE_DIR "/events/user-device-registration.xml")));
    EXPECT_EQ(parseEventXml(full.left(full.indexOf(QLatin1String("<EventID>334")))).size(), 1);
    EXPECT_TRUE(parseEventXml(QStringLiteral("not xml at all <<<")).isEmpty());
    EXPECT_TRUE(parseEventXml(QStringLiteral("<html><body>Event</body></html>")).isEmpty());
    QString many;
    for (int i = 0; i < kMaxEventsPerChannel + 50; ++i) {
        many += QStringLiteral("<Event><System><EventID>304</EventID></System></Event>");
    }
    EXPECT_EQ(parseEventXml(many).size(), kMaxEventsPerChannel);
}

TEST(CaptureRoundTrip, CollectedCaptureIsJudgedExactlyAsLive)
{
    QTemporaryDir dir;
    const CaptureBundle bundle = collectLive(fakeDevice(dir), CancelToken());
    EXPECT_EQ(bundle.device, u"PC-KBH-0142");
    const CaptureItem *join = bundle.item(capture_item::kJoinInfo);
    ASSERT_NE(join, nullptr);
    EXPECT_FALSE(join->collected); // recorded in the manifest with its reason
    EXPECT_FALSE(join->error.isEmpty());

    const Analysis live = analyse(bundle);
    EXPECT_EQ(live.step(3).code, u"S3-NO-DC");
    // Event 334 (no domain controller) backs step 3, with its code decoded.
    bool event334 = false;
    for (const Evidence &e : live.step(3).evidence) {
        event334 = event334 || e.field == u"Event 334";
    }
    EXPECT_TRUE(event334);

    const QString file = dir.filePath(QStringLiteral("capture.jdcapture"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bundle.toJson());
    out.close();
    const LoadedFacts loaded = loadFacts(FactSource::capture(file), CancelToken());
    ASSERT_TRUE(loaded.facts) << loaded.problem.message.source;
    ASSERT_TRUE(loaded.bundle);
    EXPECT_EQ(codesOf(analyseFacts(*loaded.facts)), codesOf(live));
}

TEST(CaptureRoundTrip, DisabledTaskFromTheApiDecidesStepThree)
{
    QTemporaryDir dir;
    LiveEnvironment env = fakeDevice(dir);
    env.task = []() {
        return textItem(R"({"read": true, "exists": true, "enabled": false})");
    };
    EXPECT_EQ(analyse(collectLive(env, CancelToken())).step(3).code, u"S3-TASK-DISABLED");
}

TEST(CaptureRoundTrip, DamagedAndNewerBundlesAreRefused)
{
    InputProblem problem;
    EXPECT_FALSE(
        parseCaptureBundle("{\"format\": \"joindoctor-capture\", \"formatVersion\": 1", &problem));
    EXPECT_EQ(problem.kind, InputProblemKind::NotDsregcmd);
    EXPECT_FALSE(parseCaptureBundle(
        R"({"format": "joindoctor-capture", "formatVersion": 99, "manifest": [], "files": {}})",
        &problem));
    EXPECT_TRUE(QByteArray(problem.message.source).contains("newer"));
    const LoadedFacts noStatus = parseFacts(
        R"({"format": "joindoctor-capture", "formatVersion": 1, "manifest": [], "files": {}})",
        QStringLiteral("x"));
    EXPECT_FALSE(noStatus.facts);
}

TEST(Redaction, NoIdentifierSurvivesAndTheVerdictsStay)
{
    QTemporaryDir dir;
    const CaptureBundle bundle = collectLive(fakeDevice(dir), CancelToken());
    RedactionReport report;
    const CaptureBundle redacted = redactBundle(bundle, &report);
    EXPECT_TRUE(redacted.redacted);
    EXPECT_GT(report.identifiers, 5);
    const QString written = QString::fromUtf8(redacted.toJson());
    QStringList identifiers = identifiersIn(bundle);
    identifiers << QStringLiteral("PC-KBH-0142") << QStringLiteral("fabrikam.dk")
                << QStringLiteral("FABRIKAM") << QStringLiteral("mads.jensen")
                << QStringLiteral("a3b1c2d4-0000-4b5e-9f10-2233445566ff")
                << QStringLiteral("S-1-5-21-1111111111-2222222222-3333333333-1104");
    for (const QString &id : identifiers) {
        const qsizetype at = written.indexOf(id, 0, Qt::CaseInsensitive);
        EXPECT_EQ(at, -1) << id.toStdString() << " in: "
                          << written.mid(std::max<qsizetype>(0, at - 80), 200).toStdString();
    }
    // The same identifier always gets the same placeholder, so the verdicts do not change.
    EXPECT_EQ(codesOf(analyse(redacted)), codesOf(analyse(bundle)));
    EXPECT_EQ(redactBundle(bundle).toJson(), redactBundle(bundle).toJson());
}

// A whole capture (events, proxies, network interfaces, the device's own item) with "Hide names
// and IDs": no identifier of it, found by the test's own rules, in any report, the ticket or the
// capture written again.
TEST(Redaction, AWholeCaptureShowsNoIdentifierInAnyOutput)
{
    QTemporaryDir dir;
    LiveEnvironment env = fakeDevice(dir);
    env.winHttpProxy = []() {
        return textItem(R"({"namedProxy": true, "proxy": "gw3.net-provider.example:8080",
                            "bypass": "*.fabrikam.dk;*.branch-office.example;<local>;10.*"})");
    };
    env.interfaces = []() {
        NetworkInterfaceInfo lan;
        lan.name = QStringLiteral("eth0");
        lan.humanName = QStringLiteral("Intel(R) Ethernet Connection");
        lan.up = true;
        lan.type = QStringLiteral("ethernet");
        lan.addresses = {QStringLiteral("10.20.30.40"),
                         QStringLiteral("fe80::1c2d:3e4f:5a6b:7c8d")};
        return QList<NetworkInterfaceInfo>{lan};
    };
    const CaptureBundle bundle = collectLive(env, CancelToken());
    const QByteArray original = bundle.toJson();
    QStringList ids = jd::test::identifiersOf(original);
    ids << QStringLiteral("gw3.net-provider.example") << QStringLiteral("net-provider.example")
        << QStringLiteral("branch-office.example") << QStringLiteral("10.20.30.40")
        << QStringLiteral("fe80::1c2d:3e4f:5a6b:7c8d");
    const LoadedFacts plain = factsFromBundle(bundle, QStringLiteral("pc-kbh-0142.jdcapture"));
    ASSERT_TRUE(plain.facts);
    LoadedFacts withBundle = plain;
    withBundle.bundle = std::make_shared<const CaptureBundle>(bundle);
    const LoadedFacts redacted =
        redactLoadedFacts(withBundle, QStringLiteral("pc-kbh-0142.jdcapture"));
    ASSERT_TRUE(redacted.facts && redacted.bundle);
    const Analysis analysis = analyseFacts(*redacted.facts);
    EXPECT_EQ(codesOf(analysis), codesOf(analyseFacts(*plain.facts)));
    TicketAttachments attachments;
    attachments.capture = redacted.bundle->toJson();
    for (const LanguageCode code : {LanguageCode::English, LanguageCode::Danish}) {
        const Language lang(code);
        for (const QString &output :
             {renderTextReport(analysis, lang), QString::fromUtf8(renderJsonReport(analysis, lang)),
              renderHtmlReport(analysis, lang), renderShortSummaryHtml(analysis, lang),
              renderTicketHtml(analysis, lang, attachments),
              QString::fromUtf8(attachments.capture)}) {
            EXPECT_EQ(jd::test::identifiersShownIn(output, ids), QStringList())
                << output.left(300).toStdString();
        }
    }
    EXPECT_GE(ids.size(), 8);
}

TEST(Redaction, RegistryPathsSurviveAndTheClientScpIsStillRead)
{
    QTemporaryDir dir;
    LiveEnvironment env = fakeDevice(dir);
    env.clientScp = []() {
        return textItem(
            "Windows Registry Editor Version 5.00\r\n\r\n"
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD]\r\n"
            "\"TenantId\"=\"7d3e9f00-1111-4222-8333-944455556666\"\r\n"
            "\"TenantName\"=\"fabrikam.dk\"\r\n");
    };
    const CaptureBundle bundle = collectLive(env, CancelToken());
    const CaptureBundle redacted = redactBundle(bundle);
    const CaptureItem *reg = redacted.item(capture_item::kClientScp);
    ASSERT_NE(reg, nullptr);
    EXPECT_TRUE(reg->content.contains("CurrentVersion\\CDJ\\AAD]"));
    EXPECT_FALSE(reg->content.contains("fabrikam"));
    EXPECT_FALSE(reg->content.contains("7d3e9f00"));
    EXPECT_EQ(analyse(redacted).step(1).code, u"S1-CLIENT-SCP-OK");
    EXPECT_EQ(codesOf(analyse(redacted)), codesOf(analyse(bundle)));
}

TEST(CaptureRoundTrip, JoinStateFromTheApiFillsWhatTheTextLeavesOpen)
{
    QTemporaryDir dir;
    QString text =
        QString::fromUtf8(readAll(QStringLiteral(JD_SOURCE_DIR "/resources/demos/vpn-user.txt")));
    text.remove(QRegularExpression(QStringLiteral("^\\s*AzureAdJoined : NO\\s*$"),
                                   QRegularExpression::MultilineOption));
    ASSERT_FALSE(text.contains(QStringLiteral("AzureAdJoined")));
    QFile status(dir.filePath(QStringLiteral("status.txt")));
    ASSERT_TRUE(status.open(QIODevice::WriteOnly));
    status.write(text.toUtf8());
    status.close();
    LiveEnvironment env = fakeDevice(dir);
    env.dsregcmd = fakeProgram(dir, QStringLiteral("dsregcmd2"),
                               QStringLiteral("cat '%1'").arg(status.fileName()));
    env.joinInfo = []() {
        return textItem(R"({"apiAvailable": true, "joined": true, "joinType": 1,
                            "deviceId": "3c9e1f7a-52b4-4d8e-9a61-7f0b2c4d8e13",
                            "tenantId": "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"})");
    };
    const LoadedFacts loaded =
        factsFromBundle(collectLive(env, CancelToken()), QStringLiteral("t"));
    ASSERT_TRUE(loaded.facts);
    EXPECT_EQ(loaded.facts->azureAdJoined, Tri::Yes);
    EXPECT_EQ(loaded.facts->deviceId, u"3c9e1f7a-52b4-4d8e-9a61-7f0b2c4d8e13");
    EXPECT_TRUE(loaded.facts->proxy.winHttpSectionPresent); // from the WinHTTP API item
}

TEST(CaptureFile, ReadOnlyFolderGivesAReasonAndWritesNothing)
{
    if (geteuid() == 0) {
        // root writes anywhere; a full or read-only disk is simulated by a missing folder
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/c.jdcapture"));
        QString error;
        EXPECT_FALSE(writeCaptureFile(CaptureBundle(), path, &error));
        EXPECT_FALSE(error.isEmpty());
        EXPECT_FALSE(QFileInfo::exists(path));
        return;
    }
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    const QString path = dir.filePath(QStringLiteral("c.jdcapture"));
    QString error;
    EXPECT_FALSE(writeCaptureFile(CaptureBundle(), path, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(path));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
