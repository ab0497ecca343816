#pragma once
// A fleet: one row per device, judged from what an IT department collected (captures, capture
// folders, saved dsregcmd outputs, an Intune Remediations export), the inputs that could not be
// judged and why, and the counts the fleet report shows.

#include "core/tr_text.h"
#include "facts/facts.h"
#include "report/analysis.h"
#include "steps/check_result.h"

#include <array>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jd {

inline TrText fleetText(const char *source)
{
    return TrText{"Fleet", source, {}};
}

// Text from a file or an export as it may be shown in a terminal, a tooltip or a cell: control
// characters (escape sequences, line breaks) become spaces.
QString fleetSafeText(const QString &text);

struct FleetRow
{
    QString device; // as the data names it; the file's base name when it does not
    JoinType joinType = JoinType::Unknown;
    Verdict verdict = Verdict::Unknown;
    int firstFailingStep = 0; // 0 = none
    std::array<StepStatus, 6> status{StepStatus::NotRun, StepStatus::NotRun, StepStatus::NotRun,
                                     StepStatus::NotRun, StepStatus::NotRun, StepStatus::NotRun};
    std::array<QString, 6> codes;
    QDateTime dataTime;            // when the data was taken; invalid when nothing tells
    bool dataTimeFromFile = false; // only the file's modification time tells
    QString source;                // relative to the fleet path; "export.csv:12" for a CSV record
    QString path; // the input itself, to open its six steps; empty for an Intune record

    // The first failing step's code; empty when no step failed.
    QString code() const
    {
        return firstFailingStep > 0 ? codes.at(size_t(firstFailingStep - 1)) : QString();
    }
};

// An input that gave no row: unreadable, not dsregcmd output, too large, or older data of a
// device that has newer data elsewhere in the fleet.
struct FleetProblem
{
    QString source;
    TrText reason;
};

// How many devices fail, warn, pass or are not judged (unknown, not applicable) at one step.
struct FleetStepCounts
{
    int failed = 0;
    int warning = 0;
    int passed = 0;
    int unknown = 0;
};

struct FleetCodeCount
{
    QString code;
    int step = 0;
    StepStatus status = StepStatus::NotRun;
    int devices = 0;
};

struct FleetReport
{
    QString path;         // the folder or file given
    QList<FleetRow> rows; // one per device, by device name
    QList<FleetProblem> problems;
    int inputCount = 0; // files, capture folders and CSV rows read
    std::array<FleetStepCounts, 6> steps;
    QList<FleetCodeCount> topCodes; // codes of failed and warning steps, most devices first
    QDateTime createdAt;
    bool redacted = false; // device names and sources replaced by numbers
    bool cancelled = false;
};

// Counts per step and the top codes from the rows.
void summariseFleet(FleetReport &report);

// Ids as the JSON report and the Intune detection line write them, back to values; false when
// the id is not one.
bool stepStatusFromId(const QString &id, StepStatus *status);
bool verdictFromId(const QString &id, Verdict *verdict);
bool joinTypeFromId(const QString &id, JoinType *type);

} // namespace jd
