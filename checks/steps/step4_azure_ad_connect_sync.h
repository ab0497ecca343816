#pragma once
// Step 4: has Azure AD Connect synced the computer object to Azure AD?

#include "steps/step_check.h"

namespace jd {

class AzureAdConnectSyncCheck : public StepCheck
{
public:
    int step() const override { return 4; }
    QList<const ResultCodeDef *> codes() const override;

protected:
    CheckResult headline(const Facts &facts, const CancelToken &cancel) const override;
    QList<CheckResult> findings(const Facts &facts, const CheckResult &headline) const override;
};

} // namespace jd
