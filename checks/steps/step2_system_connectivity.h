#pragma once
// Step 2: can the device reach Microsoft's endpoints in the SYSTEM context (WinHTTP proxy)?

#include "steps/step_check.h"

namespace jd {

class SystemConnectivityCheck : public StepCheck
{
public:
    int step() const override { return 2; }
    QList<const ResultCodeDef *> codes() const override;

protected:
    CheckResult headline(const Facts &facts, const CancelToken &cancel) const override;
    QList<CheckResult> findings(const Facts &facts, const CheckResult &headline) const override;

private:
    CheckResult fromDsregcmd(const Facts &facts) const;
    CheckResult combinedWithProbe(const Facts &facts) const;
};

} // namespace jd
