#include "runner/check_runner.h"
#include "test_checks.h"

#include <gtest/gtest.h>
#include <QFile>
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

namespace {
LoadedFacts vpnUserAsThisComputer(const CancelToken &)
{
    QFile demo(QStringLiteral(JD_SOURCE_DIR "/resources/demos/vpn-user.txt"));
    EXPECT_TRUE(demo.open(QIODevice::ReadOnly));
    return parseFacts(demo.readAll(), QStringLiteral("this computer"));
}
} // namespace

// A capture's run is redacted as soon as it is read: results arrive one by one, without names.
TEST(CheckRunner, RedactedRunHidesNamesAndKeepsTheCodes)
{
    CheckRunner plain;
    QSignalSpy plainDone(&plain, &CheckRunner::runFinished);
    plain.start(FactSource::demo(QStringLiteral("vpn-user")));
    ASSERT_TRUE(plainDone.wait(10000));

    CheckRunner runner;
    runner.setRedaction(true);
    QSignalSpy steps(&runner, &CheckRunner::stepFinished);
    QSignalSpy finished(&runner, &CheckRunner::runFinished);
    runner.start(FactSource::demo(QStringLiteral("vpn-user")));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(runner.runRedacted());
    EXPECT_EQ(steps.count(), 6);
    EXPECT_FALSE(
        runner.facts()->deviceName.contains(QStringLiteral("PC-KBH"), Qt::CaseInsensitive));
    EXPECT_EQ(runner.redacted(QStringLiteral("PC-KBH-0142.fabrikam.dk")),
              runner.facts()->deviceName);
    ASSERT_TRUE(runner.captureBundle());
    EXPECT_TRUE(runner.captureBundle()->redacted);
    for (int step = 1; step <= kStepCount; ++step) {
        EXPECT_EQ(runner.result(step)->code, plain.result(step)->code) << step;
    }
}

// A live run is redacted when it is complete (its probes need the real names), and a step that
// timed out keeps its time-out while the others keep their own results.
TEST(CheckRunner, RedactedLiveRunWithATimeoutKeepsEveryOtherResult)
{
    auto probe = std::make_shared<CheckProbe>();
    CheckRunner runner(realChecksWith({blockingCheck(4, probe)}));
    runner.setLiveLoader(&vpnUserAsThisComputer);
    runner.setCheckTimeout(std::chrono::milliseconds(300));
    runner.setRedaction(true);
    QSignalSpy steps(&runner, &CheckRunner::stepFinished);
    QSignalSpy finished(&runner, &CheckRunner::runFinished);
    runner.start(FactSource::live());
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(steps.count(), 6); // all at the end, once
    EXPECT_EQ(runner.result(4)->code, QLatin1String(timeoutResultCode(4).code));
    for (const int step : {1, 2, 3, 5, 6}) {
        EXPECT_EQ(runner.result(step)->step, step);
        EXPECT_FALSE(runner.result(step)->code.isEmpty()) << step;
        EXPECT_NE(runner.result(step)->code, QLatin1String(timeoutResultCode(step).code));
    }
    EXPECT_EQ(runner.result(3)->code, QStringLiteral("S3-NO-DC"));
    EXPECT_FALSE(
        runner.facts()->deviceName.contains(QStringLiteral("PC-KBH"), Qt::CaseInsensitive));
    EXPECT_FALSE(runner.analysis()->facts.sourceName.isEmpty());
    runner.join();
}
