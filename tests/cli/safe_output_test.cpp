// What the executable writes when the disk is full or the files already exist: a clear line, a
// defined exit code, nothing half-written, and whatever was finished before kept.
#include "cli_runner.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

using jd::test::ProcessRun;
using jd::test::runJoinDoctor;
using jd::test::RunOptions;

namespace {

const QStringList kPageImages = {
    QStringLiteral("01-welcome.png"), QStringLiteral("02-step1.png"),
    QStringLiteral("03-step2.png"),   QStringLiteral("04-step3.png"),
    QStringLiteral("05-step4.png"),   QStringLiteral("06-step5.png"),
    QStringLiteral("07-step6.png"),   QStringLiteral("08-summary.png")};

// A whole PNG: the signature first and the IEND chunk last (a cut-off file has no IEND).
bool isCompletePng(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray bytes = file.readAll();
    return bytes.startsWith("\x89PNG\r\n\x1a\n") && bytes.endsWith("IEND\xae\x42\x60\x82");
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

ProcessRun screenshots(const QString &folder, const QStringList &extra = {},
                       qint64 fileSizeLimit = -1)
{
    RunOptions options;
    options.withDisplay = true;
    options.fileSizeLimit = fileSizeLimit;
    return runJoinDoctor(QStringList{QStringLiteral("--screenshots"), folder,
                                     QStringLiteral("--demo"), QStringLiteral("not-synced")} +
                             extra,
                         options);
}

} // namespace

TEST(SafeOutput, ReportCutShortByAFullDiskExitsFour)
{
    QTemporaryDir dir;
    for (const char *lang : {"en", "da"}) {
        RunOptions options;
        options.stdoutFile =
            dir.filePath(QStringLiteral("report-%1.html").arg(QLatin1String(lang)));
        options.fileSizeLimit = 2048; // the HTML report is several times larger
        const ProcessRun r =
            runJoinDoctor({QStringLiteral("--analyze"), QStringLiteral("--demo"),
                           QStringLiteral("healthy"), QStringLiteral("--format"),
                           QStringLiteral("html"), QStringLiteral("--lang"), QLatin1String(lang)},
                          options);
        EXPECT_EQ(r.exitCode, 4) << lang << ": " << r.err.toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(lang == QByteArrayView("da") ? "kunne ikke skrives"
                                                                : "could not be written"))
            << r.err.toStdString();
        EXPECT_LE(QFileInfo(options.stdoutFile).size(), 2048);
    }
}

TEST(SafeOutput, LogFileOnAFullDiskIsNotFatal)
{
    RunOptions options;
    options.fileSizeLimit = 64; // shorter than one log line; stdout is a pipe, not limited
    const ProcessRun r = runJoinDoctor({QStringLiteral("--analyze"), QStringLiteral("--demo"),
                                        QStringLiteral("healthy"), QStringLiteral("--format"),
                                        QStringLiteral("json")},
                                       options);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString(); // said once, not once per line
    EXPECT_TRUE(r.err.contains("log file")) << r.err.toStdString();
}

TEST(SafeOutput, LogFilesStayWithinFourMebibytes)
{
    // A log folder that is full to the brim: the current file one line short of 1 MiB and the
    // three older files kept. The next run rotates, and the oldest file goes.
    QTemporaryDir home;
    const QString logs = home.filePath(QStringLiteral("JoinDoctor/JoinDoctor/logs"));
    ASSERT_TRUE(QDir().mkpath(logs));
    constexpr qint64 kMiB = 1024 * 1024;
    const auto fill = [&logs](const QString &name, qint64 size, char c) {
        QFile file(logs + u'/' + name);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(size - 1, c) + '\n');
    };
    fill(QStringLiteral("joindoctor.log"), kMiB - 20, 'c');
    fill(QStringLiteral("joindoctor.1.log"), kMiB, '1');
    fill(QStringLiteral("joindoctor.2.log"), kMiB, '2');
    fill(QStringLiteral("joindoctor.3.log"), kMiB, '3');

    RunOptions options;
    options.home = home.path();
    const ProcessRun r = runJoinDoctor(
        {QStringLiteral("--analyze"), QStringLiteral("--demo"), QStringLiteral("healthy")},
        options);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList files = filesIn(logs);
    EXPECT_EQ(files,
              (QStringList{QStringLiteral("joindoctor.1.log"), QStringLiteral("joindoctor.2.log"),
                           QStringLiteral("joindoctor.3.log"), QStringLiteral("joindoctor.log")}));
    qint64 total = 0;
    for (const QString &name : files) {
        total += QFileInfo(logs + u'/' + name).size();
    }
    EXPECT_LE(total, 4 * kMiB);
    // The old current file became .1; the old .3 (all '3') is gone.
    QFile first(logs + QStringLiteral("/joindoctor.1.log"));
    ASSERT_TRUE(first.open(QIODevice::ReadOnly));
    EXPECT_TRUE(first.read(1) == "c");
    QFile third(logs + QStringLiteral("/joindoctor.3.log"));
    ASSERT_TRUE(third.open(QIODevice::ReadOnly));
    EXPECT_TRUE(third.read(1) == "2");
}

TEST(SafeOutput, FullDiskDuringScreenshotsKeepsTheFinishedPages)
{
    QTemporaryDir unlimited;
    ASSERT_EQ(screenshots(unlimited.path()).exitCode, 0);
    const qint64 welcome = QFileInfo(unlimited.filePath(kPageImages.first())).size();
    const qint64 limit = welcome + 4096; // room for the welcome page, not for the largest
    qint64 largest = 0;
    for (const QString &name : kPageImages) {
        largest = std::max(largest, QFileInfo(unlimited.filePath(name)).size());
    }
    ASSERT_GT(largest, limit) << "no page is large enough to play a full disk";

    QTemporaryDir dir;
    const ProcessRun r = screenshots(dir.path(), {}, limit);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("could not be saved")) << r.err.toStdString();
    // The pages saved before the failure are whole images, in page order, and the failed page
    // left nothing behind (no part file, no temporary file).
    const QStringList saved = filesIn(dir.path());
    ASSERT_FALSE(saved.isEmpty());
    ASSERT_LT(saved.size(), kPageImages.size());
    EXPECT_EQ(saved, kPageImages.mid(0, saved.size()));
    EXPECT_TRUE(r.err.contains(kPageImages.at(saved.size()).toUtf8())) << r.err.toStdString();
    for (const QString &name : saved) {
        EXPECT_TRUE(isCompletePng(dir.filePath(name))) << name.toStdString();
    }
}

TEST(SafeOutput, ScreenshotsNeverReplaceImagesUnasked)
{
    QTemporaryDir dir;
    const QString mine = dir.filePath(QStringLiteral("03-step2.png"));
    {
        QFile file(mine);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("the user's own picture");
    }
    const ProcessRun refused = screenshots(dir.path());
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_EQ(refused.err.count('\n'), 1) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("03-step2.png")) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("--overwrite")) << refused.err.toStdString();
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("03-step2.png")});
    QFile file(mine);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("the user's own picture"));
    file.close();

    const ProcessRun replaced = screenshots(dir.path(), {QStringLiteral("--overwrite")});
    EXPECT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    EXPECT_EQ(filesIn(dir.path()), kPageImages);
    EXPECT_TRUE(isCompletePng(mine));
}

TEST(SafeOutput, OverwriteBelongsToScreenshots)
{
    const ProcessRun r = runJoinDoctor({QStringLiteral("--analyze"), QStringLiteral("--demo"),
                                        QStringLiteral("healthy"), QStringLiteral("--overwrite")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--overwrite")) << r.err.toStdString();
}
