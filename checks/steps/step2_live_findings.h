#pragma once
// Step 2's findings from the live probe and the proxy settings: the clock against the Date of
// Microsoft's answers (more than 5 minutes breaks Kerberos and tokens), endpoints slower than
// 2 seconds, and a user proxy found by WPAD or a PAC script next to a failing connection.

#include "facts/facts.h"
#include "steps/check_result.h"

namespace jd {

QList<CheckResult> liveConnectionFindings(const Facts &facts, const CheckResult &headline);
QList<const ResultCodeDef *> liveConnectionCodes();

} // namespace jd
