#include "check_result.h"

namespace jd {

QString statusId(StepStatus status)
{
    switch (status) {
    case StepStatus::Passed:
        return QStringLiteral("passed");
    case StepStatus::Warning:
        return QStringLiteral("warning");
    case StepStatus::Failed:
        return QStringLiteral("failed");
    case StepStatus::Unknown:
        return QStringLiteral("unknown");
    case StepStatus::NotApplicable:
        return QStringLiteral("notApplicable");
    case StepStatus::NotRun:
        break;
    }
    return QStringLiteral("notRun");
}

CheckResult makeResult(const ResultCodeDef &def, EvidenceList evidence, QList<TrText> details,
                       QStringList errorCodes)
{
    CheckResult result;
    result.step = def.step;
    result.status = def.status;
    result.code = QString::fromLatin1(def.code);
    result.summary = def.summary;
    result.explanation = def.explanation;
    result.nextSteps = def.nextSteps;
    result.details = std::move(details);
    result.evidence = std::move(evidence);
    result.errorCodes = std::move(errorCodes);
    return result;
}

} // namespace jd
