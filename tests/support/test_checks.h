#pragma once
// Step checks for tests of threading and cancellation: one that blocks until it is cancelled,
// one that keeps a worker busy for a while. Each wraps the real check of its step for the result.

#include "qt_printers.h"
#include "steps/step_check.h"

#include <atomic>
#include <chrono>
#include <memory>

namespace jd::test {

struct CheckProbe
{
    std::atomic_bool started{false};
    std::atomic_bool sawCancel{false};
    std::atomic_bool returned{false};
    std::atomic_int runs{0};
};

// Blocks until cancelled (or a 10 s safety limit), then returns the real result.
std::shared_ptr<const StepCheck> blockingCheck(int step, std::shared_ptr<CheckProbe> probe);
// Keeps its worker thread busy computing for `busy`, then returns the real result.
std::shared_ptr<const StepCheck> busyCheck(int step, std::chrono::milliseconds busy,
                                           std::shared_ptr<CheckProbe> probe);
using CheckList = std::vector<std::shared_ptr<const StepCheck>>;
// The six real checks, with the checks of some steps replaced.
CheckList realChecksWith(const CheckList &replacements);

} // namespace jd::test
