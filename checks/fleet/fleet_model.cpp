#include "fleet/fleet_model.h"

#include <QHash>

#include <algorithm>

namespace jd {

QString fleetSafeText(const QString &text)
{
    QString safe = text;
    for (QChar &c : safe) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u < 0xA0)) {
            c = u' ';
        }
    }
    return safe;
}

void summariseFleet(FleetReport &report)
{
    report.steps = {};
    QHash<QString, FleetCodeCount> codes;
    for (const FleetRow &row : std::as_const(report.rows)) {
        for (int i = 0; i < 6; ++i) {
            FleetStepCounts &counts = report.steps.at(size_t(i));
            const StepStatus status = row.status.at(size_t(i));
            switch (status) {
            case StepStatus::Failed:
                ++counts.failed;
                break;
            case StepStatus::Warning:
                ++counts.warning;
                break;
            case StepStatus::Passed:
                ++counts.passed;
                break;
            case StepStatus::Unknown:
            case StepStatus::NotApplicable:
            case StepStatus::NotRun:
                ++counts.unknown;
                break;
            }
            const QString &code = row.codes.at(size_t(i));
            if ((status == StepStatus::Failed || status == StepStatus::Warning) &&
                !code.isEmpty()) {
                FleetCodeCount &count = codes[code];
                count.code = code;
                count.step = i + 1;
                count.status = status;
                ++count.devices;
            }
        }
    }
    report.topCodes = codes.values();
    std::sort(report.topCodes.begin(), report.topCodes.end(),
              [](const FleetCodeCount &a, const FleetCodeCount &b) {
                  if (a.devices != b.devices) {
                      return a.devices > b.devices;
                  }
                  return a.step != b.step ? a.step < b.step : a.code < b.code;
              });
}

bool stepStatusFromId(const QString &id, StepStatus *status)
{
    for (const StepStatus candidate :
         {StepStatus::Passed, StepStatus::Warning, StepStatus::Failed, StepStatus::Unknown,
          StepStatus::NotApplicable, StepStatus::NotRun}) {
        if (statusId(candidate) == id) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

bool verdictFromId(const QString &id, Verdict *verdict)
{
    for (const Verdict candidate :
         {Verdict::Healthy, Verdict::Problem, Verdict::Unknown, Verdict::OutOfScope}) {
        if (verdictId(candidate) == id) {
            *verdict = candidate;
            return true;
        }
    }
    return false;
}

bool joinTypeFromId(const QString &id, JoinType *type)
{
    for (const JoinType candidate :
         {JoinType::Unknown, JoinType::Hybrid, JoinType::AzureAdJoined, JoinType::DomainOnly,
          JoinType::RegisteredOnly, JoinType::Workgroup}) {
        if (joinTypeId(candidate) == id) {
            *type = candidate;
            return true;
        }
    }
    return false;
}

} // namespace jd
