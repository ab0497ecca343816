#pragma once
// Step 6's information for the technician on device management: the tenant gives an MDM
// enrollment URL without a compliance URL, or the reverse (Tenant Details: MdmUrl,
// MdmComplianceUrl), which points to an incomplete MDM set-up or a user outside its scope.

#include "facts/facts.h"
#include "steps/check_result.h"

namespace jd {

QList<CheckResult> mdmFindings(const Facts &facts);
QList<const ResultCodeDef *> mdmCodes();

} // namespace jd
