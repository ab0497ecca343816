#include "input/input_reader.h"
#include "qt_printers.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QTemporaryDir>

using namespace jd;

TEST(InputReader, ReadsAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("AzureAdJoined : YES\n");
    f.close();
    const RawInput in = readInputFile(path);
    EXPECT_FALSE(in.problem);
    EXPECT_EQ(in.bytes, QByteArray("AzureAdJoined : YES\n"));
}

TEST(InputReader, MissingFileAndFolderAreUnreadable)
{
    QTemporaryDir dir;
    EXPECT_EQ(readInputFile(dir.filePath(QStringLiteral("nope.txt"))).problem.kind,
              InputProblemKind::Unreadable);
    EXPECT_EQ(readInputFile(dir.path()).problem.kind, InputProblemKind::Unreadable);
}

TEST(InputReader, FileOverTheCapIsRefusedWithoutReadingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(200LL * 1024 * 1024)); // sparse: 200 MB without using the disk
    f.close();
    const RawInput in = readInputFile(path);
    EXPECT_EQ(in.problem.kind, InputProblemKind::TooLarge);
    EXPECT_TRUE(in.bytes.isEmpty());
}

TEST(InputReader, EndlessDeviceStopsAtTheCap)
{
    const RawInput in = readInputFile(QStringLiteral("/dev/zero"), 1024 * 1024);
    EXPECT_EQ(in.problem.kind, InputProblemKind::TooLarge);
}

TEST(InputReader, StreamOverTheCapIsRefused)
{
    std::FILE *zero = std::fopen("/dev/zero", "rb");
    ASSERT_NE(zero, nullptr);
    const RawInput in = readInputStream(zero, QStringLiteral("stdin"), 256 * 1024);
    std::fclose(zero);
    EXPECT_EQ(in.problem.kind, InputProblemKind::TooLarge);
}
