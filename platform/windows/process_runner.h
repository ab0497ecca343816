#pragma once
// Runs a program the way JoinDoctor may: by absolute path (never a PATH lookup), without a shell,
// with fixed arguments quoted for CommandLineToArgvW, a time-out after which it is killed, and a
// cap on the output kept. Plain C++: no Qt at this boundary.

#include <string>
#include <vector>

namespace jd::platform {

struct ProcessOutput
{
    bool started = false;
    unsigned long startError = 0; // GetLastError() when it did not start
    unsigned long exitCode = 0;
    bool timedOut = false;  // killed at the time-out
    bool truncated = false; // more output than maxBytes; the rest was discarded
    std::string output;     // stdout and stderr, raw bytes (the console code page)
};

// program must be an absolute path ("C:\Windows\System32\dsregcmd.exe"); anything else is
// refused with ERROR_BAD_PATHNAME and nothing is started.
ProcessOutput runProcess(const std::wstring &program, const std::vector<std::wstring> &arguments,
                         unsigned long timeoutMs, size_t maxBytes);

// One argument quoted so that CommandLineToArgvW gives it back unchanged.
std::wstring quoteArgument(const std::wstring &argument);

// %SystemRoot%\System32 (GetSystemDirectoryW), without a trailing backslash.
std::wstring systemDirectory();

// The console's output code page (850 on Danish Windows): what dsregcmd's bytes are in.
unsigned consoleCodePage();

} // namespace jd::platform
