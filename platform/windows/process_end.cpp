#include "process_end.h"

#include <cstdio>
#include <windows.h>

namespace jd::platform {

void endProcessWithoutTeardown(int exitCode)
{
    std::fflush(nullptr);
    TerminateProcess(GetCurrentProcess(), static_cast<UINT>(exitCode));
    ExitProcess(
        static_cast<UINT>(exitCode)); // not reached: TerminateProcess on itself returns no more
}

} // namespace jd::platform
