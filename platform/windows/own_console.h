#pragma once
// JoinDoctor is a console program (its terminal commands must reach cmd, PowerShell and Intune).
// Started from Explorer or the Start menu, Windows gives it a console window of its own, which
// would stay open behind the wizard: the wizard lets go of it.

namespace jd::platform {

// Frees the console when this process is the only one attached to it (a window opened just for
// us); a console shared with cmd or PowerShell is kept. Returns whether it was freed.
bool releaseConsoleOpenedForUs();

} // namespace jd::platform
