#pragma once
// Step 3: the self-signed certificate on the computer object in AD (a domain controller must be
// reachable)

#include "steps/step_check.h"

namespace jd {

class ComputerCertificateCheck : public StepCheck
{
public:
    int step() const override { return 3; }
    CheckResult run(const Facts &facts, const CancelToken &cancel) const override;
    QList<const ResultCodeDef *> codes() const override;

private:
    static CheckResult judge(const Facts &facts);
};

} // namespace jd
