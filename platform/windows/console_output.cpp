#include "console_output.h"

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <io.h>
#include <windows.h>

namespace jd::platform {

namespace {

HANDLE handleOf(StandardStream stream)
{
    return GetStdHandle(stream == StandardStream::Output ? STD_OUTPUT_HANDLE : STD_ERROR_HANDLE);
}

bool usable(HANDLE handle)
{
    return handle != nullptr && handle != INVALID_HANDLE_VALUE;
}

} // namespace

bool writeToConsole(StandardStream stream, const std::wstring &text)
{
    const HANDLE handle = handleOf(stream);
    DWORD mode = 0;
    if (!usable(handle) || GetConsoleMode(handle, &mode) == 0) {
        return false; // not a console
    }
    size_t done = 0;
    while (done < text.size()) {
        // WriteConsoleW takes at most a few tens of kilobytes at once on older Windows.
        const DWORD chunk = DWORD(std::min<size_t>(text.size() - done, 8192));
        DWORD written = 0;
        if (WriteConsoleW(handle, text.data() + done, chunk, &written, nullptr) == 0 ||
            written == 0) {
            // A console that took part of the text is still the console: writing the bytes
            // elsewhere now would repeat what it showed.
            return done > 0;
        }
        done += written;
    }
    return true;
}

void useBinaryStandardStreams()
{
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
}

bool attachParentConsoleIfNone()
{
    if (usable(handleOf(StandardStream::Output)) && usable(handleOf(StandardStream::Error))) {
        return true; // redirected to a pipe or a file, or a console program
    }
    if (AttachConsole(ATTACH_PARENT_PROCESS) == 0) {
        return false; // started from Explorer: nobody to print to
    }
    // The handles and the C runtime's streams were set up without a console: point those that
    // lead nowhere at the parent's.
    const HANDLE console = CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_WRITE,
                                       nullptr, OPEN_EXISTING, 0, nullptr);
    if (!usable(console)) {
        return false;
    }
    FILE *reopened = nullptr;
    if (!usable(handleOf(StandardStream::Output))) {
        SetStdHandle(STD_OUTPUT_HANDLE, console);
        freopen_s(&reopened, "CONOUT$", "w", stdout);
    }
    if (!usable(handleOf(StandardStream::Error))) {
        SetStdHandle(STD_ERROR_HANDLE, console);
        freopen_s(&reopened, "CONOUT$", "w", stderr);
    }
    return true;
}

} // namespace jd::platform
