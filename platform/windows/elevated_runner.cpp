#include "elevated_runner.h"

#include "process_runner.h"

#include <windows.h>
// shellapi.h and objbase.h need windows.h first.
#include <objbase.h>
#include <shellapi.h>

namespace jd::platform {

namespace {

// ShellExecuteEx may hand the work to shell extensions through COM, so the calling thread (a
// worker thread here) needs COM, single-threaded, as its documentation asks. A thread that
// already has COM in the other mode keeps it (RPC_E_CHANGED_MODE) and is not uninitialised.
class ShellComScope
{
public:
    ShellComScope()
        : m_hr(CoInitializeEx(nullptr, COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE))
    {
    }
    ~ShellComScope()
    {
        if (SUCCEEDED(m_hr)) {
            CoUninitialize();
        }
    }
    ShellComScope(const ShellComScope &) = delete;
    ShellComScope &operator=(const ShellComScope &) = delete;

private:
    HRESULT m_hr;
};

// The UAC prompt belongs in front of the window whose button asked for it: this process's
// foreground window, when it has one (a console program has none; the prompt then stands alone).
HWND ownWindowInFront()
{
    HWND window = GetForegroundWindow();
    DWORD process = 0;
    GetWindowThreadProcessId(window, &process);
    return window && process == GetCurrentProcessId() ? window : nullptr;
}

} // namespace

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
    const ShellComScope com;
    SHELLEXECUTEINFOW info{};
    info.cbSize = sizeof info;
    info.hwnd = ownWindowInFront();
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
