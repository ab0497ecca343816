#include "step3_computer_certificate.h"

#include "check_support.h"

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

const ResultCodeDef kOk{
    3,
    "S3-OK",
    StepStatus::Passed,
    t(QT_TRANSLATE_NOOP("Checks", "The certificate reached Active Directory.")),
    t(QT_TRANSLATE_NOOP("Checks", "The device is hybrid joined, which is only possible after its "
                                  "certificate was written to the computer object and synced.")),
    {}};
const ResultCodeDef kNoDc{
    3,
    "S3-NO-DC",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "No domain controller could be reached.")),
    t(QT_TRANSLATE_NOOP("Checks", "Windows must reach a domain controller to write its certificate "
                                  "to the computer object. Outside the office this usually means "
                                  "that the VPN was not connected when the user signed in, so the "
                                  "registration stopped before it began.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Connect to the company network or the VPN, then lock and "
                                   "unlock, or sign out and in again.")),
     t(QT_TRANSLATE_NOOP("Checks", "On VPN the join can be started by hand: IT runs the scheduled "
                                   "task Automatic-Device-Join (Task "
                                   "Scheduler Library > Microsoft > Windows > Workplace Join)."))}};
const ResultCodeDef kTaskDisabled{
    3,
    "S3-TASK-DISABLED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The scheduled task that registers the device is disabled.")),
    t(QT_TRANSLATE_NOOP("Checks", "The task Automatic-Device-Join writes the certificate and "
                                  "performs the registration. It is disabled, so nothing happens "
                                  "(error 0x80041326).")),
    {t(QT_TRANSLATE_NOOP("Checks", "Ask IT to enable the task under Task Scheduler Library > "
                                   "Microsoft > Windows > Workplace Join, and check which policy "
                                   "disabled it.")),
     t(QT_TRANSLATE_NOOP("Checks", "Then sign out and in again."))}};
const ResultCodeDef kCertNotVisible{
    3,
    "S3-CERT-NOT-VISIBLE",
    StepStatus::Unknown,
    t(QT_TRANSLATE_NOOP("Checks", "A domain controller is reachable; the certificate itself cannot "
                                  "be seen here.")),
    t(QT_TRANSLATE_NOOP("Checks", "dsregcmd shows that Active Directory can be reached, but not "
                                  "whether the self-signed certificate was written to the computer "
                                  "object's userCertificate attribute.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "IT can look at the userCertificate attribute of the computer "
                         "object (Active Directory Users and Computers, Attribute Editor)."))}};
const ResultCodeDef kNotTested{
    3,
    "S3-NOT-TESTED",
    StepStatus::Unknown,
    t(QT_TRANSLATE_NOOP("Checks", "Domain controller access was not tested in this output.")),
    t(QT_TRANSLATE_NOOP("Checks", "dsregcmd only runs its AD Connectivity Test from an elevated "
                                  "prompt on a device that is not yet joined.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Run dsregcmd /status in a Command Prompt started with \"Run as "
                                   "administrator\" and analyse that output."))}};
const ResultCodeDef kNotApplicable{
    3,
    "S3-NOT-APPLICABLE",
    StepStatus::NotApplicable,
    t(QT_TRANSLATE_NOOP("Checks", "Not relevant for this device.")),
    t(QT_TRANSLATE_NOOP("Checks", "A certificate on a computer object in Active Directory is only "
                                  "used by hybrid join.")),
    {}};

} // namespace

QList<const ResultCodeDef *> ComputerCertificateCheck::codes() const
{
    return {&kOk, &kNoDc, &kTaskDisabled, &kCertNotVisible, &kNotTested, &kNotApplicable};
}

CheckResult ComputerCertificateCheck::run(const Facts &facts, const CancelToken &) const
{
    if (!hybridStepsApply(facts.joinType)) {
        return notApplicableResult(kNotApplicable, facts);
    }
    if (facts.joinType == JoinType::Hybrid) {
        return makeResult(kOk, joinStateEvidence(facts));
    }

    EvidenceList evidence;
    if (facts.adConnectivity.present()) {
        evidence.append(facts.adConnectivity.evidence);
    }
    const bool errorIsMine = stepOfLastRegistrationError(facts) == 3;
    const QStringList codes = registrationErrorCodes(facts);
    if (errorIsMine) {
        evidence += facts.lastRegistration.evidence;
    }
    const QList<TrText> details = errorIsMine ? lastRegistrationDetails(facts) : QList<TrText>{};

    if (containsAny(codes, {"0x80041326"})) {
        return makeResult(kTaskDisabled, evidence, details, {QStringLiteral("0x80041326")});
    }
    if (facts.adConnectivity.failed() || errorIsMine) {
        QStringList mine = facts.adConnectivity.value.codes;
        if (errorIsMine) {
            mine += registrationErrorCodes(facts);
        }
        mine.removeDuplicates();
        return makeResult(kNoDc, evidence, details, mine);
    }
    if (facts.adConnectivity.passed()) {
        return makeResult(kCertNotVisible, evidence);
    }
    if (lastAttemptGotPast(facts, "pre-check")) {
        return makeResult(kCertNotVisible, evidence + facts.lastRegistration.evidence);
    }
    return makeResult(kNotTested, evidence);
}

} // namespace jd
