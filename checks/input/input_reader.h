#pragma once
// Reads the raw bytes of an input (a file, standard input) with a hard size cap, so a huge file or
// an endless stream is refused quickly with bounded memory.

#include "input/input_problem.h"

#include <cstdio>
#include <QByteArray>
#include <QString>

namespace jd {

// dsregcmd /status is about 10 KB; 4 MiB leaves room for pastes with chatter around them.
inline constexpr qint64 kMaxInputBytes = 4 * 1024 * 1024;

struct RawInput
{
    QByteArray bytes;
    QString sourceName; // file name as given, or "stdin"
    InputProblem problem;
};

RawInput readInputFile(const QString &path, qint64 maxBytes = kMaxInputBytes);
RawInput readInputStream(std::FILE *stream, const QString &sourceName,
                         qint64 maxBytes = kMaxInputBytes);

} // namespace jd
