#include "steps/step6_hello_findings.h"

#include "steps/check_support.h"

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

const ResultCodeDef kHelloNotProvisioned{
    6,
    "S6-WHFB-WILL-NOT-PROVISION",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "Windows Hello for Business will not be set up for this user.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The policy asks for Windows Hello for Business, but at least one of "
                        "Windows' prerequisites is not met (PreReqResult: WillNotProvision); "
                        "the ones that are not met are listed below.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Fix the prerequisites listed, then sign out and in again; "
                                   "Windows offers the Hello setup after sign-in."))}};
struct HelloPrerequisite
{
    const char *field;
    TrText meaning;
};

} // namespace

QList<CheckResult> helloFindings(const Facts &facts)
{
    const char *section = "Ngc Prerequisite Check";
    if (fieldValue(facts, "PreReqResult", {section})
                .compare(u"WillNotProvision", Qt::CaseInsensitive) != 0 ||
        parseYesNo(fieldValue(facts, "PolicyEnabled", {section})) == Tri::No) {
        return {}; // provisioning is not asked for, or will happen
    }
    static const HelloPrerequisite prerequisites[] = {
        {"IsDeviceJoined", t(QT_TRANSLATE_NOOP("Checks", "IsDeviceJoined is NO: the device is not "
                                                         "joined to Azure AD."))},
        {"IsUserAzureAD", t(QT_TRANSLATE_NOOP("Checks", "IsUserAzureAD is NO: the signed-in user "
                                                        "is not an Azure AD user (a local account, "
                                                        "or not synced)."))},
        {"PostLogonEnabled", t(QT_TRANSLATE_NOOP("Checks", "PostLogonEnabled is NO: Windows does "
                                                           "not start the Hello setup after "
                                                           "sign-in."))},
        {"DeviceEligible", t(QT_TRANSLATE_NOOP("Checks", "DeviceEligible is NO: the device does "
                                                         "not meet Hello's hardware requirements "
                                                         "(a usable TPM, for example)."))},
        {"SessionIsNotRemote", t(QT_TRANSLATE_NOOP("Checks", "SessionIsNotRemote is NO: this is a "
                                                             "remote session, where Hello is never "
                                                             "set up."))},
        {"AdfsRefreshToken", t(QT_TRANSLATE_NOOP("Checks", "AdfsRefreshToken is NO: the user has "
                                                           "no Enterprise PRT from AD FS, which "
                                                           "certificate trust needs."))},
        {"LogonCertTemplateReady", t(QT_TRANSLATE_NOOP("Checks", "LogonCertTemplateReady is NO: "
                                                                 "the certificate template for "
                                                                 "Hello sign-in is not ready."))},
    };
    QList<TrText> unmet;
    EvidenceList evidence = fieldEvidence(facts, {"PreReqResult", "PolicyEnabled"});
    for (const HelloPrerequisite &p : prerequisites) {
        const DsregField *f = facts.document.find(QLatin1StringView(p.field), {section});
        if (f && parseYesNo(f->value) == Tri::No) {
            unmet.append(p.meaning);
            evidence.append(evidenceOf(*f));
        }
    }
    return {makeResult(kHelloNotProvisioned, evidence, unmet)};
}

const ResultCodeDef *helloCode()
{
    return &kHelloNotProvisioned;
}

} // namespace jd
