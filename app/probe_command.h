#pragma once
// --probe-connectivity: test Microsoft's endpoints from here, through a given proxy or none, and
// report one cause per endpoint (text or JSON).

#include "command_line.h"

class QCommandLineParser;

namespace jd {

int runProbeCommand(const QStringList &arguments, const Language &language);

} // namespace jd
