#pragma once
// The wizard's pages in order. Step pages are StepPageBase + step number (1–6).

namespace jd {

enum PageId : int
{
    WelcomePageId = 0,
    StepPageBase = 0, // step n has id n
    SummaryPageId = 7,
};

constexpr int stepPageId(int step)
{
    return StepPageBase + step;
}

} // namespace jd
