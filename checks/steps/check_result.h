#pragma once
// The value a step check returns: verdict, stable code, untranslated texts, evidence. Plain data,
// safe to copy across threads and to render in any language later.

#include "core/evidence.h"
#include "core/tr_text.h"

#include <chrono>
#include <QList>
#include <QString>
#include <QStringList>

namespace jd {

// Zero means "not run", so a default-constructed result can never be mistaken for a verdict.
enum class StepStatus
{
    NotRun = 0,
    Passed,
    Warning,
    Failed,
    Unknown,
    NotApplicable
};

QString statusId(StepStatus status); // JSON ids: "passed", "warning", "failed", …

// One result code as shipped: the code (read aloud by users, quoted by helpdesk scripts, so it
// never changes), the status it carries and its generic texts.
struct ResultCodeDef
{
    int step = 0;
    const char *code = "";
    StepStatus status = StepStatus::NotRun;
    TrText summary;     // one line: what was found
    TrText explanation; // what it means
    QList<TrText> nextSteps;
};

// A further finding in the same step, beside the headline: its own stable code, status, texts
// and evidence (a key outside the TPM next to a missing PRT, say).
struct Finding
{
    QString code;
    StepStatus status = StepStatus::NotRun;
    TrText summary;
    TrText explanation;
    QList<TrText> nextSteps;
    QList<TrText> details;
    EvidenceList evidence;
    QStringList errorCodes;
};

struct CheckResult
{
    int step = 0;
    StepStatus status = StepStatus::NotRun;
    QString code;
    TrText summary;
    TrText explanation;
    QList<TrText> nextSteps;
    QList<TrText> details;   // facts specific to this device ("The last attempt failed at …")
    EvidenceList evidence;   // the fields the verdict rests on
    QStringList errorCodes;  // Windows/Azure codes behind the verdict, for the catalogue
    QList<Finding> findings; // every other finding in this step, most important first
    std::chrono::microseconds duration{0};
};

// "S<step>-TIMEOUT": the check did not answer within the runner's time-out.
const ResultCodeDef &timeoutResultCode(int step);

CheckResult makeResult(const ResultCodeDef &def, EvidenceList evidence = {},
                       QList<TrText> details = {}, QStringList errorCodes = {});

// The more serious of two statuses for the headline: failed, then warning, then unknown; passed
// and not applicable are the least.
int statusWeight(StepStatus status);

// The headline (chosen by the step's own order) and every other condition found in the step:
// a condition weighing more than the headline becomes the headline (a passed or not applicable
// headline is then dropped, an unknown one kept as a finding); the rest, without repeats of the
// headline's code, become its findings, the most serious first.
CheckResult withFindings(CheckResult headline, QList<CheckResult> conditions);

} // namespace jd
