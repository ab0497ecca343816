#include "output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#if defined(Q_OS_WIN)
#include "console_output.h"
#else
#include <unistd.h>
#endif

namespace jd {

namespace {
int g_stdoutErrno = 0; // the first failed write's errno; the terminal commands are single-threaded
}

void writeStdout(const QByteArray &utf8)
{
#if defined(Q_OS_WIN)
    // A console shows UTF-16 whatever its code page; a pipe or a file gets the UTF-8 bytes.
    if (platform::writeToConsole(platform::StandardStream::Output,
                                 QString::fromUtf8(utf8).toStdWString())) {
        return;
    }
#endif
    errno = 0;
    if (std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout) != size_t(utf8.size()) ||
        std::fflush(stdout) != 0) {
        if (g_stdoutErrno == 0) {
            g_stdoutErrno = errno != 0 ? errno : EIO;
        }
    }
}

bool stdoutFailed(QString *reason)
{
    if (g_stdoutErrno != 0 && reason) {
        *reason = QString::fromLocal8Bit(std::strerror(g_stdoutErrno));
    }
    return g_stdoutErrno != 0;
}

void writeStdout(const QString &text)
{
    writeStdout(text.toUtf8());
}

void writeError(const QString &message)
{
    const QString text = QStringLiteral("joindoctor: %1\n").arg(message);
#if defined(Q_OS_WIN)
    if (platform::writeToConsole(platform::StandardStream::Error, text.toStdWString())) {
        return;
    }
#endif
    const QByteArray line = text.toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

bool writeProgressLine(const QString &line)
{
    const QString text = u'\r' + line;
#if defined(Q_OS_WIN)
    return platform::writeToConsole(platform::StandardStream::Error, text.toStdWString());
#else
    if (isatty(fileno(stderr)) == 0) {
        return false;
    }
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    return true;
#endif
}

} // namespace jd
