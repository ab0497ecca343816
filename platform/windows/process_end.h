#pragma once
// Ends the process without the library teardown that ExitProcess runs.
//
// Why: Qt for mingw-w64 (posix thread model) uses the shared libstdc++-6.dll. The destructors of
// thread_local objects that Qt6Core.dll creates on the main thread run during libstdc++'s own
// DLL detach, after Qt6Core.dll has already been torn down, and one of them waits on a condition
// variable that nothing will ever signal: the process saves its work, prints its result and then
// never ends (seen after every wizard run that ran the checks). A known mingw-w64 problem with
// thread_local objects in DLLs; MSVC builds are not affected.

namespace jd::platform {

// Flushes the C streams, then ends this process with `exitCode` (TerminateProcess on itself:
// no atexit handlers, no DLL detach). Call it last, when everything that writes has finished.
[[noreturn]] void endProcessWithoutTeardown(int exitCode);

} // namespace jd::platform
