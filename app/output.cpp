#include "output.h"

#include <cstdio>

namespace jd {

void writeStdout(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
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
