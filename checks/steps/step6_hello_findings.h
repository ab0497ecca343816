#pragma once
// Step 6's Windows Hello for Business finding: the policy asks for Hello, but Windows will not
// set it up (PreReqResult: WillNotProvision); each unmet prerequisite explained on its own.

#include "facts/facts.h"
#include "steps/check_result.h"

namespace jd {

QList<CheckResult> helloFindings(const Facts &facts);
const ResultCodeDef *helloCode();

} // namespace jd
