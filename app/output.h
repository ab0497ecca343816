#pragma once
// Writing to the terminal as UTF-8, whatever the locale, so æ, ø and å survive.

#include <QByteArray>
#include <QString>

namespace jd {

void writeStdout(const QByteArray &utf8);
void writeStdout(const QString &text);
// One line on stderr, prefixed with "joindoctor: ".
void writeError(const QString &message);
// Redraws one status line on stderr ("\r" first) when stderr is a terminal; false, writing
// nothing, when it is a pipe or a file, so logs get no progress bars.
bool writeProgressLine(const QString &line);
// True when a write to stdout failed (a full disk behind "> file"); `reason` says why.
bool stdoutFailed(QString *reason);

} // namespace jd
