#include "actions/sync_watch.h"

namespace jd {

SyncWatch::SyncWatch(QDateTime startedAt, SyncWatchPlan plan)
    : m_startedAt(std::move(startedAt)), m_lastCheck(m_startedAt), m_plan(plan)
{
}

SyncWatch::Status SyncWatch::statusAt(const QDateTime &now) const
{
    Status s;
    const qint64 sinceCheck = m_lastCheck.secsTo(now);
    s.secondsToNextCheck = int(std::max<qint64>(0, m_plan.interval.count() - sinceCheck));
    const qint64 elapsed = m_startedAt.secsTo(now);
    const qint64 left = std::chrono::seconds(m_plan.limit).count() - elapsed;
    s.minutesLeft = int(std::max<qint64>(0, (left + 59) / 60));
    s.syncCycleBy = m_startedAt.addSecs(std::chrono::seconds(m_plan.syncCycle).count());
    return s;
}

bool SyncWatch::checkDue(const QDateTime &now) const
{
    return m_lastCheck.secsTo(now) >= m_plan.interval.count();
}

SyncWatch::Outcome SyncWatch::judge(const Analysis &analysis, const QDateTime &now) const
{
    if (analysis.step(6).status == StepStatus::Passed) {
        return Outcome::Done;
    }
    const bool synced = analysis.step(4).status == StepStatus::Passed &&
                        analysis.step(5).status == StepStatus::Passed;
    if (synced) {
        return Outcome::SignInNow;
    }
    if (m_startedAt.secsTo(now) >= std::chrono::seconds(m_plan.limit).count()) {
        return Outcome::GaveUp;
    }
    return Outcome::KeepWatching;
}

bool syncWatchHelps(const Analysis &analysis)
{
    for (const int step : {4, 5}) {
        const StepStatus s = analysis.step(step).status;
        if (s == StepStatus::Failed || s == StepStatus::Unknown || s == StepStatus::Warning) {
            return analysis.step(1).status != StepStatus::Failed &&
                   analysis.step(2).status != StepStatus::Failed &&
                   analysis.step(3).status != StepStatus::Failed;
        }
    }
    return false;
}

} // namespace jd
