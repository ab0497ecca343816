#include "report/report_labels.h"

#include "steps/step_check.h"

namespace jd {

namespace {
TrText r(const char *source)
{
    return reportText(source);
}
} // namespace

TrText statusLabel(StepStatus status)
{
    switch (status) {
    case StepStatus::Passed:
        //: Status word next to an icon: the step passed.
        return r(QT_TRANSLATE_NOOP("Report", "OK"));
    case StepStatus::Warning:
        return r(QT_TRANSLATE_NOOP("Report", "Warning"));
    case StepStatus::Failed:
        //: Status word next to an icon: the step failed.
        return r(QT_TRANSLATE_NOOP("Report", "Failed"));
    case StepStatus::Unknown:
        return r(QT_TRANSLATE_NOOP("Report", "Unknown"));
    case StepStatus::NotApplicable:
        return r(QT_TRANSLATE_NOOP("Report", "Not applicable"));
    case StepStatus::NotRun:
        break;
    }
    return r(QT_TRANSLATE_NOOP("Report", "Not run"));
}

QString statusSymbol(StepStatus status)
{
    switch (status) {
    case StepStatus::Passed:
        return QStringLiteral("\u2714");
    case StepStatus::Warning:
        return QStringLiteral("\u26A0");
    case StepStatus::Failed:
        return QStringLiteral("\u2716");
    case StepStatus::Unknown:
        return QStringLiteral("?");
    case StepStatus::NotApplicable:
    case StepStatus::NotRun:
        break;
    }
    return QStringLiteral("\u2013");
}

TrText findingLabel(StepStatus status)
{
    //: Status word next to a further finding that is information, not a problem.
    return status == StepStatus::Passed ? r(QT_TRANSLATE_NOOP("Report", "Note"))
                                        : statusLabel(status);
}

QString findingSymbol(StepStatus status)
{
    return status == StepStatus::Passed ? QStringLiteral("\u2139") : statusSymbol(status);
}

TrText joinTypeLabel(JoinType type)
{
    switch (type) {
    case JoinType::Hybrid:
        return r(QT_TRANSLATE_NOOP("Report", "Hybrid Azure AD joined"));
    case JoinType::AzureAdJoined:
        return r(QT_TRANSLATE_NOOP("Report", "Azure AD joined (cloud only)"));
    case JoinType::DomainOnly:
        return r(QT_TRANSLATE_NOOP("Report", "Domain joined only (hybrid join not completed)"));
    case JoinType::RegisteredOnly:
        return r(QT_TRANSLATE_NOOP("Report", "Azure AD registered only"));
    case JoinType::Workgroup:
        return r(QT_TRANSLATE_NOOP("Report", "Workgroup (not joined)"));
    case JoinType::Unknown:
        break;
    }
    return r(QT_TRANSLATE_NOOP("Report", "Unknown"));
}

TrText prtLabel(PrtState state)
{
    switch (state) {
    case PrtState::Present:
        return r(QT_TRANSLATE_NOOP("Report", "Present"));
    case PrtState::Missing:
        return r(QT_TRANSLATE_NOOP("Report", "Missing"));
    case PrtState::Unknown:
        break;
    }
    return r(QT_TRANSLATE_NOOP("Report", "Unknown"));
}

TrText verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Healthy:
        return r(QT_TRANSLATE_NOOP("Report", "No problem found"));
    case Verdict::Problem:
        return r(QT_TRANSLATE_NOOP("Report", "Problem found"));
    case Verdict::OutOfScope:
        return r(QT_TRANSLATE_NOOP("Report", "Hybrid join not possible here"));
    case Verdict::Unknown:
        break;
    }
    return r(QT_TRANSLATE_NOOP("Report", "Not enough information"));
}

QString verdictHeadline(const Analysis &analysis, const Language &language)
{
    if (analysis.firstFailingStep != 0) {
        const CheckResult &first = analysis.step(analysis.firstFailingStep);
        return language.tr(
            r(QT_TRANSLATE_NOOP("Report", "The registration stops at step %1, %2 (code %4): %3"))
                .with({QString::number(first.step), language.tr(stepInfo(first.step).title),
                       language.tr(first.summary), first.code}));
    }
    const JoinType type = analysis.facts.joinType;
    if (type == JoinType::Workgroup) {
        return language.tr(r(QT_TRANSLATE_NOOP(
            "Report", "Hybrid join cannot happen here: the device is in a workgroup, not joined "
                      "to the company's domain. If it is meant to be hybrid joined, IT joins it "
                      "to the domain first.")));
    }
    if (type == JoinType::RegisteredOnly) {
        return language.tr(r(QT_TRANSLATE_NOOP(
            "Report", "Hybrid join cannot happen here: the device is only registered in Azure AD "
                      "(a work account was added), not joined to the company's domain. If it is "
                      "meant to be hybrid joined, IT joins it to the domain first.")));
    }
    if (analysis.verdict == Verdict::Healthy) {
        return language.tr(
            type == JoinType::AzureAdJoined
                ? r(QT_TRANSLATE_NOOP("Report",
                                      "The device is Azure AD joined and the user has a PRT."))
                : r(QT_TRANSLATE_NOOP("Report",
                                      "The device is hybrid joined and the user has a PRT.")));
    }
    return language.tr(r(QT_TRANSLATE_NOOP(
        "Report", "No step failed, but some could not be judged from this input.")));
}

QString inputCoverageText(const Analysis &analysis, const Language &language)
{
    QStringList sentences;
    if (!analysis.missingSections.isEmpty()) {
        sentences.append(
            language.tr(r(QT_TRANSLATE_NOOP("Report", "This is part of an output: it has no %1.")))
                .arg(analysis.missingSections.join(QStringLiteral(", "))));
        if (analysis.facts.joinType == JoinType::Unknown) {
            sentences.append(language.tr(r(QT_TRANSLATE_NOOP(
                "Report", "Without the join flags (AzureAdJoined, DomainJoined) the kind of "
                          "join is not known."))));
        }
        QStringList steps;
        for (const int step : analysis.openSteps) {
            steps.append(QString::number(step));
        }
        sentences.append(steps.isEmpty()
                             ? language.tr(r(QT_TRANSLATE_NOOP(
                                   "Report", "What is there is enough to judge every step.")))
                             : language
                                   .tr(r(QT_TRANSLATE_NOOP(
                                       "Report", "Steps left open by what is missing: %1. Run "
                                                 "dsregcmd /status and analyse the whole output "
                                                 "to judge them.")))
                                   .arg(steps.join(QStringLiteral(", "))));
    }
    if (!analysis.facts.document.traceLines.isEmpty()) {
        sentences.append(
            language
                .tr(r(QT_TRANSLATE_NOOP("Report", "The input holds a dsregcmd /debug trace "
                                                  "(%1 lines); its error codes are decoded "
                                                  "below.")))
                .arg(analysis.facts.document.traceLines.size()));
    }
    return sentences.join(u' ');
}

QString inputCoverageLine(const Analysis &analysis, const Language &language)
{
    if (analysis.missingSections.isEmpty()) {
        return {};
    }
    const QString sections = analysis.missingSections.join(QStringLiteral(", "));
    if (analysis.openSteps.isEmpty()) {
        return language
            .tr(r(QT_TRANSLATE_NOOP("Report", "Only part of an output (no %1), but enough to judge "
                                              "every step.")))
            .arg(sections);
    }
    QStringList steps;
    for (const int step : analysis.openSteps) {
        steps.append(QString::number(step));
    }
    return language
        .tr(r(QT_TRANSLATE_NOOP("Report", "Only part of an output: without %1, steps %2 cannot be "
                                          "judged.")))
        .arg(sections, steps.join(QStringLiteral(", ")));
}

QString deviceLabel(const Facts &facts)
{
    if (!facts.deviceName.isEmpty()) {
        return facts.deviceName;
    }
    if (!facts.domainName.isEmpty()) {
        return facts.domainName + QStringLiteral("\\?");
    }
    return QStringLiteral("?");
}

QString joinDoctorVersion()
{
    return QStringLiteral(JOINDOCTOR_VERSION_STRING);
}

} // namespace jd
