#pragma once
// Waiting for Azure AD Connect (steps 4 and 5): after a join, re-check every minute for up to 40
// minutes, say when the next default sync cycle has run at the latest, and once the device is
// synced tell the user to lock and unlock (or sign out and in) and watch for the PRT. Plain
// logic over a clock, so tests drive it with a fake one.

#include "report/analysis.h"

#include <chrono>
#include <functional>
#include <QDateTime>

namespace jd {

using Clock = std::function<QDateTime()>;

struct SyncWatchPlan
{
    std::chrono::seconds interval{60};
    std::chrono::minutes limit{40};
    std::chrono::minutes syncCycle{30}; // Azure AD Connect's default
};

class SyncWatch
{
public:
    enum class Outcome
    {
        KeepWatching, // not synced yet
        SignInNow,    // synced: lock/unlock or sign out and in, then the PRT follows
        Done,         // the PRT is there
        GaveUp        // the time limit passed without a sync
    };
    struct Status
    {
        int secondsToNextCheck = 0;
        int minutesLeft = 0;
        QDateTime syncCycleBy; // the default cycle has run by then at the latest
    };

    SyncWatch(QDateTime startedAt, SyncWatchPlan plan = {});

    Status statusAt(const QDateTime &now) const;
    bool checkDue(const QDateTime &now) const;
    void checked(const QDateTime &at) { m_lastCheck = at; }
    Outcome judge(const Analysis &analysis, const QDateTime &now) const;
    QDateTime startedAt() const { return m_startedAt; }

private:
    QDateTime m_startedAt;
    QDateTime m_lastCheck;
    SyncWatchPlan m_plan;
};

// Whether watching for the sync is worth offering for this result (steps 4 or 5 wait for it).
bool syncWatchHelps(const Analysis &analysis);

} // namespace jd
