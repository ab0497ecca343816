#include "steps/step6_sign_in_prt.h"

#include "steps/check_support.h"
#include "steps/os_version_findings.h"
#include "steps/prt_network.h"
#include "steps/step6_device_findings.h"
#include "steps/step6_mdm_findings.h"

#include <QRegularExpression>

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

const TrText kLockUnlock = t(QT_TRANSLATE_NOOP(
    "Checks", "Lock the computer (Windows key + L) and unlock it, wait a minute, and run the "
              "analysis again; signing out and in also works."));

const ResultCodeDef kOk{
    6,
    "S6-OK",
    StepStatus::Passed,
    t(QT_TRANSLATE_NOOP("Checks", "The user has a Primary Refresh Token (PRT).")),
    t(QT_TRANSLATE_NOOP("Checks", "Single sign-on to Microsoft 365 and device-based Conditional "
                                  "Access can work.")),
    {}};
const ResultCodeDef kNoPrt{
    6,
    "S6-NO-PRT",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The user has no Primary Refresh Token (PRT).")),
    t(QT_TRANSLATE_NOOP("Checks", "The signed-in user has no PRT, so single sign-on fails and "
                                  "device-based Conditional Access can block access. No failed "
                                  "attempt is recorded.")),
    {kLockUnlock,
     t(QT_TRANSLATE_NOOP("Checks", "If that does not help, IT can look in Event Viewer under "
                                   "Applications and Services Logs > Microsoft > Windows > AAD > "
                                   "Operational."))}};
const ResultCodeDef kPrtNetwork{
    6,
    "S6-PRT-NETWORK",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The PRT could not be fetched: Azure AD could not be reached.")),
    t(QT_TRANSLATE_NOOP("Checks", "The last attempt to get a PRT failed with a network error: "
                                  "login.microsoftonline.com did not answer, or a proxy stopped "
                                  "the request.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Check the network and the proxy for the computer context "
                                   "(WinHTTP), then lock and unlock the computer."))}};
const ResultCodeDef kPrtPassword{
    6,
    "S6-PRT-PASSWORD",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The PRT was refused: Azure AD did not accept the password.")),
    t(QT_TRANSLATE_NOOP("Checks", "Typically the password was changed recently and the new one "
                                  "has not been synced to Azure AD yet.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Wait a few minutes for password sync, then lock and unlock the "
                                   "computer with the new password."))}};
const ResultCodeDef kPrtUser{
    6,
    "S6-PRT-USER-UNKNOWN",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The PRT was refused: Azure AD does not recognise the user.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The user's sign-in name (UPN) is unknown to Azure AD, malformed, "
                        "or uses a domain Azure AD does not know (such as a .local "
                        "domain).")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT checks the user's UPN (whoami /upn) and that the user is "
                                   "synced; a non-routable UPN suffix needs a verified domain or "
                                   "Alternate Login ID."))}};
const ResultCodeDef kPrtFederation{
    6,
    "S6-PRT-FEDERATION",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The PRT failed at the federation service (AD FS).")),
    t(QT_TRANSLATE_NOOP("Checks", "The WS-Trust answer from the federation service was empty or "
                                  "unusable.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT checks the federation service's WS-Trust endpoints and that "
                                   "no proxy changes its answers."))}};
const ResultCodeDef kPrtLocked{
    6,
    "S6-PRT-ACCOUNT-LOCKED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The PRT was refused: the user account is locked.")),
    t(QT_TRANSLATE_NOOP("Checks", "Too many failed sign-ins locked the account, in Active "
                                  "Directory or by Azure AD's smart lockout. Typically an old "
                                  "password is still saved on a phone or in a program.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT unlocks the account (or it unlocks itself after the "
                                   "lockout period) and finds where the old password is used; "
                                   "then lock and unlock the computer."))}};
const ResultCodeDef kPrtPasswordExpired{
    6,
    "S6-PRT-PASSWORD-EXPIRED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The PRT was refused: the password has expired.")),
    t(QT_TRANSLATE_NOOP("Checks", "The user's password has expired or must be changed, so "
                                  "Azure AD does not accept it for the PRT.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Change the password (Ctrl+Alt+Del, Change a password) while "
                                   "connected to the company network or VPN, wait a few minutes "
                                   "for password sync, then lock and unlock the computer."))}};
const ResultCodeDef kPrtAccountDisabled{
    6,
    "S6-PRT-ACCOUNT-DISABLED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The PRT was refused: the user account is disabled.")),
    t(QT_TRANSLATE_NOOP("Checks", "The account is disabled in Active Directory or in Azure AD, "
                                  "so Azure AD gives it no PRT.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT enables the account and waits for the next Azure AD "
                                   "Connect sync; then sign out and in."))}};
const ResultCodeDef kPrtAnswerAltered{
    6,
    "S6-PRT-ANSWER-ALTERED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The PRT failed: Azure AD's answer arrived changed.")),
    t(QT_TRANSLATE_NOOP("Checks", "The token in the answer lacked the user's SID. Microsoft "
                                  "names a proxy or TLS inspection that alters the answers as "
                                  "the cause.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT excludes login.microsoftonline.com and "
                                   "device.login.microsoftonline.com from TLS inspection and "
                                   "content filtering on the proxy."))}};
const ResultCodeDef kDeviceDisabled{
    6,
    "S6-DEVICE-DISABLED-OR-DELETED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The device is disabled or deleted in Azure AD.")),
    t(QT_TRANSLATE_NOOP("Checks", "Windows still considers the device registered, but Azure AD "
                                  "refuses it, so no user gets a PRT on it.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT enables the device in Azure AD if it was disabled.")),
     t(QT_TRANSLATE_NOOP("Checks", "If it was deleted: run dsregcmd /leave as administrator, "
                                   "restart, sign in, and let the registration run again (after "
                                   "the next sync)."))}};
const ResultCodeDef kPrtFailed{
    6,
    "S6-PRT-FAILED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The last attempt to get a PRT failed.")),
    t(QT_TRANSLATE_NOOP("Checks", "Windows recorded a failed PRT attempt; the error code and the "
                                  "server's answer below tell why.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Look up the error code below, fix its cause, then lock and "
                                   "unlock the computer."))}};
const ResultCodeDef kRefreshFailing{
    6,
    "S6-PRT-REFRESH-FAILING",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "The user has a PRT, but renewing it fails.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "A failed attempt newer than the last success is recorded. The PRT "
                        "still works until it expires; then single sign-on stops.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Look up the error code below, then lock and unlock the "
                                   "computer."))}};
const ResultCodeDef kStale{
    6,
    "S6-PRT-STALE",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "The PRT has not been renewed for more than 4 hours.")),
    t(QT_TRANSLATE_NOOP("Checks", "Windows normally renews the PRT every 4 hours; an older one "
                                  "points to a renewal problem.")),
    {kLockUnlock}};
const ResultCodeDef kRecovery{
    6,
    "S6-RECOVERY-PENDING",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "The device's keys are marked for recovery.")),
    t(QT_TRANSLATE_NOOP("Checks", "AadRecoveryEnabled is YES: the device keys cannot be used and "
                                  "the device registers again at the next sign-in.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Sign out and in again, then run the analysis again."))}};
const ResultCodeDef kDualState{
    6,
    "S6-DUAL-STATE",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "The device is both hybrid joined and registered (dual state).")),
    t(QT_TRANSLATE_NOOP("Checks", "A work account was also added to the same tenant, which can "
                                  "confuse single sign-on and Conditional Access.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Remove the work account under Settings > Accounts > Access work "
                         "or school; IT can block it with BlockAADWorkplaceJoin=1."))}};
const ResultCodeDef kNotJoined{
    6,
    "S6-NOT-JOINED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "No PRT: the device is not hybrid joined yet.")),
    t(QT_TRANSLATE_NOOP("Checks", "A user only gets a PRT on a device that has completed the "
                                  "registration; the earlier steps show where it stops.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Fix the first step that failed, then sign out and in again."))}};
const ResultCodeDef kNotVisible{
    6,
    "S6-PRT-NOT-VISIBLE",
    StepStatus::Unknown,
    t(QT_TRANSLATE_NOOP("Checks", "The user's PRT cannot be seen in this output.")),
    t(QT_TRANSLATE_NOOP("Checks", "The SSO State section is missing, or dsregcmd ran as SYSTEM or "
                                  "as another user, where the signed-in user's PRT is not "
                                  "shown.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Run dsregcmd /status as the signed-in user, in a normal "
                         "Command Prompt (not \"Run as administrator\"), and analyse that "
                         "output."))}};
const ResultCodeDef kEnterprisePrtMissing{
    6,
    "S6-ENTERPRISE-PRT-MISSING",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The user has no Enterprise PRT from AD FS.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The user signs in through AD FS, which also issues an Enterprise PRT. "
                        "The Azure AD PRT is there, but the Enterprise PRT is not, so single "
                        "sign-on to AD FS applications and Windows Hello for Business certificate "
                        "trust fail.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT reads the AD FS error (the server error below, and the AD "
                                   "FS Admin log) and checks that the device is registered in AD "
                                   "FS (device write-back).")),
     kLockUnlock}};
const ResultCodeDef kEnterprisePrtWriteback{
    6,
    "S6-ENTERPRISE-PRT-WRITEBACK",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "AD FS does not know the device's key: no Enterprise PRT.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "AD FS refused the Enterprise PRT because the device is not registered "
                        "with a transport key there (MSIS9682). The device object is not written "
                        "back from Azure AD to Active Directory.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT turns on device write-back in Azure AD Connect (and "
                                   "checks the RegisteredDevices container and its permissions), "
                                   "waits for the next sync, then the user locks and unlocks the "
                                   "computer."))}};
const ResultCodeDef kRerunAsUser{
    6,
    "S6-RERUN-AS-USER",
    StepStatus::Unknown,
    t(QT_TRANSLATE_NOOP("Checks", "dsregcmd asks to be run as the signed-in user, not elevated.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The trace says the command must run as a non-elevated user: run as "
                        "administrator, dsregcmd cannot read the user's sign-in state, so the "
                        "PRT is not shown.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Open a normal Command Prompt as the signed-in user (not \"Run "
                                   "as administrator\"), run dsregcmd /status there, and analyse "
                                   "that output."))}};
const ResultCodeDef kNotApplicable{
    6,
    "S6-NOT-APPLICABLE",
    StepStatus::NotApplicable,
    t(QT_TRANSLATE_NOOP("Checks", "Not relevant for this device.")),
    t(QT_TRANSLATE_NOOP("Checks", "A device that is not joined to Azure AD gives no PRT at "
                                  "Windows sign-in.")),
    {}};

// "status 0xc000006d, server error invalid_grant AADSTS50126: …" in the given sentence.
TrText attemptSummary(const TrText &sentence, const PrtAttempt &attempt)
{
    return sentence.with(
        {attempt.attemptStatus.isEmpty() ? QStringLiteral("?") : attempt.attemptStatus,
         attempt.serverErrorCode, attempt.serverErrorDescription});
}

// A sign-in name whose domain can never be a verified domain in Azure AD (user@corp.local).
TrText signInNameNote(const QString &userIdentity)
{
    static const QRegularExpression nonRoutable(
        QStringLiteral("@[^@\\s]+\\.(local|lan|internal|intra|intranet|corp|localdomain|private|"
                       "home|ad)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!nonRoutable.match(userIdentity.trimmed()).hasMatch()) {
        return {};
    }
    return t(QT_TRANSLATE_NOOP("Checks",
                               "The sign-in name %1 ends in a domain that cannot be verified in "
                               "Azure AD, so Azure AD cannot find the user by it. IT gives the "
                               "user a UPN with a verified domain, or sets up Alternate Login "
                               "ID."))
        .with({userIdentity.trimmed()});
}

const ResultCodeDef &failedAttemptCause(const Facts &facts, const QStringList &codes)
{
    if (containsAny(codes, {"AADSTS50155"})) {
        return kDeviceDisabled;
    }
    if (containsAny(codes, {"AADSTS50053", "0xc0000234"})) {
        return kPrtLocked;
    }
    if (containsAny(codes, {"AADSTS50055", "AADSTS50144", "0xc0000071", "0xc0000224"})) {
        return kPrtPasswordExpired;
    }
    if (containsAny(codes, {"AADSTS50057", "0xc0000072"})) {
        return kPrtAccountDisabled;
    }
    if (containsAny(codes, {"AADSTS50126"})) {
        return kPrtPassword;
    }
    if (containsAny(codes, {"0xc0048442"})) {
        return kPrtAnswerAltered;
    }
    if (containsAny(codes, {"AADSTS50034", "AADSTS90002", "0xc000005f", "0xc004844c"}) ||
        !signInNameNote(facts.prtAttempt.userIdentity).isEmpty()) {
        return kPrtUser;
    }
    if (containsAny(codes,
                    {"0xc00484c1", "0x800484c1", "0xc004848b", "0xc004848c", "0xc00cee4f"})) {
        return kPrtFederation;
    }
    if (containsAny(codes, {"0xc000023c", "0xc00000be", "0xc00000c4"}) ||
        prtNetworkCause(facts.prtAttempt) != NetworkCause::None ||
        !findErrorCodes(facts.prtAttempt.httpError).isEmpty()) {
        return kPrtNetwork;
    }
    return kPrtFailed;
}

} // namespace

namespace {

// With a PRT present: what still stands in the way, in the order the headline takes them.
QList<CheckResult> presentPrtConditions(const Facts &facts, const EvidenceList &evidence)
{
    QList<CheckResult> found;
    if (facts.aadRecoveryEnabled == Tri::Yes) {
        found.append(
            makeResult(kRecovery, evidence + fieldEvidence(facts, {"AadRecoveryEnabled"})));
    }
    if (facts.workplaceJoined == Tri::Yes && !facts.tenantId.isEmpty() &&
        facts.workplaceTenantId.compare(facts.tenantId, Qt::CaseInsensitive) == 0) {
        found.append(makeResult(
            kDualState,
            evidence + fieldEvidence(facts, {"WorkplaceJoined", "WorkplaceTenantId", "TenantId"})));
    }
    if (facts.prtUpdateTime.isValid() && facts.clientTime.isValid() &&
        facts.prtUpdateTime.secsTo(facts.clientTime) > 4 * 3600) {
        found.append(makeResult(kStale, evidence + fieldEvidence(facts, {"Client Time"})));
    }
    return found;
}

} // namespace

QList<const ResultCodeDef *> SignInPrtCheck::codes() const
{
    return QList<const ResultCodeDef *>{&kOk,
                                        &kNoPrt,
                                        &kPrtNetwork,
                                        &kPrtPassword,
                                        &kPrtUser,
                                        &kPrtFederation,
                                        &kPrtLocked,
                                        &kPrtPasswordExpired,
                                        &kPrtAccountDisabled,
                                        &kPrtAnswerAltered,
                                        &kDeviceDisabled,
                                        &kPrtFailed,
                                        &kRefreshFailing,
                                        &kStale,
                                        &kRecovery,
                                        &kDualState,
                                        &kNotJoined,
                                        &kNotVisible,
                                        &kEnterprisePrtMissing,
                                        &kEnterprisePrtWriteback,
                                        &kRerunAsUser,
                                        &kNotApplicable} +
           deviceHealthCodes() + mdmCodes() + cloudKerberosOsCodes();
}

CheckResult SignInPrtCheck::headline(const Facts &facts, const CancelToken &) const
{
    if (facts.joinType == JoinType::Workgroup || facts.joinType == JoinType::RegisteredOnly) {
        return notApplicableResult(kNotApplicable, facts);
    }
    EvidenceList evidence = fieldEvidence(
        facts, {"AzureAdPrt", "AzureAdPrtUpdateTime", "AzureAdPrtExpiryTime", "User Context"});
    if (facts.joinType == JoinType::DomainOnly) {
        return makeResult(kNotJoined, joinStateEvidence(facts) + evidence);
    }
    if (facts.deviceAuth == DeviceAuthState::DisabledOrDeleted) {
        return makeResult(
            kDeviceDisabled, evidence + fieldEvidence(facts, {"DeviceAuthStatus"}), {},
            {QStringLiteral("DeviceAuthStatus: FAILED. Device is either disabled or deleted")});
    }
    const PrtAttempt &attempt = facts.prtAttempt;
    // A fragment with the failed attempt but not the AzureAdPrt line still shows why it failed.
    const bool attemptDecides = attempt.present && !facts.ranAsSystem;
    if (facts.prt == PrtState::Unknown && !attemptDecides) {
        if (facts.trace.hint == TraceHint::RunNotElevated) {
            return makeResult(kRerunAsUser, evidence + EvidenceList{facts.trace.hintEvidence});
        }
        return makeResult(kNotVisible, evidence);
    }

    QStringList codes;
    QList<TrText> details;
    if (attempt.present) {
        evidence += attempt.evidence;
        codes = findErrorCodes(attempt.attemptStatus) + findErrorCodes(attempt.httpError) +
                findAadstsCodes(attempt.serverErrorDescription) + facts.enterprisePrt.msisCodes;
        codes.removeDuplicates();
        details.append(
            attemptSummary(t(QT_TRANSLATE_NOOP("Checks", "The last failed PRT attempt: status %1, "
                                                         "server error %2 %3.")),
                           attempt));
        if (const TrText cause = networkCauseText(prtNetworkCause(attempt)); !cause.isEmpty()) {
            details.append(cause);
        }
        if (const TrText name = signInNameNote(attempt.userIdentity); !name.isEmpty()) {
            details.append(name);
        }
    }

    const EnterprisePrtFacts &eprt = facts.enterprisePrt;
    if (facts.prt == PrtState::Present && eprt.missing()) {
        const EvidenceList eprtEvidence =
            evidence +
            fieldEvidence(facts, {"EnterprisePrt", "EnterprisePrtAuthority", "AdfsRefreshToken",
                                  "CertEnrollment"}) +
            eprt.attempt.evidence;
        QStringList eprtCodes = codes + eprt.msisCodes;
        eprtCodes.removeDuplicates();
        if (eprt.attempt.present) {
            details.append(attemptSummary(
                t(QT_TRANSLATE_NOOP("Checks", "The last failed Enterprise PRT attempt (AD FS): "
                                              "status %1, server error %2 %3.")),
                eprt.attempt));
        }
        return makeResult(eprt.msisCodes.contains(u"MSIS9682") ? kEnterprisePrtWriteback
                                                               : kEnterprisePrtMissing,
                          eprtEvidence, details, eprtCodes);
    }

    if (facts.prt != PrtState::Present) {
        if (!attempt.present) {
            return makeResult(kNoPrt, evidence);
        }
        return makeResult(failedAttemptCause(facts, codes), evidence, details, codes);
    }

    if (attempt.present) {
        return makeResult(kRefreshFailing, evidence, details, codes);
    }
    if (const QList<CheckResult> found = presentPrtConditions(facts, evidence); !found.isEmpty()) {
        return found.first();
    }
    return makeResult(kOk, evidence);
}

QList<CheckResult> SignInPrtCheck::findings(const Facts &facts, const CheckResult &headline) const
{
    if (headline.status == StepStatus::NotApplicable) {
        return {};
    }
    QList<CheckResult> found =
        deviceHealthFindings(facts) + mdmFindings(facts) + cloudKerberosOsFindings(facts);
    if (facts.prt == PrtState::Present) {
        found += presentPrtConditions(
            facts, fieldEvidence(facts, {"AzureAdPrt", "AzureAdPrtUpdateTime", "User Context"}));
    }
    return found;
}

} // namespace jd
