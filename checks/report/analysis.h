#pragma once
// The report model: the facts, one result per step, the overall verdict and every error code
// found in the input, decoded. Plain data; rendered as text, JSON or HTML in any language.

#include "core/cancel_token.h"
#include "facts/facts.h"
#include "input/input_problem.h"
#include "report/capture_trust.h"
#include "steps/check_result.h"
#include "steps/error_catalogue.h"

#include <array>
#include <optional>
#include <QByteArray>
#include <QDateTime>

namespace jd {

enum class Verdict
{
    Healthy,
    Problem,
    Unknown,
    OutOfScope // a workgroup or only registered device: hybrid join cannot happen here
};
QString verdictId(Verdict verdict); // "healthy", "problem", "unknown", "outOfScope"

struct FoundErrorCode
{
    QString id;                          // "0x801c03f2", "AADSTS50126"
    const ErrorCodeInfo *info = nullptr; // nullptr when not in the catalogue
    EvidenceList foundIn;
};

struct Analysis
{
    Facts facts;
    QString encoding; // how the input was decoded ("UTF-16LE", …)
    QDateTime analysedAt;
    std::array<CheckResult, 6> steps;
    int firstFailingStep = 0; // 0 = none
    Verdict verdict = Verdict::Unknown;
    QList<FoundErrorCode> errorCodes;
    // What a partial paste leaves out: the sections a full dsregcmd /status output of this kind
    // of device has that the input lacks, and the steps left open (unknown) without them.
    QStringList missingSections;
    QList<int> openSteps;
    CaptureTrust trust; // who took the output, where and how long before the analysis

    const CheckResult &step(int number) const { return steps.at(size_t(number - 1)); }
};

class StepCheck;

// Derives the first failing step, the verdict and the decoded error codes from the step results.
void finaliseAnalysis(Analysis &analysis);
// Runs one check and records how long it took.
CheckResult runTimedCheck(const StepCheck &check, const Facts &facts, const CancelToken &cancel);
// Runs the six checks on the facts (each timed) and derives the verdict.
Analysis analyseFacts(Facts facts, const CancelToken &cancel = {});

struct AnalysisOutcome
{
    std::optional<Analysis> analysis;
    InputProblem problem;
};

// The whole pipeline for one input: decode, parse, build facts, analyse.
AnalysisOutcome analyseBytes(const QByteArray &bytes, const QString &sourceName,
                             const CancelToken &cancel = {});

// One step whose result differs between two analyses (after a retried join, say).
struct StepChange
{
    int step = 0;
    QString codeBefore;
    QString codeAfter;
    StepStatus statusBefore = StepStatus::NotRun;
    StepStatus statusAfter = StepStatus::NotRun;
};
QList<StepChange> compareAnalyses(const Analysis &before, const Analysis &after);

// Every error code written anywhere in the document, decoded where the catalogue knows it.
QList<FoundErrorCode> findErrorCodesIn(const DsregDocument &document);

} // namespace jd
