#pragma once
// The facts a `dsregcmd /debug` trace gives: the code it failed with and dsregcmd's hint.

#include "facts/facts.h"

namespace jd {

TraceFacts readTraceFacts(const DsregDocument &document);

} // namespace jd
