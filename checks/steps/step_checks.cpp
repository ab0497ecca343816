#include "steps/step1_tenant_discovery.h"
#include "steps/step2_system_connectivity.h"
#include "steps/step3_computer_certificate.h"
#include "steps/step4_azure_ad_connect_sync.h"
#include "steps/step5_pending_registration.h"
#include "steps/step6_sign_in_prt.h"

namespace jd {

CheckResult StepCheck::run(const Facts &facts, const CancelToken &cancel) const
{
    CheckResult result = headline(facts, cancel);
    return withFindings(result, findings(facts, result));
}

QList<CheckResult> StepCheck::findings(const Facts &, const CheckResult &) const
{
    return {};
}

std::vector<std::unique_ptr<StepCheck>> makeStepChecks()
{
    std::vector<std::unique_ptr<StepCheck>> checks;
    checks.push_back(std::make_unique<TenantDiscoveryCheck>());
    checks.push_back(std::make_unique<SystemConnectivityCheck>());
    checks.push_back(std::make_unique<ComputerCertificateCheck>());
    checks.push_back(std::make_unique<AzureAdConnectSyncCheck>());
    checks.push_back(std::make_unique<PendingRegistrationCheck>());
    checks.push_back(std::make_unique<SignInPrtCheck>());
    return checks;
}

} // namespace jd

#include "steps/result_codes.h"

namespace jd {

QList<const ResultCodeDef *> allResultCodes()
{
    QList<const ResultCodeDef *> all;
    for (const auto &check : makeStepChecks()) {
        all += check->codes();
        all.append(&timeoutResultCode(check->step()));
    }
    return all;
}

} // namespace jd
