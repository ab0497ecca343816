// Whole files or nothing, also when the disk fills up mid-write (played with RLIMIT_FSIZE, which
// fails a write the way a full disk does, only with EFBIG instead of ENOSPC).
#include "core/atomic_file.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <signal.h>
#include <sys/resource.h>

namespace {

// Lowers this process's file-size limit for one scope, then restores it and SIGXFSZ.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = signal(SIGXFSZ, SIG_IGN);
        const rlimit lowered{bytes, m_saved.rlim_max};
        setrlimit(RLIMIT_FSIZE, &lowered);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        signal(SIGXFSZ, m_savedHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
    sighandler_t m_savedHandler = nullptr;
};

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(AtomicFile, WritesTheWholeFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QString error;
    ASSERT_TRUE(jd::writeFileAtomically(path, QByteArray(100000, 'r'), &error))
        << error.toStdString();
    EXPECT_EQ(contents(path), QByteArray(100000, 'r'));
}

TEST(AtomicFile, FullDiskLeavesNothingAndSaysWhy)
{
    QTemporaryDir dir;
    // 5 000 bytes go through QSaveFile's buffer and fail in the flush; 200 000 bytes are written
    // directly and come back short. Qt 6.4 would commit a cut-off file in both cases.
    for (const int size : {5000, 200000}) {
        const QString path = dir.filePath(QStringLiteral("capture-%1.jdcapture").arg(size));
        QString error;
        bool written = true;
        {
            const FileSizeLimit limit(1000);
            written = jd::writeFileAtomically(path, QByteArray(size, 'c'), &error);
        }
        EXPECT_FALSE(written) << size;
        EXPECT_EQ(error, qt_error_string(EFBIG)) << error.toStdString();
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).join(u' ').toStdString();
}

TEST(AtomicFile, AnOlderFileStaysAsItWasWhenTheNewOneDoesNotFit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("01-welcome.png"));
    ASSERT_TRUE(jd::writeFileAtomically(path, "older", nullptr));
    bool written = true;
    {
        const FileSizeLimit limit(1000);
        written = jd::writeFileAtomically(path, QByteArray(50000, 'n'), nullptr);
    }
    EXPECT_FALSE(written);
    EXPECT_EQ(contents(path), QByteArray("older"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST(AtomicFile, MissingFolderGivesTheReason)
{
    // (CI runs as root, which writes into read-only folders; a missing folder fails for anyone.)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/report.pdf"));
    QString error;
    EXPECT_FALSE(jd::writeFileAtomically(path, "pdf", &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}
