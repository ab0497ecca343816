#pragma once
// Step 5: has the device completed the registration that Azure AD holds as "Pending"?

#include "steps/step_check.h"

namespace jd {

class PendingRegistrationCheck : public StepCheck
{
public:
    int step() const override { return 5; }
    CheckResult run(const Facts &facts, const CancelToken &cancel) const override;
    QList<const ResultCodeDef *> codes() const override;
};

} // namespace jd
