#include "steps/step1_tenant_discovery.h"

#include "guid_text.h"
#include "steps/check_support.h"
#include "steps/step1_findings.h"

#include <optional>

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
const ResultCodeDef kAdScpOk{
    1,
    "S1-AD-SCP-OK",
    StepStatus::Passed,
    t(QT_TRANSLATE_NOOP("Checks", "The service connection point (SCP) in Active Directory names "
                                  "the tenant.")),
    t(QT_TRANSLATE_NOOP("Checks", "The SCP object exists and its keywords give a tenant name "
                                  "(azureADName) and a well-formed tenant ID (azureADId), so the "
                                  "device can find its tenant.")),
    {}};
const ResultCodeDef kAdScpMissing{
    1,
    "S1-AD-SCP-MISSING",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "There is no service connection point (SCP) in Active "
                                  "Directory.")),
    t(QT_TRANSLATE_NOOP("Checks", "The domain controller answered, but the SCP object under "
                                  "Device Registration Configuration in the configuration "
                                  "partition does not exist. Without it (or a client-side SCP in "
                                  "the registry) the device does not know its tenant and never "
                                  "starts the registration.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Ask IT to configure the SCP with Azure AD Connect (Configure "
                                   "device options) for this forest; it needs an Enterprise "
                                   "Admin.")),
     t(QT_TRANSLATE_NOOP("Checks",
                         "For a targeted roll-out without an SCP in AD, deploy TenantId "
                         "and TenantName under "
                         "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD by "
                         "Group Policy."))}};
const ResultCodeDef kAdScpNoKeywords{
    1,
    "S1-AD-SCP-KEYWORDS-MISSING",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The service connection point (SCP) lacks the tenant's name or "
                                  "ID.")),
    t(QT_TRANSLATE_NOOP("Checks", "The SCP object exists, but its keywords attribute must hold "
                                  "both azureADName:<verified domain> and azureADId:<tenant ID>. "
                                  "One or both are missing, so the device cannot tell which tenant "
                                  "to register in.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Ask IT to run Configure device options in Azure AD Connect "
                         "again, or to set both keywords on the SCP object (ADSI Edit).")),
     t(QT_TRANSLATE_NOOP("Checks", "Wait for AD replication, then sign out and in again."))}};
const ResultCodeDef kAdScpBadTenantId{
    1,
    "S1-AD-SCP-BAD-TENANT-ID",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The tenant ID in the service connection point (SCP) is not a "
                                  "valid ID.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The azureADId keyword must be the tenant's ID, a GUID such as "
                        "11111111-2222-3333-4444-555555555555. The value in AD is not, so "
                        "the registration cannot find the tenant.")),
    {t(QT_TRANSLATE_NOOP(
        "Checks", "Ask IT to correct the azureADId keyword on the SCP object to "
                  "the tenant ID shown in the Microsoft Entra admin center (Microsoft Entra ID > "
                  "Overview)."))}};
const ResultCodeDef kTenantMismatch{
    1,
    "S1-SCP-TENANT-MISMATCH",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The tenant name and tenant ID in the SCP belong to different "
                                  "tenants.")),
    t(QT_TRANSLATE_NOOP("Checks", "Azure AD says that the domain in azureADName belongs to another "
                                  "tenant than the one in azureADId. The device would try to "
                                  "register in the wrong tenant.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Ask IT to make azureADName a verified domain of the tenant "
                                   "whose ID is in azureADId (or correct the ID)."))}};
const ResultCodeDef kScpConflict{
    1,
    "S1-SCP-CONFLICT",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "The registry and Active Directory name different tenants.")),
    t(QT_TRANSLATE_NOOP("Checks", "The client-side SCP in the registry takes precedence, so this "
                                  "device registers in the tenant named there, not in the one the "
                                  "SCP in Active Directory names. That is only right during a "
                                  "planned, targeted roll-out.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Ask IT which tenant is right, and correct the Group Policy "
                                   "that writes TenantId and TenantName, or the SCP in AD."))}};
const ResultCodeDef kClientScpOk{
    1,
    "S1-CLIENT-SCP-OK",
    StepStatus::Passed,
    t(QT_TRANSLATE_NOOP("Checks", "The device has its tenant from the registry (client-side "
                                  "SCP).")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "TenantId and TenantName are set under "
                        "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD. The "
                        "device uses them and does not ask Active Directory.")),
    {}};
const ResultCodeDef kClientScpBad{
    1,
    "S1-CLIENT-SCP-BAD",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The client-side SCP in the registry is incomplete or "
                                  "malformed.")),
    t(QT_TRANSLATE_NOOP("Checks", "The registry key CDJ\\AAD is present, so the device uses it "
                                  "instead of Active Directory, but TenantId is not a tenant ID or "
                                  "TenantName is empty.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Ask IT to correct the Group Policy (Preferences > Registry) "
                                   "that writes TenantId and TenantName, or remove the key so that "
                                   "the SCP in Active Directory is used."))}};
const ResultCodeDef kAdScpUnreadable{
    1,
    "S1-AD-SCP-UNREADABLE",
    StepStatus::Unknown,
    t(QT_TRANSLATE_NOOP("Checks", "The service connection point (SCP) could not be read.")),
    t(QT_TRANSLATE_NOOP("Checks", "The domain controller answered, but refused to show the SCP "
                                  "object to this account.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Run JoinDoctor as a domain user (or give --bind-dn), or ask "
                                   "IT to check the SCP with ADSI Edit."))}};
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
    return QList<const ResultCodeDef *>{&kOk,
                                        &kScpOk,
                                        &kAdScpOk,
                                        &kClientScpOk,
                                        &kScpNotFound,
                                        &kAdScpMissing,
                                        &kAdScpNoKeywords,
                                        &kAdScpBadTenantId,
                                        &kTenantMismatch,
                                        &kScpConflict,
                                        &kClientScpBad,
                                        &kAdScpUnreadable,
                                        &kTenantNotFound,
                                        &kNoDc,
                                        &kNotTested,
                                        &kNotApplicable} +
           discoveryTestCodes();
}

namespace {

QString canonicalTenant(const QString &id)
{
    const auto guid = directory::canonicalGuid(id.toStdString());
    return guid ? qs(*guid) : QString();
}

TrText tenantDetail(const char *source, const QString &a, const QString &b = {})
{
    TrText text = checksText(source);
    text.args = {a, b};
    return text;
}

// The client-side SCP, when the device has one: it wins over Active Directory.
std::optional<CheckResult> judgeClientScp(const Facts &facts)
{
    const ClientScpFacts &client = facts.clientScp;
    if (!client.present) {
        return std::nullopt;
    }
    EvidenceList evidence = client.evidence;
    const QString clientId = canonicalTenant(client.tenantId);
    if (clientId.isEmpty() || client.tenantName.trimmed().isEmpty()) {
        return makeResult(kClientScpBad, evidence);
    }
    if (facts.directory && facts.directory->readout.scp.found) {
        const auto &scp = facts.directory->readout.scp;
        const QString adId = canonicalTenant(qs(scp.azureAdId));
        const bool idDiffers = !adId.isEmpty() && adId != clientId;
        const bool nameDiffers =
            scp.hasAzureAdName &&
            qs(scp.azureAdName).compare(client.tenantName.trimmed(), Qt::CaseInsensitive) != 0;
        if (idDiffers || nameDiffers) {
            return makeResult(
                kScpConflict, evidence + scpEvidence(*facts.directory),
                {tenantDetail(QT_TRANSLATE_NOOP("Checks", "Registry: %1 (%2)."), client.tenantName,
                              client.tenantId),
                 tenantDetail(QT_TRANSLATE_NOOP("Checks", "Active Directory: %1 (%2)."),
                              qs(scp.azureAdName), qs(scp.azureAdId))});
        }
    }
    return makeResult(kClientScpOk, evidence,
                      {tenantDetail(QT_TRANSLATE_NOOP("Checks", "Tenant: %1 (%2)."),
                                    client.tenantName, client.tenantId)});
}

// The SCP in Active Directory, when JoinDoctor could read the directory.
std::optional<CheckResult> judgeAdScp(const Facts &facts)
{
    if (!facts.directory || !facts.directory->ldapReached()) {
        return std::nullopt;
    }
    const DirectoryFacts &d = *facts.directory;
    const auto &scp = d.readout.scp;
    const EvidenceList evidence = directoryConnectionEvidence(d) + scpEvidence(d);
    if (!scp.searched || scp.error.failed()) {
        return makeResult(kAdScpUnreadable, evidence);
    }
    if (!scp.found) {
        return makeResult(kAdScpMissing, evidence);
    }
    if (!scp.hasAzureAdName || !scp.hasAzureAdId || scp.azureAdName.empty()) {
        return makeResult(kAdScpNoKeywords, evidence);
    }
    if (!scp.azureAdIdIsGuid) {
        return makeResult(kAdScpBadTenantId, evidence);
    }
    const TenantCheck &check = facts.tenantCheck;
    const QList<TrText> tenant{tenantDetail(QT_TRANSLATE_NOOP("Checks", "Tenant: %1 (%2)."),
                                            qs(scp.azureAdName), qs(scp.azureAdId))};
    if (check.attempted && !check.tenantId.isEmpty()) {
        EvidenceList withCheck = evidence;
        withCheck << Evidence{QStringLiteral("openid-configuration"),
                              check.url + QStringLiteral(" → ") + check.tenantId,
                              QStringLiteral("Azure AD"), 0};
        if (canonicalTenant(check.tenantId) != canonicalTenant(qs(scp.azureAdId))) {
            return makeResult(
                kTenantMismatch, withCheck,
                {tenantDetail(QT_TRANSLATE_NOOP("Checks", "Azure AD gives %1 the tenant ID %2."),
                              qs(scp.azureAdName), check.tenantId)});
        }
        return makeResult(kAdScpOk, withCheck, tenant);
    }
    return makeResult(kAdScpOk, evidence, tenant);
}

} // namespace

QList<CheckResult> TenantDiscoveryCheck::findings(const Facts &facts,
                                                  const CheckResult &headline) const
{
    return discoveryTestFindings(facts, headline);
}

CheckResult TenantDiscoveryCheck::headline(const Facts &facts, const CancelToken &) const
{
    return withDirectoryNote(judge(facts), facts);
}

CheckResult TenantDiscoveryCheck::judge(const Facts &facts)
{
    if (!hybridStepsApply(facts.joinType)) {
        return notApplicableResult(kNotApplicable, facts);
    }
    const EvidenceList tenant = fieldEvidence(facts, {"TenantName", "TenantId"});
    if (facts.joinType == JoinType::Hybrid || !facts.tenantId.isEmpty()) {
        return makeResult(kOk, joinStateEvidence(facts) + tenant);
    }
    if (auto client = judgeClientScp(facts)) {
        return *client;
    }
    std::optional<CheckResult> ad = judgeAdScp(facts);
    if (ad && ad->status != StepStatus::Passed) {
        return *ad; // a broken SCP in AD is the cause, whatever dsregcmd said after it
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
    if (ad) {
        return *ad;
    }
    const bool directoryUnreachable = facts.directory && !facts.directory->ldapReached();
    if ((facts.adConnectivity.failed() || directoryUnreachable) &&
        !facts.adConfiguration.passed()) {
        if (facts.directory) {
            evidence += directoryConnectionEvidence(*facts.directory);
        }
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
