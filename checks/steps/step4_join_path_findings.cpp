#include "steps/step4_join_path_findings.h"

#include "steps/check_support.h"

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

const ResultCodeDef kFallbackOffWhileFederatedFails{
    4,
    "S4-SYNC-JOIN-FALLBACK-OFF",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "The federated join failed, and the fallback to sync join is "
                                  "turned off.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "Windows could not get the device token from the federation service, "
                        "and \"Fallback to Sync-Join\" is DISABLED, so Windows does not let Azure "
                        "AD Connect's sync join the device instead. The join waits until the "
                        "federated path works.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Fix the federated join (step 2's authentication), or let IT "
                                   "remove FallbackToSyncJoin = 0 under "
                                   "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ "
                                   "(or its policy) so that the sync join can take over."))}};
const ResultCodeDef kFallbackDisabled{
    4,
    "S4-SYNC-JOIN-FALLBACK-DISABLED",
    StepStatus::Passed, // information: nothing fails because of it yet
    t(QT_TRANSLATE_NOOP("Checks", "For the technician: the fallback to sync join is turned "
                                  "off.")),
    t(QT_TRANSLATE_NOOP("Checks", "\"Fallback to Sync-Join\" is DISABLED: if the federated join "
                                  "ever fails, the device is not joined through Azure AD "
                                  "Connect's sync instead.")),
    {}};
const ResultCodeDef kFellBackToSyncJoin{
    4,
    "S4-SYNC-JOIN-FALLBACK-USED",
    StepStatus::Passed, // information: the sync join is the way on
    t(QT_TRANSLATE_NOOP("Checks", "For the technician: the federated join failed, so Windows "
                                  "falls back to sync join.")),
    t(QT_TRANSLATE_NOOP("Checks", "The token test against the federation service failed, and "
                                  "\"Fallback to Sync-Join\" is ENABLED. The device is joined "
                                  "when Azure AD Connect has synced the computer object, as on "
                                  "a managed domain.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Nothing to do unless the federated join is meant to work; "
                                   "then look at the Token acquisition Test's error code."))}};

} // namespace

QList<CheckResult> joinPathFindings(const Facts &facts)
{
    const TestFact &fallback = facts.fallbackToSyncJoin;
    if (!fallback.present() || !hybridStepsApply(facts.joinType) ||
        facts.joinType == JoinType::Hybrid) {
        return {};
    }
    const RegistrationAttempt &reg = facts.lastRegistration;
    // The federation service refused the device: its token test, or a federated attempt that
    // failed in the authentication phase (a discovery failure is the network's, step 2).
    const bool federatedFailed = facts.tokenAcquisition.failed() ||
                                 (reg.present && reg.errorPhase == u"auth" &&
                                  reg.registrationType.startsWith(u"fed", Qt::CaseInsensitive));
    EvidenceList evidence{fallback.evidence};
    if (facts.tokenAcquisition.present()) {
        evidence.append(facts.tokenAcquisition.evidence);
    }
    if (fallback.value.verdict == TestVerdict::Disabled) {
        return {federatedFailed
                    ? makeResult(kFallbackOffWhileFederatedFails, evidence + reg.evidence, {},
                                 facts.tokenAcquisition.value.codes)
                    : makeResult(kFallbackDisabled, evidence)};
    }
    if (fallback.value.verdict == TestVerdict::Enabled && facts.tokenAcquisition.failed()) {
        return {makeResult(kFellBackToSyncJoin, evidence, {}, facts.tokenAcquisition.value.codes)};
    }
    return {};
}

QList<const ResultCodeDef *> joinPathCodes()
{
    return {&kFallbackOffWhileFederatedFails, &kFallbackDisabled, &kFellBackToSyncJoin};
}

} // namespace jd
