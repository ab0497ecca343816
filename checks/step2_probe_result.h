#pragma once
// Step 2 judged from a live connectivity probe: one result for all endpoints, with the most
// actionable cause first, each endpoint as evidence.

#include "check_result.h"
#include "endpoint_probe.h"

#include <optional>
#include <QUrl>

namespace jd {

CheckResult connectivityStepResult(const QList<EndpointResult> &endpoints,
                                   const std::optional<QUrl> &proxy);
QList<const ResultCodeDef *> probeResultCodes();

struct Facts;
// What to probe for this device: the public cloud's endpoints (with the tenant when the output
// names it), through the WinHTTP proxy and bypass list that dsregcmd reported.
ProbeSettings probeSettingsFor(const Facts &facts);

} // namespace jd
