#pragma once
// Step 6: did the registration complete at sign-in, and does the user have a Primary Refresh Token?

#include "steps/step_check.h"

namespace jd {

class SignInPrtCheck : public StepCheck
{
public:
    int step() const override { return 6; }
    QList<const ResultCodeDef *> codes() const override;

protected:
    CheckResult headline(const Facts &facts, const CancelToken &cancel) const override;
    QList<CheckResult> findings(const Facts &facts, const CheckResult &headline) const override;
};

} // namespace jd
