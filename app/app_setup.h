#pragma once
// What every process start does alike, in the executable and in the UI module: the application's
// name and version, and the check that the output really reached its destination.

namespace jd {

// Organisation, application name and version (QSettings, log folder, --version).
void describeApplication();

// `code`, unless writing to stdout failed (a full disk behind "> file"): then one line on stderr
// and ExitOutputFailed, so a cut-off report never looks finished. Call with the app still alive.
int checkedExitCode(int code);

} // namespace jd
