#pragma once
// Step 1: does the device know its tenant (client-side SCP in the registry, or SCP in AD)?

#include "steps/step_check.h"

namespace jd {

class TenantDiscoveryCheck : public StepCheck
{
public:
    int step() const override { return 1; }
    QList<const ResultCodeDef *> codes() const override;

protected:
    CheckResult headline(const Facts &facts, const CancelToken &cancel) const override;
    QList<CheckResult> findings(const Facts &facts, const CheckResult &headline) const override;

private:
    static CheckResult judge(const Facts &facts);
};

} // namespace jd
