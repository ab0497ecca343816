#include "runner/check_runner.h"
#include "test_checks.h"

#include <gtest/gtest.h>
#include <QSignalSpy>
#include <QTest>

using namespace jd;
using namespace jd::test;

TEST(CheckRunner, RunsAllSixAndBuildsTheAnalysis)
{
    CheckRunner runner;
    QSignalSpy steps(&runner, &CheckRunner::stepFinished);
    QSignalSpy finished(&runner, &CheckRunner::runFinished);
    runner.start(FactSource::demo(QStringLiteral("not-synced")));
    EXPECT_TRUE(runner.isRunning());
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(steps.count(), 6);
    ASSERT_TRUE(runner.analysis().has_value());
    EXPECT_EQ(runner.analysis()->firstFailingStep, 4);
    EXPECT_EQ(runner.result(4)->code, QStringLiteral("S4-NOT-SYNCED"));
    EXPECT_FALSE(runner.isRunning());
    EXPECT_EQ(runner.facts()->deviceName, QStringLiteral("PC-KBH-0142.fabrikam.dk"));
}

TEST(CheckRunner, RefusedInputIsReported)
{
    CheckRunner runner;
    QSignalSpy refused(&runner, &CheckRunner::inputRefused);
    runner.start(FactSource::paste(QStringLiteral("hello world")));
    ASSERT_TRUE(refused.wait(10000));
    EXPECT_EQ(runner.inputProblem().kind, InputProblemKind::NotDsregcmd);
    EXPECT_FALSE(runner.analysis().has_value());
}

TEST(CheckRunner, CancelStopsTheBlockingCheckAndDropsItsResult)
{
    auto probe = std::make_shared<CheckProbe>();
    CheckRunner runner(realChecksWith({blockingCheck(2, probe)}));
    QSignalSpy steps(&runner, &CheckRunner::stepFinished);
    QSignalSpy cancelled(&runner, &CheckRunner::runCancelled);
    runner.start(FactSource::demo(QStringLiteral("healthy")));
    ASSERT_TRUE(QTest::qWaitFor([&]() { return steps.count() == 5; }, 10000));
    EXPECT_TRUE(probe->started);
    runner.cancel();
    EXPECT_EQ(cancelled.count(), 1);
    runner.join();
    EXPECT_TRUE(probe->sawCancel);
    EXPECT_TRUE(probe->returned);
    QTest::qWait(50); // a late delivery would arrive now
    EXPECT_EQ(steps.count(), 5);
    EXPECT_EQ(runner.stepState(2), StepRunState::Cancelled);
    EXPECT_EQ(runner.stepState(1), StepRunState::Done);
}

TEST(CheckRunner, RestartSupersedesTheOldRun)
{
    auto probe = std::make_shared<CheckProbe>();
    CheckRunner runner(realChecksWith({blockingCheck(6, probe)}));
    runner.start(FactSource::demo(QStringLiteral("healthy")));
    ASSERT_TRUE(QTest::qWaitFor([&]() { return probe->started.load(); }, 10000));
    QSignalSpy finished(&runner, &CheckRunner::runFinished);
    runner.start(FactSource::demo(QStringLiteral("vpn-user")));
    EXPECT_EQ(runner.runCount(), 2);
    // The second run blocks too; cancel it and make sure nothing of either run arrives.
    ASSERT_TRUE(QTest::qWaitFor([&]() { return probe->runs.load() == 2; }, 10000));
    runner.cancel();
    runner.join();
    QTest::qWait(50);
    EXPECT_EQ(finished.count(), 0);
}

TEST(CheckRunner, TimeoutGivesATimeoutResult)
{
    auto probe = std::make_shared<CheckProbe>();
    CheckRunner runner(realChecksWith({blockingCheck(3, probe)}));
    runner.setCheckTimeout(std::chrono::milliseconds(200));
    QSignalSpy finished(&runner, &CheckRunner::runFinished);
    runner.start(FactSource::demo(QStringLiteral("healthy")));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(runner.result(3)->code, QStringLiteral("S3-TIMEOUT"));
    EXPECT_EQ(runner.result(3)->status, StepStatus::Unknown);
    runner.join();
    EXPECT_TRUE(probe->sawCancel);
}

TEST(CheckRunner, DestructorJoinsRunningWorkers)
{
    auto probe = std::make_shared<CheckProbe>();
    {
        CheckRunner runner(realChecksWith({blockingCheck(1, probe)}));
        runner.start(FactSource::demo(QStringLiteral("healthy")));
        ASSERT_TRUE(QTest::qWaitFor([&]() { return probe->started.load(); }, 10000));
    }
    EXPECT_TRUE(probe->returned);
}

TEST(CheckRunner, LiveSourceUsesTheInjectedLoader)
{
    CheckRunner runner;
    runner.setLiveLoader([](const CancelToken &) {
        return parseFacts(
            QByteArrayLiteral("AzureAdJoined : YES\nDomainJoined : YES\nAzureAdPrt : YES\n"),
            QStringLiteral("live"));
    });
    QSignalSpy finished(&runner, &CheckRunner::runFinished);
    runner.start(FactSource::live());
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(runner.analysis()->facts.joinType, JoinType::Hybrid);
}
