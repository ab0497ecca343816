#pragma once
// Step 5: has the device completed the registration that Azure AD holds as "Pending"?

#include "steps/step_check.h"

namespace jd {

class PendingRegistrationCheck : public StepCheck
{
public:
    int step() const override { return 5; }
    QList<const ResultCodeDef *> codes() const override;

protected:
    CheckResult headline(const Facts &facts, const CancelToken &cancel) const override;
    QList<CheckResult> findings(const Facts &facts, const CheckResult &headline) const override;
};

} // namespace jd
