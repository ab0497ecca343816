#include "output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace jd {

namespace {
int g_stdoutErrno = 0; // the first failed write's errno; the terminal commands are single-threaded
}

void writeStdout(const QByteArray &utf8)
{
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
    const QByteArray line = QStringLiteral("joindoctor: %1\n").arg(message).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace jd
