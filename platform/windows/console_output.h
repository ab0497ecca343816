#pragma once
// Text for the user on a Windows console. A console shows UTF-16 through WriteConsoleW, whatever
// its code page (cmd's default OEM page 850 would turn UTF-8 æ ø å into "├ª├©├Ñ"); a pipe or a
// file gets the bytes as they are (UTF-8, LF), as on every other system.

#include <string>

namespace jd::platform {

enum class StandardStream
{
    Output,
    Error
};

// Writes text to the stream when it is a console; false when it is not (a pipe, a file, none), so
// the caller writes bytes instead.
bool writeToConsole(StandardStream stream, const std::wstring &text);

// Standard output and error without CRLF translation: a pipe or a file gets exactly the bytes.
void useBinaryStandardStreams();

// A GUI-subsystem program started from cmd or PowerShell has no console of its own: attach to the
// parent's, so that a terminal command still prints there. True when the standard streams lead
// somewhere now (already redirected, or attached).
bool attachParentConsoleIfNone();

} // namespace jd::platform
