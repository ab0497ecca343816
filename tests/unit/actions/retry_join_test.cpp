#include "actions/platform_repairs.h"
#include "actions/retry_join.h"
#include "qt_printers.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace jd;

namespace {

// A stand-in for schtasks.exe in a private "System32" folder: a shell script, or on Windows the
// fake command (tests/windows/fake_command.cpp) with its instructions beside it.
QString writeFakeSchtasks(const QTemporaryDir &dir, const QByteArray &shell,
                          const QByteArray &windows)
{
    const QString path = dir.filePath(QStringLiteral("schtasks.exe"));
#if defined(Q_OS_WIN)
    EXPECT_TRUE(QFile::copy(QStringLiteral(JD_FAKE_COMMAND), path));
    QFile file(dir.filePath(QStringLiteral("schtasks.fake")));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(windows);
    Q_UNUSED(shell)
#else
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n" + shell);
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    Q_UNUSED(windows)
#endif
    return path;
}

} // namespace

TEST(JoinTrigger, RunsTheTaskByAbsolutePathWithFixedArguments)
{
    QTemporaryDir dir;
    writeFakeSchtasks(dir, "for a in \"$@\"; do echo \"[$a]\"; done\necho SUCCESS\nexit 0\n",
                      "args\nout SUCCESS\nexit 0\n");
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
    writeFakeSchtasks(dir, "echo 'ERROR: Access is denied.' >&2\nexit 1\n",
                      "err ERROR: Access is denied.\nexit 1\n");
    RetryJoinRepair trigger(dir.path());
    const RepairResult r = trigger.run(Facts(), CancelToken());
    EXPECT_TRUE(r.started);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.output.contains(QStringLiteral("Access is denied")));
}

TEST(JoinTrigger, StopsAHangingCommand)
{
    QTemporaryDir dir;
    writeFakeSchtasks(dir, "sleep 30\n", "sleep 30000\n");
    RetryJoinRepair trigger(dir.path(), {}, std::chrono::milliseconds(300));
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
    writeFakeSchtasks(dir, "exit 0\n", "exit 0\n");
    const RetryJoinRepair repair(dir.path());
    const Facts nothingFound;
    EXPECT_TRUE(repair.isAvailable(nothingFound)); // it does not depend on what was found
    EXPECT_TRUE(QByteArray(repair.whatChanges().source).contains("Automatic-Device-Join"));
    EXPECT_EQ(repair.commandLines(),
              QStringList{u'"' +
                          QDir::toNativeSeparators(dir.filePath(QStringLiteral("schtasks.exe"))) +
                          QStringLiteral("\" /Run /TN \"\\Microsoft\\Windows\\Workplace "
                                         "Join\\Automatic-Device-Join\"")});

    TrText reason;
    const UnavailableRetryJoin unavailable;
    EXPECT_FALSE(unavailable.isAvailable(nothingFound, &reason));
    EXPECT_TRUE(QByteArray(reason.source).contains("Windows device itself"));
    EXPECT_FALSE(UnavailableRetryJoin().run(nothingFound, CancelToken()).started);
}

TEST(JoinTrigger, OnWindowsTheTaskStartsElevatedAndARefusalChangesNothing)
{
    QTemporaryDir dir;
    writeFakeSchtasks(dir, "echo 'must not run without elevation'\nexit 3\n",
                      "out must not run without elevation\nexit 3\n");
    QList<QStringList> calls;
    ElevatedRun answer{false, true, -1, QString()}; // "No" at the UAC prompt
    RetryJoinRepair repair(dir.path(), [&](const QString &program, const QStringList &args) {
        calls.append(QStringList{program} + args);
        return answer;
    });
    RepairResult r = repair.run(Facts(), CancelToken());
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls.at(0), (QStringList{dir.filePath(QStringLiteral("schtasks.exe")),
                                        QStringLiteral("/Run"), QStringLiteral("/TN"),
                                        QStringLiteral("\\Microsoft\\Windows\\Workplace "
                                                       "Join\\Automatic-Device-Join")}));
    EXPECT_FALSE(r.started);
    EXPECT_TRUE(r.refused);
    EXPECT_FALSE(r.succeeded);
    EXPECT_TRUE(QByteArray(r.message.source).contains("refused"));

    answer = ElevatedRun{true, false, 0, QString()};
    r = repair.run(Facts(), CancelToken());
    EXPECT_TRUE(r.started);
    EXPECT_FALSE(r.refused);
    EXPECT_TRUE(r.succeeded);
    EXPECT_EQ(r.exitCode, 0);

    answer = ElevatedRun{true, false, 1, QString()};
    r = repair.run(Facts(), CancelToken());
    EXPECT_FALSE(r.succeeded);
    EXPECT_EQ(r.message.args.value(0), u"1");

    // Started, but no exit code within the time-out: said so, not "could not be started".
    answer = ElevatedRun{true, false, -1, QString()};
    answer.stillRunning = true;
    r = repair.run(Facts(), CancelToken());
    EXPECT_TRUE(r.started);
    EXPECT_FALSE(r.succeeded);
    EXPECT_EQ(r.exitCode, -1);
    EXPECT_TRUE(QByteArray(r.message.source).contains("had not finished"));
    EXPECT_EQ(r.message.args.value(0), u"120");
}

TEST(JoinTrigger, TheHelpdeskGetsCommandsForThisDeviceOnly)
{
    const QStringList commands = remoteJoinCommands(QStringLiteral("PC-KBH-0142.fabrikam.dk"));
    ASSERT_EQ(commands.size(), 2);
    EXPECT_EQ(commands.at(0),
              QStringLiteral("PsExec.exe -s \\\\PC-KBH-0142.fabrikam.dk cmd /c dsregcmd /join"));
    EXPECT_TRUE(commands.at(1).startsWith(
        QStringLiteral("Invoke-Command -ComputerName PC-KBH-0142.fabrikam.dk -ScriptBlock")));
    EXPECT_TRUE(commands.at(1).contains(QStringLiteral("-TaskName 'Automatic-Device-Join'")));

    // A name from a hostile or damaged capture never becomes part of a command line.
    for (const char *name : {"PC1 & calc.exe", "PC1;whoami", "$(evil)", "-ComputerName x", "",
                             "pc1\\share", "a'b", "PC1\n", "PC1\r\ncalc"}) {
        const QStringList safe = remoteJoinCommands(QString::fromUtf8(name));
        EXPECT_TRUE(safe.at(0).contains(QStringLiteral("\\\\DEVICE "))) << name;
        EXPECT_TRUE(safe.at(1).contains(QStringLiteral("-ComputerName DEVICE "))) << name;
    }
}
