#include "actions/platform_repairs.h"
#include "actions/retry_join.h"
#include "qt_printers.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace jd;

namespace {

// A stand-in for schtasks.exe in a private "System32" folder: records its arguments.
QString writeFakeSchtasks(const QTemporaryDir &dir, const QByteArray &body)
{
    const QString path = dir.filePath(QStringLiteral("schtasks.exe"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

} // namespace

TEST(JoinTrigger, RunsTheTaskByAbsolutePathWithFixedArguments)
{
    QTemporaryDir dir;
    writeFakeSchtasks(dir, "for a in \"$@\"; do echo \"[$a]\"; done\necho SUCCESS\nexit 0\n");
    RetryJoinRepair trigger(dir.path());
    ASSERT_TRUE(trigger.canRun());
    const RepairResult r = trigger.run(Facts(), CancelToken());
    EXPECT_TRUE(r.started);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.output, QStringLiteral("[/Run]\n[/TN]\n[\\Microsoft\\Windows\\Workplace "
                                       "Join\\Automatic-Device-Join]\nSUCCESS\n"));
    EXPECT_TRUE(
        trigger.commandLines().join(u' ').contains(QStringLiteral("Automatic-Device-Join")));
}

TEST(JoinTrigger, ReportsAFailingExitCode)
{
    QTemporaryDir dir;
    writeFakeSchtasks(dir, "echo 'ERROR: Access is denied.' >&2\nexit 1\n");
    RetryJoinRepair trigger(dir.path());
    const RepairResult r = trigger.run(Facts(), CancelToken());
    EXPECT_TRUE(r.started);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.output.contains(QStringLiteral("Access is denied")));
}

TEST(JoinTrigger, StopsAHangingCommand)
{
    QTemporaryDir dir;
    writeFakeSchtasks(dir, "sleep 30\n");
    RetryJoinRepair trigger(dir.path(), std::chrono::milliseconds(300));
    const RepairResult r = trigger.run(Facts(), CancelToken());
    EXPECT_TRUE(r.started);
    EXPECT_EQ(r.exitCode, -1);
}

TEST(JoinTrigger, RelativeOrMissingSystemDirectoryIsUnavailable)
{
    TrText reason;
    EXPECT_FALSE(RetryJoinRepair(QStringLiteral("System32")).canRun(&reason));
    EXPECT_FALSE(reason.isEmpty());
    QTemporaryDir empty;
    const RepairResult r = RetryJoinRepair(empty.path()).run(Facts(), CancelToken());
    EXPECT_FALSE(r.started);
}

TEST(JoinTrigger, NotAvailableOffWindows)
{
#ifndef Q_OS_WIN
    TrText reason;
    EXPECT_FALSE(makePlatformRepairs().retryJoin->canRun(&reason));
    EXPECT_FALSE(reason.isEmpty());
#endif
}

TEST(JoinTrigger, RetryHelpsOnlyWhereAJoinCanFixIt)
{
    EXPECT_TRUE(retryJoinCanHelp(QStringLiteral("S3-NO-DC")));
    EXPECT_TRUE(retryJoinCanHelp(QStringLiteral("S5-NOT-COMPLETED")));
    EXPECT_FALSE(retryJoinCanHelp(QStringLiteral("S1-SCP-NOT-FOUND")));
    EXPECT_FALSE(retryJoinCanHelp(QStringLiteral("S6-PRT-PASSWORD")));
}

TEST(JoinTrigger, IsARepairLikeTheOthers)
{
    // One confirmation for every repair: what changes, then the exact command, quoted as cmd would.
    QTemporaryDir dir;
    writeFakeSchtasks(dir, "exit 0\n");
    const RetryJoinRepair repair(dir.path());
    const Facts nothingFound;
    EXPECT_TRUE(repair.isAvailable(nothingFound)); // it does not depend on what was found
    EXPECT_TRUE(QByteArray(repair.whatChanges().source).contains("Automatic-Device-Join"));
    EXPECT_EQ(repair.commandLines(),
              QStringList{u'"' + dir.filePath(QStringLiteral("schtasks.exe")) +
                          QStringLiteral("\" /Run /TN \"\\Microsoft\\Windows\\Workplace "
                                         "Join\\Automatic-Device-Join\"")});

    TrText reason;
    const UnavailableRetryJoin unavailable;
    EXPECT_FALSE(unavailable.isAvailable(nothingFound, &reason));
    EXPECT_TRUE(QByteArray(reason.source).contains("Windows device itself"));
    EXPECT_FALSE(UnavailableRetryJoin().run(nothingFound, CancelToken()).started);
}
