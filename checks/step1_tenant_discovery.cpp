#include "step1_tenant_discovery.h"

#include "check_support.h"

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

const ResultCodeDef kOk{
    1,
    "S1-OK",
    StepStatus::Passed,
    t(QT_TRANSLATE_NOOP("Checks", "The device knows its Azure AD tenant.")),
    t(QT_TRANSLATE_NOOP("Checks", "The device is registered in Azure AD, so tenant discovery "
                                  "worked; the tenant is shown in the evidence.")),
    {}};
const ResultCodeDef kScpOk{
    1,
    "S1-SCP-OK",
    StepStatus::Passed,
    t(QT_TRANSLATE_NOOP("Checks", "The service connection point (SCP) was read.")),
    t(QT_TRANSLATE_NOOP("Checks", "Windows' own AD Configuration Test passed: the device can read "
                                  "which tenant it belongs to.")),
    {}};
const ResultCodeDef kScpNotFound{
    1,
    "S1-SCP-NOT-FOUND",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The device cannot find its tenant: the service connection point "
                                  "(SCP) is missing or unreadable.")),
    t(QT_TRANSLATE_NOOP("Checks", "Without the SCP in Active Directory (or the client-side SCP in "
                                  "the registry) the device does not know which Azure AD tenant to "
                                  "register in, so the registration stops at the start.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Ask IT to configure the SCP with Azure AD Connect (Configure "
                         "device options), or deploy TenantId and TenantName under "
                         "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD by "
                         "Group Policy.")),
     t(QT_TRANSLATE_NOOP("Checks", "If the SCP is configured, check AD replication to the domain "
                                   "controller this device uses, then sign out and in again."))}};
const ResultCodeDef kTenantNotFound{
    1,
    "S1-TENANT-NOT-FOUND",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The tenant named in the service connection point does not "
                                  "exist.")),
    t(QT_TRANSLATE_NOOP("Checks", "Azure AD did not recognise the tenant ID or name that the SCP "
                                  "gives the device, so it cannot register.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Ask IT to correct azureADId and azureADName in the SCP (or "
                                   "TenantId and TenantName in the client-side SCP) to the "
                                   "tenant's ID and a verified domain."))}};
const ResultCodeDef kNoDc{
    1,
    "S1-SCP-NO-DC",
    StepStatus::Unknown,
    t(QT_TRANSLATE_NOOP("Checks", "The SCP in Active Directory could not be checked: no domain "
                                  "controller was reachable.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The SCP is read from a domain controller. Until one can be "
                        "reached (see step 3), it is not known whether the SCP is right.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Connect to the company network or VPN and run the analysis "
                                   "again."))}};
const ResultCodeDef kNotTested{
    1,
    "S1-NOT-TESTED",
    StepStatus::Unknown,
    t(QT_TRANSLATE_NOOP("Checks", "Tenant discovery was not tested in this output.")),
    t(QT_TRANSLATE_NOOP("Checks", "dsregcmd only runs its AD Configuration Test from an elevated "
                                  "prompt on a device that is not yet joined, and this output has "
                                  "no result for it.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Run dsregcmd /status in a Command Prompt started with \"Run as "
                                   "administrator\" and analyse that output."))}};
const ResultCodeDef kNotApplicable{
    1,
    "S1-NOT-APPLICABLE",
    StepStatus::NotApplicable,
    t(QT_TRANSLATE_NOOP("Checks", "Not relevant for this device.")),
    t(QT_TRANSLATE_NOOP("Checks", "Tenant discovery through the SCP is only used by hybrid join.")),
    {}};

} // namespace

QList<const ResultCodeDef *> TenantDiscoveryCheck::codes() const
{
    return {&kOk, &kScpOk, &kScpNotFound, &kTenantNotFound, &kNoDc, &kNotTested, &kNotApplicable};
}

CheckResult TenantDiscoveryCheck::run(const Facts &facts, const CancelToken &) const
{
    if (!hybridStepsApply(facts.joinType)) {
        return notApplicableResult(kNotApplicable, facts);
    }
    const EvidenceList tenant = fieldEvidence(facts, {"TenantName", "TenantId"});
    if (facts.joinType == JoinType::Hybrid || !facts.tenantId.isEmpty()) {
        return makeResult(kOk, joinStateEvidence(facts) + tenant);
    }

    const QStringList codes = registrationErrorCodes(facts);
    EvidenceList evidence;
    for (const TestFact *test : {&facts.adConnectivity, &facts.adConfiguration}) {
        if (test->present()) {
            evidence.append(test->evidence);
        }
    }
    const bool errorIsMine = stepOfLastRegistrationError(facts) == 1;
    if (errorIsMine) {
        evidence += facts.lastRegistration.evidence;
    }

    const bool tenantUnknownToAzure =
        containsAny(codes, {"0x801c003a", "0x801c0013", "AADSTS90002"}) ||
        (errorIsMine && !containsAny(codes, {"0x801c001d", "0x80070002"}));
    if (tenantUnknownToAzure) {
        return makeResult(kTenantNotFound, evidence, lastRegistrationDetails(facts), codes);
    }
    if (facts.adConfiguration.failed() || (errorIsMine && !facts.adConfiguration.passed())) {
        return makeResult(kScpNotFound, evidence,
                          errorIsMine ? lastRegistrationDetails(facts) : QList<TrText>{}, codes);
    }
    if (facts.adConnectivity.failed() && !facts.adConfiguration.passed()) {
        return makeResult(kNoDc, evidence);
    }
    if (facts.adConfiguration.passed()) {
        return makeResult(kScpOk, evidence);
    }
    if (lastAttemptGotPast(facts, "discover")) {
        return makeResult(kScpOk, evidence + facts.lastRegistration.evidence,
                          {checksText(QT_TRANSLATE_NOOP(
                              "Checks", "The last attempt got past discovery, so the device "
                                        "found its tenant."))});
    }
    return makeResult(kNotTested, evidence + joinStateEvidence(facts));
}

} // namespace jd
