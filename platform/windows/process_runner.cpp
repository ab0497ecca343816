#include "process_runner.h"

#include <windows.h>

#include <algorithm>

namespace jd::platform {

namespace {

bool isAbsolute(const std::wstring &path)
{
    // "C:\…" or "\\server\…"; never a bare name that CreateProcess would search for.
    return (path.size() > 2 && path[1] == L':' && (path[2] == L'\\' || path[2] == L'/')) ||
           (path.size() > 2 && path[0] == L'\\' && path[1] == L'\\');
}

struct Handle
{
    HANDLE h = nullptr;
    ~Handle()
    {
        if (h && h != INVALID_HANDLE_VALUE) {
            CloseHandle(h);
        }
    }
};

} // namespace

std::wstring quoteArgument(const std::wstring &argument)
{
    if (!argument.empty() && argument.find_first_of(L" \t\n\v\"") == std::wstring::npos) {
        return argument;
    }
    std::wstring out = L"\"";
    size_t backslashes = 0;
    for (const wchar_t c : argument) {
        if (c == L'\\') {
            ++backslashes;
            continue;
        }
        if (c == L'"') {
            out.append(backslashes * 2 + 1, L'\\');
        } else {
            out.append(backslashes, L'\\');
        }
        backslashes = 0;
        out += c;
    }
    out.append(backslashes * 2, L'\\');
    out += L'"';
    return out;
}

std::wstring systemDirectory()
{
    wchar_t buffer[MAX_PATH];
    const UINT n = GetSystemDirectoryW(buffer, MAX_PATH);
    return n > 0 && n < MAX_PATH ? std::wstring(buffer, n) : std::wstring(L"C:\\Windows\\System32");
}

unsigned consoleCodePage()
{
    // No console of our own (a GUI process): the OEM code page is what a console would use.
    const UINT cp = GetConsoleOutputCP();
    return cp != 0 ? cp : GetOEMCP();
}

ProcessOutput runProcess(const std::wstring &program, const std::vector<std::wstring> &arguments,
                         unsigned long timeoutMs, size_t maxBytes)
{
    ProcessOutput out;
    if (!isAbsolute(program)) {
        out.startError = ERROR_BAD_PATHNAME;
        return out;
    }
    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    Handle readEnd, writeEnd, nul;
    // A large pipe buffer: the child rarely waits for us, and we rarely wait for it.
    if (!CreatePipe(&readEnd.h, &writeEnd.h, &inherit, 1 << 20)) {
        out.startError = GetLastError();
        return out;
    }
    SetHandleInformation(readEnd.h, HANDLE_FLAG_INHERIT, 0);
    nul.h = CreateFileW(L"NUL", GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit,
                        OPEN_EXISTING, 0, nullptr);

    std::wstring commandLine = quoteArgument(program);
    for (const std::wstring &a : arguments) {
        commandLine += L' ' + quoteArgument(a);
    }
    STARTUPINFOW si{};
    si.cb = sizeof si;
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = nul.h;
    si.hStdOutput = writeEnd.h;
    si.hStdError = writeEnd.h;
    PROCESS_INFORMATION pi{};
    // lpApplicationName is the absolute path: no search, no shell.
    if (!CreateProcessW(program.c_str(), commandLine.data(), nullptr, nullptr, TRUE,
                        CREATE_NO_WINDOW, nullptr, nullptr, &si, &pi)) {
        out.startError = GetLastError();
        return out;
    }
    out.started = true;
    Handle process{pi.hProcess};
    Handle thread{pi.hThread};
    CloseHandle(writeEnd.h); // our copy; the pipe breaks when the child exits
    writeEnd.h = nullptr;

    const ULONGLONG deadline = GetTickCount64() + timeoutMs;
    std::string buffer(64 * 1024, '\0');
    // Reads what the pipe holds now into the output, keeping at most maxBytes; false when the
    // pipe is closed (the child and anything it started are gone) or empty.
    auto drain = [&]() {
        DWORD available = 0;
        if (!PeekNamedPipe(readEnd.h, nullptr, 0, nullptr, &available, nullptr) || available == 0) {
            return false;
        }
        DWORD got = 0;
        if (!ReadFile(readEnd.h, buffer.data(), DWORD(buffer.size()), &got, nullptr) || got == 0) {
            return false;
        }
        const size_t room = out.output.size() < maxBytes ? maxBytes - out.output.size() : 0;
        const size_t keep = std::min<size_t>(got, room);
        out.output.append(buffer.data(), keep);
        out.truncated = out.truncated || keep < got;
        return true;
    };
    for (;;) {
        if (drain()) {
            continue;
        }
        DWORD available = 0;
        if (!PeekNamedPipe(readEnd.h, nullptr, 0, nullptr, &available, nullptr)) {
            break; // broken pipe: the child closed its output
        }
        if (GetTickCount64() >= deadline) {
            TerminateProcess(process.h, ERROR_TIMEOUT);
            out.timedOut = true;
            break;
        }
        if (WaitForSingleObject(process.h, 20) == WAIT_OBJECT_0) {
            while (drain()) {
                // exited: take what is still in the pipe
            }
            break;
        }
    }
    WaitForSingleObject(process.h, 5000);
    DWORD code = 0;
    GetExitCodeProcess(process.h, &code);
    out.exitCode = code;
    return out;
}

} // namespace jd::platform
