// What only the Windows program can get wrong: paths with drive letters, backslashes and Danish
// letters, the bytes it writes to pipes and files, and where its log goes. Runs under Wine here.
#include "cli_runner.h"
#include "fixtures.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using jd::test::ProcessRun;
using jd::test::runJoinDoctor;

namespace {

QJsonObject stepsOf(const ProcessRun &run)
{
    QJsonObject steps;
    steps.insert(QStringLiteral("steps"),
                 QJsonDocument::fromJson(run.out).object().value(u"steps"));
    return steps;
}

} // namespace

TEST(WindowsCli, DriveLetterPathWithBackslashesAndDanishLetters)
{
    QTemporaryDir dir; // C:\users\…\Temp\… here
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("enhed på kontoret æøå.txt"));
    ASSERT_TRUE(QFile::copy(jd::test::fixturePath(QStringLiteral("scp_wrong_tenant.txt")), copy));
    const QString native = QDir::toNativeSeparators(QFileInfo(copy).absoluteFilePath());
    ASSERT_EQ(native.mid(1, 2), QStringLiteral(":\\")) << native.toStdString();

    const QStringList json = {QStringLiteral("--format"), QStringLiteral("json")};
    const ProcessRun viaNative =
        runJoinDoctor(QStringList{QStringLiteral("--analyze"), native} + json);
    const ProcessRun viaOriginal =
        runJoinDoctor(QStringList{QStringLiteral("--analyze"),
                                  jd::test::fixturePath(QStringLiteral("scp_wrong_tenant.txt"))} +
                      json);
    EXPECT_EQ(viaNative.exitCode, 1) << viaNative.err.toStdString();
    EXPECT_EQ(viaNative.exitCode, viaOriginal.exitCode);
    EXPECT_EQ(stepsOf(viaNative), stepsOf(viaOriginal));
}

TEST(WindowsCli, PipesAndFilesGetUtf8WithoutCarriageReturns)
{
    const QStringList args = {QStringLiteral("--analyze"), QStringLiteral("--demo"),
                              QStringLiteral("not-synced"), QStringLiteral("--lang"),
                              QStringLiteral("da")};
    const ProcessRun toPipe = runJoinDoctor(args);
    EXPECT_EQ(toPipe.exitCode, 1) << toPipe.err.toStdString();

    QTemporaryDir dir;
    // Wine closes an ended process's files a moment after it reports the end: the folder is
    // removed below, with patience, rather than by QTemporaryDir.
    dir.setAutoRemove(false);
    jd::test::RunOptions options;
    options.stdoutFile = dir.filePath(QStringLiteral("rapport.txt"));
    const ProcessRun toFile = runJoinDoctor(args, options);
    EXPECT_EQ(toFile.exitCode, 1) << toFile.err.toStdString();
    QByteArray written;
    {
        QFile file(options.stdoutFile);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        written = file.readAll();
    }
    EXPECT_TRUE(QTest::qWaitFor([&dir]() { return QDir(dir.path()).removeRecursively(); }, 5000));

    for (const QByteArray &bytes : {toPipe.out, written}) {
        // æ, ø and å as UTF-8, never as code page 850 or 1252 bytes; \n line ends as on Linux.
        EXPECT_TRUE(bytes.contains("\xC3\xB8") || bytes.contains("\xC3\xA6"))
            << bytes.left(400).toStdString();
        EXPECT_TRUE(QString::fromUtf8(bytes).toUtf8() == bytes);
        EXPECT_FALSE(bytes.contains("\r\n"));
        EXPECT_FALSE(bytes.isEmpty());
    }
    // The same report, but for the time of analysis, which may fall in the next minute.
    const auto withoutTime = [](const QByteArray &bytes) {
        static const QRegularExpression minute(
            QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"));
        return QString::fromUtf8(bytes).replace(minute, QStringLiteral("(time)"));
    };
    EXPECT_EQ(withoutTime(toPipe.out), withoutTime(written));
}

TEST(WindowsCli, LogGoesToLocalAppData)
{
    // Qt's AppLocalDataLocation for organisation and application "JoinDoctor".
    const QString localAppData = qEnvironmentVariable("LOCALAPPDATA");
    ASSERT_FALSE(localAppData.isEmpty());
    const QString log =
        QDir(localAppData).filePath(QStringLiteral("JoinDoctor/JoinDoctor/logs/joindoctor.log"));
    const qint64 before = QFileInfo(log).size();
    const ProcessRun run = runJoinDoctor(
        {QStringLiteral("--analyze"), QStringLiteral("--demo"), QStringLiteral("healthy")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_GT(QFileInfo(log).size(), before) << QDir::toNativeSeparators(log).toStdString();
}

TEST(WindowsCli, OffscreenScreenshotsHaveTextWithNoFontFolderGiven)
{
    // Wine passes no QT_* variable from Linux; on Windows nobody sets this one: the program must
    // find %WINDIR%\Fonts itself.
    qunsetenv("QT_QPA_FONTDIR");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    jd::test::RunOptions options;
    options.withDisplay = true; // QT_QPA_PLATFORM=offscreen
    const ProcessRun run = runJoinDoctor({QStringLiteral("--screenshots"), dir.path(),
                                          QStringLiteral("--demo"), QStringLiteral("not-synced"),
                                          QStringLiteral("--lang"), QStringLiteral("da")},
                                         options);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage page(dir.filePath(QStringLiteral("01-welcome.png")));
    ASSERT_FALSE(page.isNull());
    // The page's title in the white band at the top: dark pixels only where text was drawn.
    int dark = 0;
    for (int y = 0; y < std::min(page.height(), 40); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            dark += qGray(page.pixel(x, y)) < 100 ? 1 : 0;
        }
    }
    EXPECT_GT(dark, 100);
    EXPECT_TRUE(QTest::qWaitFor([&dir]() { return QDir(dir.path()).removeRecursively(); }, 5000));
}
