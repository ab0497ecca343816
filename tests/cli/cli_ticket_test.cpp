// --redact with --analyze in every format, and --ticket: the real executable, as a script or a
// technician runs it.
#include "cli_runner.h"
#include "identifier_scan.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using jd::test::identifiersOf;
using jd::test::identifiersShownIn;
using jd::test::ProcessRun;
using jd::test::runJoinDoctor;
using jd::test::RunOptions;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString kInputs[] = {
    QStringLiteral(JD_SOURCE_DIR "/resources/demos/vpn-user.txt"),
    QStringLiteral(JD_SOURCE_DIR "/resources/demos/proxy-blocks-system.txt"),
    QStringLiteral(JD_SOURCE_DIR "/tests/data/corpus/form_email_quoted_federated_auth.txt")};

} // namespace

TEST(CliRedact, AnalyzeHidesEveryIdentifierInEveryFormatAndKeepsTheVerdict)
{
    for (const QString &input : kInputs) {
        const QStringList ids = identifiersOf(readBytes(input));
        ASSERT_FALSE(ids.isEmpty()) << input.toStdString();
        for (const char *format : {"text", "json", "html"}) {
            for (const char *lang : {"en", "da"}) {
                const QStringList common{QStringLiteral("--analyze"), input,
                                         QStringLiteral("--format"),  QLatin1String(format),
                                         QStringLiteral("--lang"),    QLatin1String(lang)};
                const ProcessRun plain = runJoinDoctor(common);
                const ProcessRun hidden =
                    runJoinDoctor(common + QStringList{QStringLiteral("--redact")});
                EXPECT_EQ(hidden.exitCode, plain.exitCode) << input.toStdString() << format;
                EXPECT_EQ(identifiersShownIn(QString::fromUtf8(hidden.out), ids), QStringList())
                    << input.toStdString() << ' ' << format << ' ' << lang;
                // Without the switch the report is what it always was: names included.
                EXPECT_FALSE(identifiersShownIn(QString::fromUtf8(plain.out), ids).isEmpty());
            }
        }
    }
}

TEST(CliTicket, AnalyzeWritesOneSelfContainedFileAndNeverReplacesOne)
{
    QTemporaryDir dir;
    const QString input = kInputs[1];
    const QString ticket = dir.filePath(QStringLiteral("ticket.html"));
    RunOptions options;
    options.withDisplay = true; // the offscreen platform; without one, offscreen is chosen anyway
    const QStringList args{QStringLiteral("--analyze"), input,
                           QStringLiteral("--ticket"),  ticket,
                           QStringLiteral("--redact"),  QStringLiteral("--format"),
                           QStringLiteral("pdf")};
    const ProcessRun run = runJoinDoctor(args, options);
    ASSERT_EQ(run.exitCode, 1) << run.err.toStdString(); // the analysis' own: a problem
    // --analyze as without --ticket: the report on stdout, redacted too.
    EXPECT_TRUE(run.out.contains("S2-WINHTTP-PROXY-MISSING")) << run.out.toStdString();
    EXPECT_EQ(identifiersShownIn(QString::fromUtf8(run.out), identifiersOf(readBytes(input))),
              QStringList());
    const QString html = QString::fromUtf8(readBytes(ticket));
    static const QRegularExpression image(QStringLiteral("<img [^>]*src=\"data:image/png;base64,"));
    EXPECT_EQ(html.count(image), 8); // the welcome page, six steps, the summary
    static const QRegularExpression reference(QStringLiteral("(?:href|src)=\"([^\"#d][^\"]*)\""));
    EXPECT_FALSE(reference.match(html).hasMatch())
        << reference.match(html).captured(1).toStdString();
    const QStringList ids = identifiersOf(readBytes(input));
    EXPECT_EQ(identifiersShownIn(html, ids), QStringList());
    // The capture inside, as the technician saves it from the link: redacted too, and loadable.
    static const QRegularExpression captureLink(
        QStringLiteral("download=\"ticket.jdcapture\" href=\"data:application/octet-stream;base64,"
                       "([^\"]+)\""));
    const QByteArray capture =
        QByteArray::fromBase64(captureLink.match(html).captured(1).toLatin1());
    EXPECT_TRUE(capture.contains("joindoctor-capture"));
    EXPECT_EQ(identifiersShownIn(QString::fromUtf8(capture), ids), QStringList());
    EXPECT_TRUE(readBytes(dir.filePath(QStringLiteral("ticket.pdf"))).startsWith("%PDF"));

    // Again: refused, the file untouched; with --overwrite replaced.
    const ProcessRun again = runJoinDoctor(args, options);
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains("--overwrite")) << again.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(readBytes(ticket)), html);
    EXPECT_EQ(runJoinDoctor(args + QStringList{QStringLiteral("--overwrite")}, options).exitCode,
              1);

    // Without a display at all the ticket is still made (offscreen).
    const QString second = dir.filePath(QStringLiteral("second.html"));
    EXPECT_EQ(runJoinDoctor({QStringLiteral("--demo"), QStringLiteral("healthy"),
                             QStringLiteral("--ticket"), second})
                  .exitCode,
              0);
    EXPECT_TRUE(readBytes(second).contains("data:image/png;base64,"));
}

TEST(CliTicket, MisuseIsRefusedWithOneLine)
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("--list-codes"), QStringLiteral("--redact")},
          QStringList{QStringLiteral("--demo"), QStringLiteral("healthy"),
                      QStringLiteral("--ticket"), QStringLiteral("t.html"),
                      QStringLiteral("--screenshots"), QStringLiteral("x")},
          QStringList{QStringLiteral("--analyze"), QStringLiteral("x.txt"),
                      QStringLiteral("--format"), QStringLiteral("pdf")}}) {
        const ProcessRun r = runJoinDoctor(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    }
}
