#pragma once
// Interprets a parsed dsregcmd document into Facts: join type, PRT state, pre-join tests, the last
// registration error, PRT attempt diagnostics, DeviceAuthStatus and the proxy sections.

#include "facts/facts.h"

namespace jd {

Facts buildFacts(DsregDocument document, const QString &sourceName);

} // namespace jd
