#pragma once
// The folder of the running executable, for finding the files installed beside it (the UI module)
// by absolute path: a bare name would let LoadLibrary search the current folder and PATH too.

#include <string>

namespace jd::platform {

// Without a trailing separator; empty when Windows cannot say.
std::wstring executableFolder();

} // namespace jd::platform
