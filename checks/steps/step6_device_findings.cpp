#include "steps/step6_device_findings.h"

#include "facts/capture_runner.h"
#include "steps/check_support.h"
#include "steps/step6_hello_findings.h"

#include <QRegularExpression>

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

constexpr qint64 kDay = 24 * 3600;

const ResultCodeDef kCertExpired{
    6,
    "S6-DEVICE-CERT-EXPIRED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The device certificate has expired.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The device proves who it is to Azure AD with this certificate; once it "
                        "has expired, the device cannot authenticate and no PRT is issued.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT runs dsregcmd /leave as administrator, restarts the "
                                   "computer and lets the user sign in, so the device registers "
                                   "again with a new certificate."))}};
const ResultCodeDef kCertExpiring{
    6,
    "S6-DEVICE-CERT-EXPIRING",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "The device certificate expires within 30 days.")),
    t(QT_TRANSLATE_NOOP("Checks", "Windows normally renews it in time; if it expires, the device "
                                  "can no longer authenticate to Azure AD.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Keep the device online and on the company network so it can "
                                   "renew; if the date does not move, IT re-registers the device "
                                   "(dsregcmd /leave, restart, sign in)."))}};
const ResultCodeDef kKeysNotInTpm{
    6,
    "S6-KEYS-NOT-IN-TPM",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "The device keys are not protected by the security chip (TPM).")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The keys are kept in software, so they can be copied off the device, and "
                        "device-bound sign-in (the PRT's key) is weaker. It usually means the TPM "
                        "was missing, off or not ready when the device registered.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT checks the TPM (tpm.msc: ready for use, firmware up to "
                                   "date), then re-registers the device (dsregcmd /leave, restart, "
                                   "sign in) so the keys are made in the TPM."))}};
const ResultCodeDef kTpmError{
    6,
    "S6-TPM-ERROR",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The security chip (TPM) reported an error.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "A TPM or key storage error is written in the output: the device key in "
                        "the TPM could not be used, so the device cannot prove who it is.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Look up the error code below. Do not clear the TPM; update its "
                                   "firmware. After a lockout, wait and sign in again.")),
     t(QT_TRANSLATE_NOOP("Checks",
                         "If the key is gone (NTE_BAD_KEYSET), IT runs dsregcmd /leave as "
                         "administrator, restarts, and the user signs in."))}};
const ResultCodeDef kKeySignFailed{
    6,
    "S6-KEY-SIGN-TEST-FAILED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "Windows' own test of the device key failed (KeySignTest).")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The device could not sign with its key, so it cannot authenticate to "
                        "Azure AD; the key or the TPM holding it is broken.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT runs dsregcmd /leave as administrator, restarts the "
                                   "computer and lets the user sign in, so the device registers "
                                   "again with a new key."))}};
const ResultCodeDef kWamNotDefault{
    6,
    "S6-WAM-NOT-DEFAULT",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "Azure AD is not the default work account for this user "
                                  "(WamDefaultSet).")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "Windows has not set up the user's Azure AD account as the default for "
                        "apps (Web Account Manager), so single sign-on in Office and other apps "
                        "may keep asking for a password.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Sign out and in again with the work account; if it stays NO, "
                         "IT looks up the error code and checks the AAD/Operational event "
                         "log."))}};
const ResultCodeDef kBuiltInAdmin{
    6,
    "S6-BUILT-IN-ADMINISTRATOR",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "The output was taken as the built-in Administrator account.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The built-in Administrator cannot complete a hybrid join or get a PRT, so "
                        "its sign-in state says nothing about the users' sign-in.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Sign in as an ordinary domain user (not Administrator), run "
                                   "dsregcmd /status there, and analyse that output."))}};
const ResultCodeDef kDeviceAuthFailed{
    6,
    "S6-DEVICE-AUTH-FAILED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The device could not authenticate to Azure AD "
                                  "(DeviceAuthStatus).")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "Windows' test of the device's sign-in to Azure AD failed, so the device "
                        "cannot get tokens; without it there is no PRT either.")),
    {t(QT_TRANSLATE_NOOP(
        "Checks", "Check the connection to login.microsoftonline.com, then look "
                  "up the device in the Microsoft Entra admin center (enabled?); if it is there "
                  "and enabled, IT re-registers the device (dsregcmd /leave, "
                  "restart, sign in)."))}};
const ResultCodeDef kPrtExpired{
    6,
    "S6-PRT-EXPIRED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The PRT had expired when the output was taken.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "Windows renews the PRT every few hours while the user is signed in; an "
                        "expired PRT means renewal has failed for days.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Lock the computer (Windows key + L) and unlock it, wait a "
                                   "minute, and run the analysis again; if it stays expired, look "
                                   "at the failed attempts in the AAD/Operational event log."))}};
const ResultCodeDef kPrtExpiring{
    6,
    "S6-PRT-EXPIRING",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "The PRT expires within a day.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "A PRT that is renewed as it should be never gets this close to its "
                        "expiry time, so renewal has not worked for a while.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Lock the computer (Windows key + L) and unlock it, wait a "
                                   "minute, and run the analysis again."))}};

bool isTpmCode(const QString &code)
{
    static const QStringList exact{QStringLiteral("0x80090016"), QStringLiteral("0x80090030"),
                                   QStringLiteral("0x80090031"), QStringLiteral("0x801c0010"),
                                   QStringLiteral("0x801c0011")};
    // 0x8028…: TPM_E_*, 0x8029…: TBS and the platform crypto provider.
    return exact.contains(code) || code.startsWith(u"0x8028") || code.startsWith(u"0x8029");
}

void judgeCertificate(const Facts &facts, QList<CheckResult> &out)
{
    const std::optional<QDateTime> until =
        certificateValidUntil(fieldValue(facts, "DeviceCertificateValidity", {"Device Details"}));
    const QDateTime reference = outputTimeLowerBound(facts);
    if (!until || !reference.isValid()) {
        return;
    }
    const EvidenceList evidence =
        fieldEvidence(facts, {"DeviceCertificateValidity", "Client Time", "AzureAdPrtUpdateTime"});
    const qint64 left = reference.secsTo(*until);
    if (left <= 0) {
        out.append(makeResult(kCertExpired, evidence));
    } else if (left <= 30 * kDay) {
        out.append(makeResult(
            kCertExpiring, evidence,
            {t(QT_TRANSLATE_NOOP("Checks", "It is valid until %1, at most %2 days after the "
                                           "output was taken."))
                 .with(
                     {until->toString(Qt::ISODate), QString::number((left + kDay - 1) / kDay)})}));
    }
}

void judgeKeys(const Facts &facts, QList<CheckResult> &out)
{
    const QString provider = fieldValue(facts, "KeyProvider", {"Device Details"});
    const Tri tpmProtected = parseYesNo(fieldValue(facts, "TpmProtected", {"Device Details"}));
    if (tpmProtected == Tri::No ||
        provider.contains(QStringLiteral("Software Key Storage"), Qt::CaseInsensitive)) {
        out.append(
            makeResult(kKeysNotInTpm, fieldEvidence(facts, {"KeyProvider", "TpmProtected"})));
    }
    const TpmErrors tpm = tpmErrorsIn(facts);
    if (!tpm.codes.isEmpty()) {
        out.append(makeResult(kTpmError, tpm.evidence, {}, tpm.codes));
    }
    if (facts.keySignTest.verdict == TestVerdict::Fail) {
        out.append(makeResult(kKeySignFailed, fieldEvidence(facts, {"KeySignTest"}), {},
                              facts.keySignTest.codes));
    }
}

void judgeUserState(const Facts &facts, QList<CheckResult> &out)
{
    // The user's Web Account Manager state means nothing as SYSTEM, and run elevated it may
    // show an error the user does not have; a plain NO is the user's.
    const CaptureRunner runner = captureRunnerOf(facts);
    const QString wam = fieldValue(facts, "WamDefaultSet", {"User State"});
    const bool error = parseTestValue(wam).verdict == TestVerdict::Error;
    if (runner != CaptureRunner::System &&
        (parseYesNo(wam) == Tri::No || (error && runner != CaptureRunner::ElevatedUser))) {
        out.append(makeResult(kWamNotDefault, fieldEvidence(facts, {"WamDefaultSet"}), {},
                              findErrorCodes(wam)));
    }
}

bool isBuiltInAdministrator(const Facts &facts)
{
    // "DOMAIN\Administrator, Administrator": the account before the comma. The name is the
    // English one or a common translation; a renamed account is still found by its SID (RID 500).
    static const QStringList names{
        QStringLiteral("Administrator"), QStringLiteral("Administrateur"),
        QStringLiteral("Administrador"), QStringLiteral("Amministratore"),
        QStringLiteral("Administratör")};
    const QString account =
        fieldValue(facts, "Executing Account Name").section(QLatin1Char(','), 0, 0).trimmed();
    const QString name = account.section(QLatin1Char('\\'), -1).trimmed();
    if (!name.isEmpty() && names.contains(name, Qt::CaseInsensitive)) {
        return true;
    }
    static const QRegularExpression rid500(QStringLiteral("\\bS-1-5-21(-\\d+){3}-500\\b"));
    for (const DsregField *f : facts.document.allFields()) {
        if (f->value.contains(QLatin1String("-500")) && rid500.match(f->value).hasMatch()) {
            return true;
        }
    }
    return false;
}

void judgeAccountAndAuth(const Facts &facts, QList<CheckResult> &out)
{
    if (isBuiltInAdministrator(facts)) {
        out.append(makeResult(kBuiltInAdmin, fieldEvidence(facts, {"Executing Account Name"})));
    }
    // Step 2 judges an untested hybrid device's authentication, and disabled or deleted has its
    // own result; every other failure, on every join type, is a step 6 finding.
    const bool untestedHybrid =
        facts.joinType == JoinType::Hybrid && facts.deviceAuth == DeviceAuthState::TestError;
    if ((facts.deviceAuth == DeviceAuthState::TestError ||
         facts.deviceAuth == DeviceAuthState::Other) &&
        !untestedHybrid) {
        const QString value = fieldValue(facts, "DeviceAuthStatus");
        out.append(makeResult(kDeviceAuthFailed, fieldEvidence(facts, {"DeviceAuthStatus"}), {},
                              findErrorCodes(value)));
    }
}

void judgePrtAge(const Facts &facts, QList<CheckResult> &out)
{
    if (facts.prt != PrtState::Present || !facts.clientTime.isValid()) {
        return; // only the output's own time tells how old the PRT was then
    }
    const QDateTime expiry =
        parseUtcTimestamp(fieldValue(facts, "AzureAdPrtExpiryTime", {"SSO State"}));
    if (!expiry.isValid()) {
        return;
    }
    const EvidenceList evidence = fieldEvidence(facts, {"AzureAdPrtExpiryTime", "Client Time"});
    const qint64 left = facts.clientTime.secsTo(expiry);
    if (left <= 0) {
        out.append(makeResult(kPrtExpired, evidence));
    } else if (left <= kDay) {
        out.append(makeResult(kPrtExpiring, evidence));
    }
}

} // namespace

QDateTime outputTimeLowerBound(const Facts &facts)
{
    if (facts.clientTime.isValid()) {
        return facts.clientTime;
    }
    QDateTime newest;
    for (const DsregField *f : facts.document.allFields()) {
        if (f->key.contains(u"expiry") || f->key.contains(u"validity")) {
            continue; // future times
        }
        const QDateTime when = parseUtcTimestamp(f->value);
        if (when.isValid() && (!newest.isValid() || when > newest)) {
            newest = when;
        }
    }
    return newest;
}

std::optional<QDateTime> certificateValidUntil(const QString &value)
{
    const qsizetype dash = value.indexOf(QStringLiteral("--"));
    if (dash < 0) {
        return std::nullopt;
    }
    QString end = value.mid(dash + 2).trimmed();
    if (end.endsWith(QLatin1Char(']'))) {
        end.chop(1);
    }
    const QDateTime when = parseUtcTimestamp(end.trimmed());
    return when.isValid() ? std::optional<QDateTime>(when) : std::nullopt;
}

TpmErrors tpmErrorsIn(const Facts &facts)
{
    TpmErrors found;
    for (const DsregField *f : facts.document.allFields()) {
        bool here = false;
        for (const QString &code : findErrorCodes(f->value)) {
            if (isTpmCode(code)) {
                here = true;
                if (!found.codes.contains(code)) {
                    found.codes.append(code);
                }
            }
        }
        if (here) {
            found.evidence.append(evidenceOf(*f));
        }
    }
    return found;
}

QList<CheckResult> deviceHealthFindings(const Facts &facts)
{
    QList<CheckResult> out;
    if (facts.joinType != JoinType::Hybrid && facts.joinType != JoinType::AzureAdJoined &&
        facts.joinType != JoinType::Unknown) {
        return out;
    }
    judgeAccountAndAuth(facts, out);
    judgeKeys(facts, out);
    judgeCertificate(facts, out);
    judgeUserState(facts, out);
    out += helloFindings(facts);
    judgePrtAge(facts, out);
    return out;
}

QList<const ResultCodeDef *> deviceHealthCodes()
{
    return {&kDeviceAuthFailed, &kCertExpired,  &kKeySignFailed, &kTpmError,
            &kPrtExpired,       &kCertExpiring, &kKeysNotInTpm,  &kWamNotDefault,
            helloCode(),        &kBuiltInAdmin, &kPrtExpiring};
}

} // namespace jd
