#pragma once
// Opening the wizard: on a demo, a saved output or this computer, or walking it for screenshots.

#include "command_line.h"

namespace jd {

// Whether a GUI can be shown here; if not, a one-line reason (already translated).
bool displayAvailable(const CommandLine &commandLine, const Language &language, QString *reason);
int runWizardCommand(const CommandLine &commandLine);

} // namespace jd
