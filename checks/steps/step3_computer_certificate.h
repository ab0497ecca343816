#pragma once
// Step 3: the self-signed certificate on the computer object in AD (a domain controller must be
// reachable)

#include "steps/step_check.h"

namespace jd {

class ComputerCertificateCheck : public StepCheck
{
public:
    int step() const override { return 3; }
    QList<const ResultCodeDef *> codes() const override;

protected:
    CheckResult headline(const Facts &facts, const CancelToken &cancel) const override;

private:
    static CheckResult judge(const Facts &facts);
};

} // namespace jd
