#include "steps/step1_findings.h"

#include "steps/check_support.h"

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

const ResultCodeDef kAdConfigurationFailed{
    1,
    "S1-AD-CONFIG-TEST-FAILED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "Windows' own test could not read the tenant from Active "
                                  "Directory (AD Configuration Test).")),
    t(QT_TRANSLATE_NOOP(
        "Checks", "At the last join attempt Windows did not find a valid service connection "
                  "point (SCP) in Active Directory, so it did not know which tenant to join.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT checks the SCP in the configuration partition (Azure AD "
                                   "Connect, Configure device options) or the client-side SCP in "
                                   "the registry."))}};
const ResultCodeDef kDrsDiscoveryFailed{
    1,
    "S1-DRS-DISCOVERY-TEST-FAILED",
    StepStatus::Warning, // the cause is mostly the network: step 2 judges it
    t(QT_TRANSLATE_NOOP("Checks", "Windows' own test could not find the registration service "
                                  "(DRS Discovery Test).")),
    t(QT_TRANSLATE_NOOP("Checks", "At the last join attempt Windows could not ask Azure AD where "
                                  "to register the device, usually because the network or the "
                                  "proxy stopped the request.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Look up the error code below; check that SYSTEM can reach "
                                   "enterpriseregistration.windows.net (step 2)."))}};
const ResultCodeDef kScpHint{
    1,
    "S1-SCP-TESTS-FAILED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "Windows' discovery tests failed although a tenant is shown.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "Both the AD Configuration Test and the DRS Discovery Test failed. The "
                        "tenant ID shown does not come from a working SCP: it is left from an "
                        "earlier registration or a work account, so the hybrid join cannot find "
                        "its tenant.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT checks the SCP in Active Directory (or the client-side SCP "
                                   "in the registry) and that it names this tenant."))}};

} // namespace

QList<CheckResult> discoveryTestFindings(const Facts &facts, const CheckResult &headline)
{
    if (headline.status != StepStatus::Passed) {
        return {};
    }
    const bool configuration = facts.adConfiguration.failed();
    const bool discovery = facts.drsDiscovery.failed();
    if (configuration && discovery && !facts.tenantId.isEmpty()) {
        return {
            makeResult(kScpHint,
                       EvidenceList{facts.adConfiguration.evidence, facts.drsDiscovery.evidence} +
                           fieldEvidence(facts, {"TenantId"}),
                       {}, facts.adConfiguration.value.codes + facts.drsDiscovery.value.codes)};
    }
    QList<CheckResult> found;
    if (configuration) {
        found.append(makeResult(kAdConfigurationFailed, {facts.adConfiguration.evidence}, {},
                                facts.adConfiguration.value.codes));
    }
    if (discovery) {
        found.append(makeResult(kDrsDiscoveryFailed, {facts.drsDiscovery.evidence}, {},
                                facts.drsDiscovery.value.codes));
    }
    return found;
}

QList<const ResultCodeDef *> discoveryTestCodes()
{
    return {&kAdConfigurationFailed, &kDrsDiscoveryFailed, &kScpHint};
}

} // namespace jd
