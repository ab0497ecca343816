#include "steps/step6_mdm_findings.h"

#include "steps/check_support.h"

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

const ResultCodeDef kEnrollmentWithoutCompliance{
    6,
    "S6-MDM-NO-COMPLIANCE-URL",
    StepStatus::Passed, // information: the join and the PRT do not depend on it
    t(QT_TRANSLATE_NOOP("Checks", "For the technician: MDM enrollment is set up, but no "
                                  "compliance URL is given.")),
    t(QT_TRANSLATE_NOOP("Checks", "The tenant gives an MDM enrollment URL (MdmUrl) but no "
                                  "MdmComplianceUrl. Without it, a device that is not compliant "
                                  "cannot send the user to the page that says why.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT checks the MDM application's settings in Azure AD "
                                   "(Mobility (MDM and MAM)): the compliance URL should be "
                                   "filled in."))}};
const ResultCodeDef kComplianceWithoutEnrollment{
    6,
    "S6-MDM-NO-ENROLLMENT-URL",
    StepStatus::Passed, // information: the join and the PRT do not depend on it
    t(QT_TRANSLATE_NOOP("Checks", "For the technician: a compliance URL is given, but no MDM "
                                  "enrollment URL.")),
    t(QT_TRANSLATE_NOOP("Checks", "The tenant gives an MdmComplianceUrl but no MdmUrl, so the "
                                  "device is not enrolled in MDM automatically: typically the "
                                  "user is outside the MDM user scope.")),
    {t(QT_TRANSLATE_NOOP("Checks", "If the device should be managed by Intune, IT checks the MDM "
                                   "user scope in Azure AD (Mobility (MDM and MAM)) and the "
                                   "enrollment group policy."))}};

} // namespace

QList<CheckResult> mdmFindings(const Facts &facts)
{
    // Both lines must be printed (a cut-off paste may hold only one), one of them empty.
    const DsregSection *tenant = facts.document.section(QStringLiteral("Tenant Details"));
    auto field = [tenant](QStringView key) -> const DsregField * {
        for (const DsregField &f : tenant->fields) {
            if (f.key == key) {
                return &f;
            }
        }
        return nullptr;
    };
    const DsregField *enrollmentField = tenant ? field(u"mdmurl") : nullptr;
    const DsregField *complianceField = tenant ? field(u"mdmcomplianceurl") : nullptr;
    if (!enrollmentField || !complianceField) {
        return {};
    }
    const bool enrollment = !enrollmentField->value.trimmed().isEmpty();
    const bool compliance = !complianceField->value.trimmed().isEmpty();
    const EvidenceList evidence = fieldEvidence(facts, {"MdmUrl", "MdmComplianceUrl"});
    if (enrollment && !compliance) {
        return {makeResult(kEnrollmentWithoutCompliance, evidence)};
    }
    if (compliance && !enrollment) {
        return {makeResult(kComplianceWithoutEnrollment, evidence)};
    }
    return {};
}

QList<const ResultCodeDef *> mdmCodes()
{
    return {&kEnrollmentWithoutCompliance, &kComplianceWithoutEnrollment};
}

} // namespace jd
