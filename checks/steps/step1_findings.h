#pragma once
// Step 1's further findings: Windows' own discovery tests (AD Configuration Test, DRS Discovery
// Test) failed although the step otherwise looks done, for example because a tenant ID is printed.

#include "facts/facts.h"
#include "steps/check_result.h"

namespace jd {

// Nothing unless the headline passed: a failed headline already rests on these tests.
QList<CheckResult> discoveryTestFindings(const Facts &facts, const CheckResult &headline);
QList<const ResultCodeDef *> discoveryTestCodes();

} // namespace jd
