#include "fleet/fleet_report.h"

#include "report/report_labels.h"
#include "steps/step_check.h"

namespace jd {

namespace {

// At most this many inputs that could not be judged are listed in the terminal; the files list
// them all.
constexpr int kProblemsInText = 20;

} // namespace

QString renderFleetText(const FleetReport &report, const Language &lang)
{
    auto say = [&lang](const char *source) {
        return lang.tr(fleetText(source));
    };
    auto n = [&lang](qsizetype value) {
        return lang.locale().toString(qlonglong(value));
    };
    QString t;
    t += say(QT_TRANSLATE_NOOP("Fleet", "JoinDoctor fleet report")) + u'\n';
    if (!report.path.isEmpty()) {
        t += lang.tr(fleetText(QT_TRANSLATE_NOOP("Fleet", "Read from: %1")).with({report.path})) +
             u'\n';
    }
    t += lang.tr(
             fleetText(QT_TRANSLATE_NOOP("Fleet", "Devices: %1 (inputs read: %2, not judged: %3)"))
                 .with({n(report.rows.size()), n(report.inputCount), n(report.problems.size())})) +
         u'\n';
    QStringList verdicts;
    for (const auto &[verdict, count] : fleetVerdictCounts(report)) {
        verdicts << n(count) + u' ' + lang.tr(verdictLabel(verdict));
    }
    t += verdicts.join(QStringLiteral(" \u00b7 ")) + QStringLiteral("\n\n");

    const QString failed = lang.tr(statusLabel(StepStatus::Failed));
    const QString warning = lang.tr(statusLabel(StepStatus::Warning));
    const QString passed = lang.tr(statusLabel(StepStatus::Passed));
    const QString unknown = lang.tr(statusLabel(StepStatus::Unknown));
    t += say(QT_TRANSLATE_NOOP("Fleet", "Step")).leftJustified(44) + failed.rightJustified(9) +
         warning.rightJustified(9) + passed.rightJustified(9) + unknown.rightJustified(9) + u'\n';
    for (int step = 1; step <= 6; ++step) {
        const FleetStepCounts &c = report.steps.at(size_t(step - 1));
        const QString title = QString::number(step) + u' ' + lang.tr(stepInfo(step).title);
        t += title.leftJustified(44, u' ', true) + n(c.failed).rightJustified(9) +
             n(c.warning).rightJustified(9) + n(c.passed).rightJustified(9) +
             n(c.unknown).rightJustified(9) + u'\n';
    }

    if (!report.topCodes.isEmpty()) {
        t += u'\n' + say(QT_TRANSLATE_NOOP("Fleet", "Top codes")).leftJustified(38) +
             say(QT_TRANSLATE_NOOP("Fleet", "Devices")).rightJustified(9) + u'\n';
        for (qsizetype i = 0; i < std::min<qsizetype>(report.topCodes.size(), 10); ++i) {
            const FleetCodeCount &code = report.topCodes.at(i);
            t += QStringLiteral("  %1%2").arg(code.code.leftJustified(36),
                                              n(code.devices).rightJustified(9));
            if (const ResultCodeDef *def = fleetCodeDefinition(code.code)) {
                t += QStringLiteral("\n      ") + lang.tr(def->summary);
                if (!def->nextSteps.isEmpty()) {
                    t += QStringLiteral("\n      \u2192 ") + lang.tr(def->nextSteps.first());
                }
            }
            t += u'\n';
        }
    }

    if (!report.problems.isEmpty()) {
        t += u'\n' +
             lang.tr(fleetText(QT_TRANSLATE_NOOP("Fleet", "Inputs not judged (%1):"))
                         .with({n(report.problems.size())})) +
             u'\n';
        for (qsizetype i = 0; i < std::min<qsizetype>(report.problems.size(), kProblemsInText);
             ++i) {
            const FleetProblem &p = report.problems.at(i);
            t += QStringLiteral("  %1: %2\n").arg(p.source, lang.tr(p.reason));
        }
        if (report.problems.size() > kProblemsInText) {
            t += QStringLiteral("  ") +
                 lang.tr(fleetText(QT_TRANSLATE_NOOP("Fleet",
                                                     "… and %1 more: --format html, csv or json "
                                                     "lists them all."))
                             .with({n(report.problems.size() - kProblemsInText)})) +
                 u'\n';
        }
    }
    return t;
}

} // namespace jd
