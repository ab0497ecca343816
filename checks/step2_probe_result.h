#pragma once
// Step 2 judged from a live connectivity probe: one result for all endpoints, with the most
// actionable cause first, each endpoint as evidence.

#include "check_result.h"
#include "endpoint_probe.h"

#include <QUrl>
#include <optional>

namespace jd {

CheckResult connectivityStepResult(const QList<EndpointResult> &endpoints, const std::optional<QUrl> &proxy);
QList<const ResultCodeDef *> probeResultCodes();

} // namespace jd
