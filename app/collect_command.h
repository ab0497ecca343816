#pragma once
// --collect FILE [--redact]: everything JoinDoctor reads on this Windows device, with the probes'
// results, in one capture file for a ticket.

#include "command_line.h"

namespace jd {

int runCollectCommand(const CommandLine &commandLine, const Language &language,
                      const QString &logFile);

} // namespace jd
