#include "elevated_runner.h"

#include "process_runner.h"

#include <windows.h>
// shellapi.h needs windows.h first.
#include <shellapi.h>

namespace jd::platform {

ElevatedOutcome runElevated(const std::wstring &program, const std::vector<std::wstring> &arguments,
                            unsigned long timeoutMs)
{
    ElevatedOutcome out;
    const bool absolute =
        program.size() > 2 && program[1] == L':' && (program[2] == L'\\' || program[2] == L'/');
    if (!absolute) {
        out.error = ERROR_BAD_PATHNAME;
        return out;
    }
    std::wstring parameters;
    for (const std::wstring &a : arguments) {
        parameters += (parameters.empty() ? L"" : L" ") + quoteArgument(a);
    }
    SHELLEXECUTEINFOW info{};
    info.cbSize = sizeof info;
    info.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_NOASYNC | SEE_MASK_FLAG_NO_UI;
    info.lpVerb = L"runas";
    info.lpFile = program.c_str();
    info.lpParameters = parameters.c_str();
    info.nShow = SW_HIDE;
    if (!ShellExecuteExW(&info)) {
        out.error = GetLastError();
        out.refused = out.error == ERROR_CANCELLED;
        return out;
    }
    out.started = true;
    if (!info.hProcess) {
        return out; // started through DDE: no handle, no exit code
    }
    if (WaitForSingleObject(info.hProcess, timeoutMs) == WAIT_TIMEOUT) {
        out.timedOut = true;
    } else {
        DWORD code = 0;
        GetExitCodeProcess(info.hProcess, &code);
        out.exitCode = code;
    }
    CloseHandle(info.hProcess);
    return out;
}

} // namespace jd::platform
