#pragma once
// --analyze: read one dsregcmd output (file, stdin or demo), judge the six steps, print the report.

#include "command_line.h"

namespace jd {

int runAnalyzeCommand(const CommandLine &commandLine, const Language &language);

} // namespace jd
