#include "steps/step4_azure_ad_connect_sync.h"

#include "steps/check_support.h"
#include "steps/step4_join_path_findings.h"

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

const ResultCodeDef kOk{
    4,
    "S4-OK",
    StepStatus::Passed,
    t(QT_TRANSLATE_NOOP("Checks", "The device exists in Azure AD.")),
    t(QT_TRANSLATE_NOOP("Checks", "The device is hybrid joined, so Azure AD Connect has synced its "
                                  "computer object.")),
    {}};
const ResultCodeDef kNotSynced{
    4,
    "S4-NOT-SYNCED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The device is not in Azure AD yet: Azure AD Connect has not "
                                  "synced it.")),
    t(QT_TRANSLATE_NOOP("Checks", "The registration service could not find the device object "
                                  "(DirectoryError). Azure AD Connect syncs every 30 minutes by "
                                  "default, and only computer objects in the synced OUs that have "
                                  "a certificate.")),
    {t(QT_TRANSLATE_NOOP("Checks", "If the device was joined less than an hour ago: wait for the "
                                   "next sync, then sign out and in again.")),
     t(QT_TRANSLATE_NOOP("Checks", "Otherwise ask IT to check that the computer's OU is in the "
                                   "Azure AD Connect sync scope and that the computer object has a "
                                   "userCertificate value; a sync can be started with "
                                   "Start-ADSyncSyncCycle -PolicyType Delta."))}};
const ResultCodeDef kCertNotSynced{
    4,
    "S4-CERT-NOT-SYNCED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "Azure AD does not have the device's current certificate yet.")),
    t(QT_TRANSLATE_NOOP("Checks", "The registration service could not verify the device "
                                  "(AuthenticationError): the certificate in Azure AD does not "
                                  "match the device's, usually because the latest sync has not "
                                  "happened yet.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Wait for the next Azure AD Connect sync (30 minutes), then sign "
                         "out and in again."))}};
const ResultCodeDef kThrottled{
    4,
    "S4-THROTTLED",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "Azure AD asked the device to wait before trying again.")),
    t(QT_TRANSLATE_NOOP("Checks", "The request was throttled for a while; this is temporary.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Wait at least five minutes, then sign out and in again."))}};
const ResultCodeDef kCheckSyncScope{
    4,
    "S4-CHECK-SYNC-SCOPE",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "The device may have left the sync scope.")),
    t(QT_TRANSLATE_NOOP("Checks", "Azure AD says the device is disabled or deleted. For a hybrid "
                                  "device this often happens when its computer object was moved to "
                                  "an OU that Azure AD Connect does not sync.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Ask IT to check that the computer's OU is in the Azure AD "
                                   "Connect sync scope."))}};
const TrText kLeaveRejoin = t(QT_TRANSLATE_NOOP(
    "Checks", "Then on the device, as administrator: dsregcmd /leave, restart, and sign in with "
              "the user's own account; the registration runs again (JoinDoctor's \"Leave and "
              "re-join\" does the first part)."));
const ResultCodeDef kObjectMissing{
    4,
    "S4-DEVICE-OBJECT-MISSING",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The device's registration no longer exists in Azure AD.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "Windows tried to renew its registration, but Azure AD has no device "
                        "with this ID: the device object was deleted, or the computer object "
                        "left the Azure AD Connect sync scope. The registration on the device is "
                        "stale and cannot heal by itself.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT makes sure the computer object is in an OU that Azure AD "
                                   "Connect syncs and has a userCertificate value.")),
     kLeaveRejoin}};
const ResultCodeDef kDisabledOrDeleted{
    4,
    "S4-DEVICE-DISABLED-OR-DELETED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "Azure AD refuses the device: it is disabled or deleted.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The device says it is joined, but Azure AD does not accept it. Either "
                        "an administrator disabled it, or its object was deleted (often after it "
                        "left the sync scope) and comes back as \"Pending\" at the next sync. "
                        "No user gets a PRT on it until this is repaired.")),
    {t(QT_TRANSLATE_NOOP(
         "Checks", "IT looks the device up in the Microsoft Entra admin center (Devices): if it "
                   "is disabled, enable it and lock and unlock the computer.")),
     t(QT_TRANSLATE_NOOP("Checks", "If it is missing or \"Pending\": make sure the computer "
                                   "object is in the sync scope and wait for the next sync.")),
     kLeaveRejoin}};
const ResultCodeDef kNotVisible{
    4,
    "S4-NOT-VISIBLE",
    StepStatus::Unknown,
    t(QT_TRANSLATE_NOOP("Checks", "Whether Azure AD Connect has synced the device cannot be seen "
                                  "here.")),
    t(QT_TRANSLATE_NOOP("Checks", "The device is not joined yet, and nothing in this output shows "
                                  "whether its computer object has reached Azure AD.")),
    {t(QT_TRANSLATE_NOOP(
        "Checks", "IT can look the device up in the Microsoft Entra admin center (Devices): listed "
                  "as \"Pending\" means it was synced."))}};
const ResultCodeDef kNotApplicable{
    4,
    "S4-NOT-APPLICABLE",
    StepStatus::NotApplicable,
    t(QT_TRANSLATE_NOOP("Checks", "Not relevant for this device.")),
    t(QT_TRANSLATE_NOOP("Checks", "Azure AD Connect only syncs devices that are joined to the "
                                  "on-premises domain.")),
    {}};

} // namespace

QList<const ResultCodeDef *> AzureAdConnectSyncCheck::codes() const
{
    return QList<const ResultCodeDef *>{&kOk,
                                        &kNotSynced,
                                        &kCertNotSynced,
                                        &kThrottled,
                                        &kCheckSyncScope,
                                        &kObjectMissing,
                                        &kDisabledOrDeleted,
                                        &kNotVisible,
                                        &kNotApplicable} +
           joinPathCodes();
}

QList<CheckResult> AzureAdConnectSyncCheck::findings(const Facts &facts, const CheckResult &) const
{
    return joinPathFindings(facts);
}

CheckResult AzureAdConnectSyncCheck::headline(const Facts &facts, const CancelToken &) const
{
    if (!hybridStepsApply(facts.joinType)) {
        return notApplicableResult(kNotApplicable, facts);
    }
    // The cloud object is gone or refused: the repair starts here, whatever the later steps show.
    if (facts.lastRegistration.staleObject) {
        return makeResult(kObjectMissing,
                          facts.lastRegistration.evidence + fieldEvidence(facts, {"DeviceId"}),
                          lastRegistrationDetails(facts), registrationErrorCodes(facts));
    }
    if (facts.deviceAuth == DeviceAuthState::DisabledOrDeleted ||
        findAadstsCodes(facts.prtAttempt.serverErrorDescription).contains(u"AADSTS50155")) {
        return makeResult(kDisabledOrDeleted,
                          fieldEvidence(facts, {"AzureAdJoined", "DeviceAuthStatus", "DeviceId"}) +
                              facts.prtAttempt.evidence);
    }
    if (facts.joinType == JoinType::Hybrid) {
        return makeResult(kOk, joinStateEvidence(facts) + fieldEvidence(facts, {"DeviceId"}));
    }

    if (stepOfLastRegistrationError(facts) != 4) {
        return makeResult(kNotVisible, joinStateEvidence(facts));
    }
    const RegistrationAttempt &reg = facts.lastRegistration;
    const QStringList codes = registrationErrorCodes(facts);
    QList<TrText> details = lastRegistrationDetails(facts);
    if (reg.time.isValid() && facts.clientTime.isValid() && facts.clientTime >= reg.time) {
        const qint64 minutes = reg.time.secsTo(facts.clientTime) / 60;
        details.append(t(QT_TRANSLATE_NOOP("Checks", "That attempt was %1 minutes before this "
                                                     "output was taken; Azure AD Connect syncs "
                                                     "every 30 minutes by default."))
                           .with({QString::number(minutes)}));
    }
    if (reg.serverMessage.contains(QStringLiteral("throttl"), Qt::CaseInsensitive)) {
        return makeResult(kThrottled, reg.evidence, details, codes);
    }
    if (containsAny(codes, {"0x801c0002"}) ||
        reg.serverErrorCode.contains(QStringLiteral("AuthenticationError"), Qt::CaseInsensitive)) {
        return makeResult(kCertNotSynced, reg.evidence, details, codes);
    }
    return makeResult(kNotSynced, reg.evidence, details, codes);
}

} // namespace jd
