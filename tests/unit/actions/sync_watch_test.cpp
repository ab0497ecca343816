// The wait for Azure AD Connect with a fake clock: a check a minute, the countdown, the latest
// time of the default sync cycle, and the three ways it ends.
#include "actions/sync_watch.h"
#include "qt_printers.h"
#include "report/analysis.h"

#include <gtest/gtest.h>

using namespace jd;

namespace {

const QDateTime kStart(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

Analysis withStatuses(StepStatus s4, StepStatus s5, StepStatus s6)
{
    Analysis a;
    for (int step = 1; step <= 6; ++step) {
        a.steps.at(size_t(step - 1)).step = step;
        a.steps.at(size_t(step - 1)).status = StepStatus::Passed;
    }
    a.steps.at(3).status = s4;
    a.steps.at(4).status = s5;
    a.steps.at(5).status = s6;
    return a;
}

} // namespace

TEST(SyncWatch, ChecksOnceAMinuteWithACountdown)
{
    SyncWatch watch(kStart);
    EXPECT_FALSE(watch.checkDue(kStart.addSecs(59)));
    EXPECT_EQ(watch.statusAt(kStart.addSecs(15)).secondsToNextCheck, 45);
    EXPECT_TRUE(watch.checkDue(kStart.addSecs(60)));
    watch.checked(kStart.addSecs(60));
    EXPECT_FALSE(watch.checkDue(kStart.addSecs(100)));
    EXPECT_EQ(watch.statusAt(kStart.addSecs(100)).secondsToNextCheck, 20);
    EXPECT_EQ(watch.statusAt(kStart.addSecs(100)).minutesLeft, 39);
    EXPECT_EQ(watch.statusAt(kStart).syncCycleBy, kStart.addSecs(30 * 60));
}

TEST(SyncWatch, EndsWithThePrtOrAfterFortyMinutes)
{
    SyncWatch watch(kStart);
    const Analysis waiting =
        withStatuses(StepStatus::Unknown, StepStatus::Unknown, StepStatus::Failed);
    EXPECT_EQ(watch.judge(waiting, kStart.addSecs(39 * 60)), SyncWatch::Outcome::KeepWatching);
    EXPECT_EQ(watch.judge(waiting, kStart.addSecs(40 * 60)), SyncWatch::Outcome::GaveUp);
    const Analysis synced =
        withStatuses(StepStatus::Passed, StepStatus::Passed, StepStatus::Failed);
    EXPECT_EQ(watch.judge(synced, kStart.addSecs(12 * 60)), SyncWatch::Outcome::SignInNow);
    const Analysis prt = withStatuses(StepStatus::Passed, StepStatus::Passed, StepStatus::Passed);
    EXPECT_EQ(watch.judge(prt, kStart.addSecs(50 * 60)), SyncWatch::Outcome::Done);
}

TEST(SyncWatch, OfferedOnlyWhenTheSyncIsWhatIsMissing)
{
    EXPECT_TRUE(
        syncWatchHelps(withStatuses(StepStatus::Failed, StepStatus::Unknown, StepStatus::Failed)));
    EXPECT_FALSE(
        syncWatchHelps(withStatuses(StepStatus::Passed, StepStatus::Passed, StepStatus::Failed)));
    Analysis noDc = withStatuses(StepStatus::Unknown, StepStatus::Unknown, StepStatus::Failed);
    noDc.steps.at(2).status = StepStatus::Failed; // step 3 first: waiting would not help
    EXPECT_FALSE(syncWatchHelps(noDc));
}
