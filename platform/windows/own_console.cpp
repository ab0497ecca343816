#include "own_console.h"

#include <windows.h>

namespace jd::platform {

bool releaseConsoleOpenedForUs()
{
    DWORD processes[2] = {};
    // 1: only this process is attached, so the console was created for it.
    if (GetConsoleProcessList(processes, 2) != 1) {
        return false;
    }
    return FreeConsole() != 0;
}

} // namespace jd::platform
