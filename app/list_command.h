#pragma once
// --list-codes (the helpdesk code sheet) and --list-demos.

#include "command_line.h"

namespace jd {

int runListCodesCommand(const CommandLine &commandLine, const Language &language);
int runListDemosCommand(const Language &language);

} // namespace jd
