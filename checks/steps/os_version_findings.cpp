#include "steps/os_version_findings.h"

#include "steps/check_support.h"

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

const ResultCodeDef kDownLevel{
    5,
    "S5-OS-DOWN-LEVEL",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "This Windows is too old for hybrid join.")),
    t(QT_TRANSLATE_NOOP("Checks", "Windows 7 and Windows 8.1 are not supported and join only "
                                  "through a separate installer that Microsoft no longer "
                                  "offers. Hybrid join works on Windows 10 and later.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Upgrade the computer to a supported Windows 10 or Windows 11 "
                                   "version."))}};
const ResultCodeDef kBefore1803{
    5,
    "S5-OS-OLD-BUILD",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "This Windows 10 is older than version 1803.")),
    t(QT_TRANSLATE_NOOP("Checks", "The join works, but this version cannot fall back to sync "
                                  "join when the federated join fails, and it lacks later fixes "
                                  "to the registration (for example the fallback to software "
                                  "keys on TPM errors from version 1809).")),
    {t(QT_TRANSLATE_NOOP("Checks", "Update the computer to a supported Windows 10 or Windows 11 "
                                   "version."))}};
const ResultCodeDef kNoCloudKerberos{
    6,
    "S6-OS-NO-CLOUD-KERBEROS",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "This Windows is too old for Windows Hello for Business "
                                  "cloud Kerberos trust.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "Windows Hello for Business is used or asked for here. If it is deployed "
                        "with cloud Kerberos trust, it needs Windows 10 version 21H2 or Windows "
                        "11 with the update of February 2022 or later; on this version the "
                        "sign-in with Hello cannot reach resources in Active Directory. Key trust "
                        "and certificate trust are not affected.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Update Windows to version 21H2 or later with the current "
                                   "updates."))}};

} // namespace

QList<CheckResult> joinOsFindings(const Facts &facts)
{
    const OsFacts &os = facts.os;
    if (!os.known() || !hybridStepsApply(facts.joinType)) {
        return {};
    }
    if (os.major < 10) {
        return {makeResult(kDownLevel, {os.evidence})};
    }
    // Windows Server 2016 (14393) joins too; the 1803 line is Windows 10's.
    const bool server = os.name.contains(QStringLiteral("Server"), Qt::CaseInsensitive);
    if (os.major == 10 && !server && os.build > 0 && os.build < kBuildWindows10v1803) {
        return {makeResult(kBefore1803, {os.evidence})};
    }
    return {};
}

QList<CheckResult> cloudKerberosOsFindings(const Facts &facts)
{
    const OsFacts &os = facts.os;
    const bool joined = facts.joinType == JoinType::Hybrid ||
                        facts.joinType == JoinType::AzureAdJoined ||
                        facts.joinType == JoinType::Unknown;
    if (!joined || !os.known() || os.major < 10 || os.build <= 0 ||
        os.build >= kBuildWindows10v21H2) {
        return {};
    }
    const char *ngc = "Ngc Prerequisite Check";
    const bool helloWanted = parseYesNo(fieldValue(facts, "NgcSet", {"User State"})) == Tri::Yes ||
                             parseYesNo(fieldValue(facts, "PolicyEnabled", {ngc})) == Tri::Yes;
    if (!helloWanted) {
        return {};
    }
    return {makeResult(kNoCloudKerberos, EvidenceList{os.evidence} +
                                             fieldEvidence(facts, {"NgcSet", "PolicyEnabled"}))};
}

QList<const ResultCodeDef *> joinOsCodes()
{
    return {&kDownLevel, &kBefore1803};
}

QList<const ResultCodeDef *> cloudKerberosOsCodes()
{
    return {&kNoCloudKerberos};
}

} // namespace jd
