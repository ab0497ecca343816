// --fleet as scripts and technicians run it: the summary on the terminal, the whole table in a
// file written whole or not at all, names hidden on request, misuse refused in one line, and
// Ctrl+C leaving nothing behind.

#include "cli_runner.h"
#include "fleet_folder.h"
#include "input/demo_captures.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace jd::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(CliFleet, PrintsTheSummaryAndGivesAnExitCodeForScripts)
{
    QTemporaryDir dir;
    const QStringList names = writeDemoFleet(dir.path());
    QFile junk(dir.filePath(QStringLiteral("junk.bin")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4000, '\x07'));
    junk.close();

    const ProcessRun run = runJoinDoctor(
        {QStringLiteral("--fleet"), dir.path(), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString(); // some devices have a problem
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains(QStringLiteral("Devices: 7 (inputs read: 8, not judged: 1)")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Top codes")));
    EXPECT_TRUE(out.contains(QStringLiteral("junk.bin: ")));
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("Inputs judged: 8 ")));
    EXPECT_FALSE(run.err.contains('\r')); // no progress bar in a pipe

    const ProcessRun danish =
        runJoinDoctor({QStringLiteral("--fleet"), dir.path(), QStringLiteral("--lang=da")});
    EXPECT_TRUE(QString::fromUtf8(danish.out).contains(QStringLiteral("Hyppigste koder")));
}

TEST(CliFleet, WritesTheReportFileWholeAndNeverOverAnother)
{
    QTemporaryDir dir;
    const QStringList names = writeDemoFleet(dir.path());
    // The report may be written into the folder it reads: it is not read as an input next time.
    const QString out = dir.filePath(QStringLiteral("fleet.csv"));
    const QStringList args = {QStringLiteral("--fleet"),  dir.path(),
                              QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--out"),    out};
    const ProcessRun first = runJoinDoctor(args);
    EXPECT_EQ(first.exitCode, 1) << first.err.toStdString();
    EXPECT_TRUE(first.out.isEmpty());
    const QByteArray csv = readAll(out);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    for (const QString &name : names) {
        EXPECT_TRUE(csv.contains(name.toUtf8())) << name.toStdString();
    }

    const ProcessRun again = runJoinDoctor(args);
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_EQ(again.err.count('\n'), 1);
    EXPECT_EQ(readAll(out), csv);

    const ProcessRun replaced = runJoinDoctor(args + QStringList{QStringLiteral("--overwrite")});
    EXPECT_EQ(replaced.exitCode, 1) << replaced.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(replaced.err).contains(QStringLiteral("Inputs judged: 7 ")))
        << replaced.err.toStdString();

    const QString html = dir.filePath(QStringLiteral("fleet.html"));
    const ProcessRun page =
        runJoinDoctor({QStringLiteral("--fleet"), dir.path(), QStringLiteral("--format"),
                       QStringLiteral("html"), QStringLiteral("--out"), html});
    EXPECT_EQ(page.exitCode, 1);
    EXPECT_TRUE(readAll(html).contains("<svg"));
}

TEST(CliFleet, JsonWithHiddenNamesForScripts)
{
    QTemporaryDir dir;
    const QStringList names = writeDemoFleet(dir.path());
    const ProcessRun run = runJoinDoctor(
        {QStringLiteral("--fleet"), dir.path(), QStringLiteral("--format"), QStringLiteral("json"),
         QStringLiteral("--redact"), QStringLiteral("--threads"), QStringLiteral("2")});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(root.value(QStringLiteral("devices")).toArray().size(), 7);
    EXPECT_TRUE(root.value(QStringLiteral("redacted")).toBool());
    for (const QString &name : names) {
        EXPECT_FALSE(run.out.contains(name.toUtf8())) << name.toStdString();
    }
    EXPECT_FALSE(run.out.contains(dir.path().toUtf8()));
}

TEST(CliFleet, MisuseAndMissingInputsAreOneLineAndExitCode2)
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QDir().mkpath(empty);
    const QList<QStringList> misuses = {
        {QStringLiteral("--fleet"), dir.filePath(QStringLiteral("missing"))},
        {QStringLiteral("--fleet"), empty},
        {QStringLiteral("--fleet"), empty, QStringLiteral("--format"), QStringLiteral("pdf")},
        {QStringLiteral("--fleet"), empty, QStringLiteral("extra.txt")},
        {QStringLiteral("--fleet"), empty, QStringLiteral("--threads"), QStringLiteral("0")},
        {QStringLiteral("--fleet"), empty, QStringLiteral("--demo"), QStringLiteral("healthy")},
        {QStringLiteral("--analyze"), QStringLiteral("--demo"), QStringLiteral("healthy"),
         QStringLiteral("--out"), dir.filePath(QStringLiteral("x"))},
        {QStringLiteral("--analyze"), QStringLiteral("--demo"), QStringLiteral("healthy"),
         QStringLiteral("--format"), QStringLiteral("csv")},
    };
    for (const QStringList &args : misuses) {
        const ProcessRun run = runJoinDoctor(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
}

#if defined(Q_OS_UNIX)
TEST(CliFleet, CtrlCStopsTheRunAndLeavesNoFile)
{
    QTemporaryDir dir;
    // The first part of an output: still dsregcmd's, and small, so that the many files a single
    // core needs seconds for are written in a moment.
    QByteArray demo = jd::demoCaptureBytes(QStringLiteral("pending")).value_or(QByteArray());
    demo.truncate(demo.lastIndexOf('\n', 1500) + 1);
    for (int i = 0; i < 20000; ++i) {
        QFile file(dir.filePath(QStringLiteral("PC-%1.txt").arg(i)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(demo);
    }
    const QString out = dir.filePath(QStringLiteral("report/fleet.html"));
    QDir().mkpath(dir.filePath(QStringLiteral("report")));
    RunOptions options;
    options.interruptAfter = "fleet: path="; // the log line written once Ctrl+C is handled
    const ProcessRun run =
        runJoinDoctor({QStringLiteral("--fleet"), dir.path(), QStringLiteral("--threads"),
                       QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("html"),
                       QStringLiteral("--out"), out, QStringLiteral("--verbose")},
                      options);
    EXPECT_EQ(run.exitCode, 130) << run.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("no report was written")));
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_TRUE(QDir(dir.filePath(QStringLiteral("report"))).isEmpty());
}
#endif
