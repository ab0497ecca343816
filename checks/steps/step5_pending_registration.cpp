#include "steps/step5_pending_registration.h"

#include "steps/check_support.h"
#include "steps/os_version_findings.h"
#include "steps/step6_device_findings.h"

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

const ResultCodeDef kOk{
    5,
    "S5-OK",
    StepStatus::Passed,
    t(QT_TRANSLATE_NOOP("Checks", "The registration is complete; the device is not pending.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The device finished its part of the registration, so Azure AD no "
                        "longer shows it as \"Pending\".")),
    {}};
const ResultCodeDef kNotCompleted{
    5,
    "S5-NOT-COMPLETED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The registration is waiting for the device to complete it "
                                  "(\"Pending\").")),
    t(QT_TRANSLATE_NOOP("Checks", "No failed attempt is recorded, but the device is not joined "
                                  "yet. It completes the registration at the next sign-in (or "
                                  "within the hour), after Azure AD Connect has synced it.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Sign out and in again (on VPN: connect it first), wait a few "
                                   "minutes and run the analysis again.")),
     t(QT_TRANSLATE_NOOP("Checks", "If it stays like this after a sync and a new sign-in, have IT "
                                   "run the scheduled task Automatic-Device-Join."))}};
const ResultCodeDef kTpmError{
    5,
    "S5-TPM-ERROR",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The device could not complete the registration because of its "
                                  "security chip (TPM).")),
    t(QT_TRANSLATE_NOOP("Checks", "Creating or using the device key in the TPM failed, so the "
                                  "registration stays \"Pending\".")),
    {t(QT_TRANSLATE_NOOP("Checks", "Look up the error code below. Do not clear the TPM; update its "
                                   "firmware. After a lockout, wait and sign in again.")),
     t(QT_TRANSLATE_NOOP("Checks",
                         "If the key is gone (NTE_BAD_KEYSET), IT runs dsregcmd /leave as "
                         "administrator, restarts, and the user signs in."))}};
const ResultCodeDef kCompletionFailed{
    5,
    "S5-COMPLETION-FAILED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The device tried to complete the registration and failed.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The last attempt reached the final (join) phase and was refused, "
                        "so the registration stays \"Pending\".")),
    {t(QT_TRANSLATE_NOOP("Checks", "Look up the error code below and fix its cause, then sign out "
                                   "and in again."))}};
const ResultCodeDef kNotVisible{
    5,
    "S5-NOT-VISIBLE",
    StepStatus::Unknown,
    t(QT_TRANSLATE_NOOP("Checks", "Whether Azure AD holds the device as \"Pending\" cannot be seen "
                                  "here.")),
    t(QT_TRANSLATE_NOOP(
        "Checks", "The device is not joined yet; \"Pending\" is only visible in the "
                  "Microsoft Entra admin center, and an earlier step may still be in the way.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Fix the earlier steps first; IT can see the state in the Microsoft "
                         "Entra admin center under Devices."))}};
const ResultCodeDef kNotApplicable{
    5,
    "S5-NOT-APPLICABLE",
    StepStatus::NotApplicable,
    t(QT_TRANSLATE_NOOP("Checks", "Not relevant for this device.")),
    t(QT_TRANSLATE_NOOP("Checks", "The \"Pending\" state only exists for hybrid joined devices.")),
    {}};

} // namespace

QList<const ResultCodeDef *> PendingRegistrationCheck::codes() const
{
    return QList<const ResultCodeDef *>{&kOk,         &kNotCompleted,
                                        &kTpmError,   &kCompletionFailed,
                                        &kNotVisible, &kNotApplicable} +
           joinOsCodes();
}

QList<CheckResult> PendingRegistrationCheck::findings(const Facts &facts,
                                                      const CheckResult &headline) const
{
    if (headline.status == StepStatus::NotApplicable) {
        return {};
    }
    QList<CheckResult> found = joinOsFindings(facts);
    // Before the join completes, a TPM error anywhere (a test result, a server code) is what
    // keeps the registration pending; once joined, step 6 judges the device's keys.
    if (facts.joinType == JoinType::DomainOnly) {
        if (const TpmErrors tpm = tpmErrorsIn(facts); !tpm.codes.isEmpty()) {
            found.append(makeResult(kTpmError, tpm.evidence, {}, tpm.codes));
        }
    }
    return found;
}

CheckResult PendingRegistrationCheck::headline(const Facts &facts, const CancelToken &) const
{
    if (!hybridStepsApply(facts.joinType)) {
        return notApplicableResult(kNotApplicable, facts);
    }
    if (facts.joinType == JoinType::Hybrid) {
        return makeResult(kOk, joinStateEvidence(facts));
    }

    const RegistrationAttempt &reg = facts.lastRegistration;
    if (stepOfLastRegistrationError(facts) == 5) {
        const QStringList codes = registrationErrorCodes(facts);
        const bool tpm = containsAny(codes, {"0x80090016", "0x80290407", "0x80280036", "0x80090031",
                                             "0x801c0010", "0x801c0011"});
        return makeResult(tpm ? kTpmError : kCompletionFailed, reg.evidence,
                          lastRegistrationDetails(facts), codes);
    }
    // No recorded failure and no failed pre-join test: all that is known is that the device has
    // not finished, which is the "Pending" situation.
    const bool anyTestFailed = facts.adConnectivity.failed() || facts.adConfiguration.failed() ||
                               facts.drsDiscovery.failed() || facts.drsConnectivity.failed() ||
                               facts.tokenAcquisition.failed();
    if (facts.joinType == JoinType::DomainOnly && !reg.present && !anyTestFailed) {
        return makeResult(
            kNotCompleted,
            joinStateEvidence(facts) +
                fieldEvidence(facts, {"AD Connectivity Test", "AD Configuration Test",
                                      "DRS Discovery Test", "DRS Connectivity Test"}));
    }
    return makeResult(kNotVisible, joinStateEvidence(facts));
}

} // namespace jd
