#pragma once
// The wizard, the probes and --collect live in a module (joindoctor_ui) that the executable loads
// only when one of them is asked for: the terminal commands that only read (--analyze,
// --list-codes, …) then start with QtCore alone, without Qt Widgets, Qt Network, LDAP and TLS.

namespace jd {

// Whether these arguments ask for something the module does (the wizard, a probe, --collect).
bool needsUiModule(int argc, char *argv[]);

// Loads the module next to the executable (or in the installed library folder) and runs the
// command there; a missing or broken module gives one line on stderr and ExitUsageOrInput.
int runInUiModule(int argc, char *argv[]);

} // namespace jd

// The module's entry point, exported by joindoctor_ui as "joindoctor_ui_main".
using JoinDoctorUiMain = int (*)(int argc, char *argv[]);
