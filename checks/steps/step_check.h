#pragma once
// The interface every registration step's check implements. A check is plain C++: it reads
// Facts, never touches widgets, never translates, and returns a CheckResult by value.

#include "core/cancel_token.h"
#include "facts/facts.h"
#include "steps/check_result.h"

#include <memory>
#include <QList>
#include <vector>

namespace jd {

inline constexpr int kStepCount = 6;

class StepCheck
{
public:
    virtual ~StepCheck() = default;
    virtual int step() const = 0;
    // The step's verdict: the headline and every other finding in the step.
    CheckResult run(const Facts &facts, const CancelToken &cancel) const;
    // Every result code this check can return, for the helpdesk code sheet.
    virtual QList<const ResultCodeDef *> codes() const = 0;

protected:
    // The one result the step's own order of causes picks.
    virtual CheckResult headline(const Facts &facts, const CancelToken &cancel) const = 0;
    // Conditions judged independently of the headline (a failing key test beside a present PRT);
    // those that repeat or contradict the headline are left out by the step itself.
    virtual QList<CheckResult> findings(const Facts &facts, const CheckResult &headline) const;
};

// The six checks in step order.
std::vector<std::unique_ptr<StepCheck>> makeStepChecks();

// What each step is, in one sentence, for pages and reports.
struct StepInfo
{
    int step = 0;
    TrText title;
    TrText purpose;
};
const StepInfo &stepInfo(int step);

} // namespace jd
