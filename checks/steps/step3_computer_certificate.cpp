#include "steps/step3_computer_certificate.h"

#include "steps/check_support.h"

#include <algorithm>
#include <optional>

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
const ResultCodeDef kVpnLate{
    3,
    "S3-VPN-LATE",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The VPN came up after you signed in, so Windows found no domain "
                                  "controller in time.")),
    t(QT_TRANSLATE_NOOP("Checks", "Windows starts the registration when you sign in. At that "
                                  "moment no domain controller could be reached; the VPN is "
                                  "connected now, but Windows does not try again until the next "
                                  "sign-in (or within the hour).")),
    {t(QT_TRANSLATE_NOOP("Checks", "Start the join by hand now: Retry join (needs administrator "
                                   "rights), or ask IT to run the scheduled task "
                                   "Automatic-Device-Join while the VPN is connected.")),
     t(QT_TRANSLATE_NOOP("Checks",
                         "Or, while the VPN stays connected, lock the computer and unlock "
                         "it again."))}};
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
const ResultCodeDef kCertOk{
    3,
    "S3-CERT-OK",
    StepStatus::Passed,
    t(QT_TRANSLATE_NOOP("Checks", "The computer object in Active Directory has a valid "
                                  "certificate.")),
    t(QT_TRANSLATE_NOOP("Checks", "Windows wrote its self-signed certificate (subject CN=<the "
                                  "computer's objectGUID>) to userCertificate, and it is within "
                                  "its validity. Azure AD Connect can now sync the device.")),
    {}};
const ResultCodeDef kKerberosBlocked{
    3,
    "S3-KERBEROS-BLOCKED",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "The certificate is in place, but the domain controller's "
                                  "Kerberos port does not answer.")),
    t(QT_TRANSLATE_NOOP("Checks", "LDAP works, but Kerberos (TCP port 88) is blocked. Sign-in, "
                                  "password changes and the join itself need Kerberos; a firewall "
                                  "or a VPN profile that only lets some ports through is a common "
                                  "cause.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Ask IT to open TCP and UDP port 88 to the domain controllers "
                                   "on this network or VPN."))}};
const ResultCodeDef kDcNotInDns{
    3,
    "S3-DC-NOT-IN-DNS",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "No domain controller could be found: DNS does not know the "
                                  "domain's domain controllers.")),
    t(QT_TRANSLATE_NOOP("Checks", "Windows finds a domain controller through the DNS record "
                                  "_ldap._tcp.dc._msdcs.<domain>. This network's DNS does not "
                                  "answer it, which is what happens outside the office without "
                                  "VPN, or with a VPN that does not hand out the company's DNS "
                                  "servers.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Connect to the company network or the VPN, then run the "
                                   "checks again.")),
     t(QT_TRANSLATE_NOOP("Checks", "If the VPN is connected, ask IT to check that it gives the "
                                   "company's DNS servers and the domain's DNS suffix."))}};
const ResultCodeDef kDcNoAnswer{
    3,
    "S3-DC-NO-ANSWER",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The domain controller accepted the connection but did not "
                                  "answer.")),
    t(QT_TRANSLATE_NOOP("Checks", "The LDAP port is open, but no answer came back within the "
                                  "time-out. A firewall or VPN that inspects traffic, or an "
                                  "overloaded domain controller, can cause this; Windows then "
                                  "cannot write its certificate.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Run the checks again in a few minutes; if it persists, ask IT "
                         "to look at the path to the domain controller (firewall, VPN).")),
     t(QT_TRANSLATE_NOOP("Checks", "Then lock and unlock, or sign out and in again."))}};
const ResultCodeDef kComputerNotFound{
    3,
    "S3-COMPUTER-NOT-FOUND",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "This computer has no object in Active Directory.")),
    t(QT_TRANSLATE_NOOP("Checks", "No computer object with this name was found in the domain. "
                                  "The certificate can only be written to the computer's own "
                                  "object: the computer may have been deleted from AD, renamed, or "
                                  "joined to another domain.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Ask IT to look the computer up in Active Directory Users and "
                                   "Computers; if it is gone, the computer must be joined to the "
                                   "domain again."))}};
const ResultCodeDef kComputerUnreadable{
    3,
    "S3-COMPUTER-UNREADABLE",
    StepStatus::Unknown,
    t(QT_TRANSLATE_NOOP("Checks", "The computer object could not be read.")),
    t(QT_TRANSLATE_NOOP("Checks", "The domain controller answered, but did not let this account "
                                  "search for the computer object.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Run JoinDoctor as a domain user (or give --bind-dn), or ask "
                         "IT to check the computer object's userCertificate attribute."))}};
const ResultCodeDef kCertMissing{
    3,
    "S3-CERT-MISSING",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "Windows has not written its certificate to the computer "
                                  "object.")),
    t(QT_TRANSLATE_NOOP("Checks", "The computer object's userCertificate attribute is empty. "
                                  "Windows writes it when a user signs in while a domain "
                                  "controller is reachable. Either no domain controller was "
                                  "reachable at sign-in (VPN connected too late), or the computer "
                                  "may not write to its own object. Azure AD Connect does not "
                                  "sync a computer without it.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Connect to the company network or VPN, then lock and unlock, "
                                   "or sign out and in again, and run the checks again.")),
     t(QT_TRANSLATE_NOOP("Checks", "If it stays empty, ask IT to check that SELF may write "
                                   "userCertificate on computer objects in this OU, and look for "
                                   "events 304, 305 and 307 in User Device Registration."))}};
const ResultCodeDef kCertExpired{
    3,
    "S3-CERT-EXPIRED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The certificate on the computer object has expired.")),
    t(QT_TRANSLATE_NOOP("Checks", "The only certificate with the right subject is past its end "
                                  "date, so it cannot be used to register the device.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Sign out and in again on the company network or VPN; Windows "
                                   "then writes a new certificate. IT can also start the scheduled "
                                   "task Automatic-Device-Join."))}};
const ResultCodeDef kCertNotYetValid{
    3,
    "S3-CERT-NOT-YET-VALID",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The certificate on the computer object is not valid yet.")),
    t(QT_TRANSLATE_NOOP("Checks", "The certificate's start date is in the future. That points to "
                                  "a wrong clock, on this computer or where the certificate was "
                                  "made.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Check the date, time and time zone of this computer, then "
                                   "sign out and in again."))}};
const ResultCodeDef kCertWrongSubject{
    3,
    "S3-CERT-WRONG-SUBJECT",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The certificate on the computer object belongs to another "
                                  "object.")),
    t(QT_TRANSLATE_NOOP("Checks", "Windows' certificate has the subject CN=<objectGUID> of the "
                                  "computer object. The certificates found have another subject; "
                                  "the object may have been re-created or restored, or the "
                                  "certificates were copied from another computer.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Ask IT to clear userCertificate on the computer object, then "
                                   "sign out and in again on the company network so that Windows "
                                   "writes a new one."))}};
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
    return {&kOk,
            &kCertOk,
            &kKerberosBlocked,
            &kNoDc,
            &kVpnLate,
            &kDcNotInDns,
            &kDcNoAnswer,
            &kTaskDisabled,
            &kComputerNotFound,
            &kComputerUnreadable,
            &kCertMissing,
            &kCertExpired,
            &kCertNotYetValid,
            &kCertWrongSubject,
            &kCertNotVisible,
            &kNotTested,
            &kNotApplicable};
}

namespace {

// What the directory itself shows, when JoinDoctor tried to read it.
std::optional<CheckResult> judgeDirectory(const DirectoryFacts &d)
{
    EvidenceList evidence = directoryConnectionEvidence(d);
    const auto &r = d.readout;
    if (!d.ldapReached()) {
        if (d.discovery.attempted && !d.discovery.found()) {
            return makeResult(kDcNotInDns, evidence);
        }
        if (!d.attemptedLdap() || r.connection.kind == directory::LdapErrorKind::Cancelled) {
            return std::nullopt;
        }
        if (r.connection.kind == directory::LdapErrorKind::TimedOut) {
            return makeResult(kDcNoAnswer, evidence);
        }
        return makeResult(kNoDc, evidence);
    }
    const auto &pc = r.computer;
    evidence += computerEvidence(d);
    if (!pc.searched) {
        return std::nullopt;
    }
    if (pc.error.failed()) {
        return makeResult(kComputerUnreadable, evidence);
    }
    if (!pc.found) {
        return makeResult(kComputerNotFound, evidence);
    }
    if (pc.certificates.empty()) {
        return makeResult(kCertMissing, evidence);
    }
    if (pc.hasUsableCertificate()) {
        if (d.kerberos.attempted && !d.kerberos.open) {
            return makeResult(kKerberosBlocked, evidence);
        }
        return makeResult(kCertOk, evidence);
    }
    const auto any = [&pc](auto predicate) {
        return std::any_of(pc.certificates.begin(), pc.certificates.end(), predicate);
    };
    if (any([](const directory::CertificateReadout &c) {
            return c.matchesObjectGuid && c.expired;
        })) {
        return makeResult(kCertExpired, evidence);
    }
    if (any([](const directory::CertificateReadout &c) {
            return c.matchesObjectGuid && c.notYetValid;
        })) {
        return makeResult(kCertNotYetValid, evidence);
    }
    return makeResult(kCertWrongSubject, evidence);
}

} // namespace

CheckResult ComputerCertificateCheck::headline(const Facts &facts, const CancelToken &) const
{
    return withDirectoryNote(judge(facts), facts);
}

CheckResult ComputerCertificateCheck::judge(const Facts &facts)
{
    if (!hybridStepsApply(facts.joinType)) {
        return notApplicableResult(kNotApplicable, facts);
    }
    if (facts.joinType == JoinType::Hybrid) {
        EvidenceList evidence = joinStateEvidence(facts);
        if (facts.directory) {
            evidence +=
                directoryConnectionEvidence(*facts.directory) + computerEvidence(*facts.directory);
        }
        return makeResult(kOk, evidence);
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
        return makeResult(kTaskDisabled, evidence + facts.task.evidence, details,
                          {QStringLiteral("0x80041326")});
    }
    if (facts.task.read && (!facts.task.exists || !facts.task.enabled)) {
        // Read through the Task Scheduler API on the device: disabled (or removed).
        return makeResult(kTaskDisabled, evidence + facts.task.evidence, details);
    }
    if (facts.directory) {
        if (auto judged = judgeDirectory(*facts.directory)) {
            judged->evidence = evidence + judged->evidence;
            judged->details = details + judged->details;
            return *judged;
        }
    }
    if (facts.adConnectivity.failed() || errorIsMine) {
        QStringList mine = facts.adConnectivity.value.codes;
        if (errorIsMine) {
            mine += registrationErrorCodes(facts);
        }
        mine.removeDuplicates();
        // On VPN now, with a domain controller in reach (or not tried): the sign-in came too early.
        const bool dcReachableNow = !facts.directory || facts.directory->ldapReached();
        if (facts.vpn.onVpn && dcReachableNow) {
            return makeResult(kVpnLate, evidence + facts.vpn.evidence, details, mine);
        }
        return makeResult(kNoDc,
                          evidence + (facts.vpn.checked ? facts.vpn.evidence : EvidenceList{}),
                          details, mine);
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
