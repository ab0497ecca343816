#pragma once
// Runs a program elevated (the UAC prompt), by absolute path with fixed arguments: ShellExecuteEx
// with the "runas" verb on the executable itself, never through cmd.exe. No output can be read
// from an elevated process; the exit code tells the result.

#include <string>
#include <vector>

namespace jd::platform {

struct ElevatedOutcome
{
    bool started = false;
    bool refused = false;    // the user said no at the UAC prompt (ERROR_CANCELLED)
    unsigned long error = 0; // GetLastError() when it did not start
    bool timedOut = false;   // still running at the time-out (left running, not killed)
    unsigned long exitCode = 0;
};

ElevatedOutcome runElevated(const std::wstring &program, const std::vector<std::wstring> &arguments,
                            unsigned long timeoutMs);

} // namespace jd::platform
