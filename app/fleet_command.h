#pragma once
// --fleet: judge every device under a folder (or in an Intune export) and write the fleet report.

#include "command_line.h"

namespace jd {

int runFleetCommand(const CommandLine &commandLine, const Language &language);

} // namespace jd
