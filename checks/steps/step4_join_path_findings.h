#pragma once
// Step 4's findings on the join path: "Fallback to Sync-Join" in the pre-join diagnostics says
// whether a device whose federated join fails may still be joined by Azure AD Connect's sync.

#include "facts/facts.h"
#include "steps/check_result.h"

namespace jd {

QList<CheckResult> joinPathFindings(const Facts &facts);
QList<const ResultCodeDef *> joinPathCodes();

} // namespace jd
