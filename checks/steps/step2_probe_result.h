#pragma once
// Step 2 judged from a live connectivity probe: one result for all endpoints, with the most
// actionable cause first, each endpoint as evidence.

#include "probes/endpoint_probe.h"
#include "steps/check_result.h"

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

// The same endpoints through the signed-in user's proxy, when that differs from SYSTEM's, so
// "works in the browser, fails for SYSTEM" shows; nullopt when there is nothing to compare.
std::optional<ProbeSettings> userProbeSettingsFor(const Facts &facts, const ProbeSettings &system);

// Adds what the user-proxy probe found to step 2's result.
void addUserProxyFindings(CheckResult &result, const Facts &facts);

} // namespace jd
