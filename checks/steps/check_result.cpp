#include "steps/check_result.h"

#include <algorithm>
#include <array>

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

const ResultCodeDef &timeoutResultCode(int step)
{
    static const auto make = [](int n, const char *code) {
        return ResultCodeDef{
            n,
            code,
            StepStatus::Unknown,
            checksText(QT_TRANSLATE_NOOP("Checks", "The check did not finish in time.")),
            checksText(QT_TRANSLATE_NOOP("Checks",
                                         "It was stopped because it took too long; usually "
                                         "a network or directory request got no answer.")),
            {checksText(QT_TRANSLATE_NOOP("Checks",
                                          "Run the checks again; if it happens again, check "
                                          "the network connection."))}};
    };
    static const std::array<ResultCodeDef, 6> defs = {make(1, "S1-TIMEOUT"), make(2, "S2-TIMEOUT"),
                                                      make(3, "S3-TIMEOUT"), make(4, "S4-TIMEOUT"),
                                                      make(5, "S5-TIMEOUT"), make(6, "S6-TIMEOUT")};
    return defs.at(size_t(std::clamp(step, 1, 6) - 1));
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

int statusWeight(StepStatus status)
{
    switch (status) {
    case StepStatus::Failed:
        return 3;
    case StepStatus::Warning:
        return 2;
    case StepStatus::Unknown:
        return 1;
    case StepStatus::Passed:
    case StepStatus::NotApplicable:
    case StepStatus::NotRun:
        break;
    }
    return 0;
}

namespace {

Finding findingOf(CheckResult r)
{
    return Finding{std::move(r.code),      r.status,
                   std::move(r.summary),   std::move(r.explanation),
                   std::move(r.nextSteps), std::move(r.details),
                   std::move(r.evidence),  std::move(r.errorCodes)};
}

} // namespace

CheckResult withFindings(CheckResult headline, QList<CheckResult> conditions)
{
    // Stable: among equals the step's own order decides.
    std::stable_sort(conditions.begin(), conditions.end(),
                     [](const CheckResult &a, const CheckResult &b) {
                         return statusWeight(a.status) > statusWeight(b.status);
                     });
    if (!conditions.isEmpty() &&
        statusWeight(conditions.first().status) > statusWeight(headline.status)) {
        CheckResult promoted = conditions.takeFirst();
        if (headline.status == StepStatus::Unknown) {
            conditions.prepend(headline);
        }
        promoted.findings = std::move(headline.findings);
        headline = std::move(promoted);
    }
    QStringList seen{headline.code};
    for (const Finding &f : std::as_const(headline.findings)) {
        seen.append(f.code);
    }
    for (CheckResult &c : conditions) {
        if (!seen.contains(c.code)) {
            seen.append(c.code);
            headline.findings.append(findingOf(std::move(c)));
        }
    }
    std::stable_sort(headline.findings.begin(), headline.findings.end(),
                     [](const Finding &a, const Finding &b) {
                         return statusWeight(a.status) > statusWeight(b.status);
                     });
    return headline;
}

} // namespace jd
