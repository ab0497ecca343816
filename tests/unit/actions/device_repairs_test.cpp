// The guarded repairs with fakes: Refresh PRT counts as done only when AzureAdPrtUpdateTime moved;
// Leave and re-join only in the documented case, only absolute system paths, nothing after a
// refusal or a failed leave.
#include "actions/leave_and_rejoin.h"
#include "actions/refresh_prt.h"
#include "dsreg_text_builder.h"
#include "facts/fact_source.h"
#include "qt_printers.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QTemporaryDir>

using namespace jd;
using jd::test::DsregTextBuilder;

namespace {

QString statusWithPrtTime(const QString &time)
{
    return DsregTextBuilder::hybridJoined()
        .field(QStringLiteral("AzureAdPrtUpdateTime"), time)
        .text();
}

Facts factsOf(const QString &text)
{
    const LoadedFacts loaded = parseFacts(text.toUtf8(), QStringLiteral("test"));
    EXPECT_TRUE(loaded.facts);
    return loaded.facts ? *loaded.facts : Facts();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// A fake dsregcmd: /status prints current.txt; /refreshprt replaces it with after.txt.
QString fakeDsregcmd(const QTemporaryDir &dir, const QString &before, const QString &after)
{
    writeFile(dir.filePath(QStringLiteral("current.txt")), before.toUtf8());
    writeFile(dir.filePath(QStringLiteral("after.txt")), after.toUtf8());
    const QString script = dir.filePath(QStringLiteral("dsregcmd"));
    writeFile(script, QStringLiteral("#!/bin/sh\ncd '%1'\n"
                                     "case \"$1\" in\n"
                                     "  /refreshprt) cp after.txt current.txt ;;\n"
                                     "  /status) cat current.txt ;;\n"
                                     "  *) exit 87 ;;\n"
                                     "esac\n")
                          .arg(dir.path())
                          .toUtf8());
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return script;
}

} // namespace

TEST(RefreshPrt, SucceedsOnlyWhenTheUpdateTimeMovesForward)
{
    QTemporaryDir dir;
    const QString before = statusWithPrtTime(QStringLiteral("2026-11-24 08:00:00.000 UTC"));
    const QString after = statusWithPrtTime(QStringLiteral("2026-11-25 09:15:00.000 UTC"));
    RefreshPrtRepair action(std::make_shared<QProcessProgramRunner>(),
                            fakeDsregcmd(dir, before, after), 850);
    const Facts facts = factsOf(before);
    ASSERT_TRUE(action.isAvailable(facts));
    const RepairResult r = action.run(facts, CancelToken());
    EXPECT_TRUE(r.started);
    EXPECT_TRUE(r.succeeded);
    EXPECT_EQ(r.message.args.value(0), u"2026-11-25 09:15");
}

TEST(RefreshPrt, ExitCodeZeroWithoutANewPrtIsNotASuccess)
{
    QTemporaryDir dir;
    const QString same = statusWithPrtTime(QStringLiteral("2026-11-24 08:00:00.000 UTC"));
    RefreshPrtRepair action(std::make_shared<QProcessProgramRunner>(),
                            fakeDsregcmd(dir, same, same), 850);
    const RepairResult r = action.run(factsOf(same), CancelToken());
    EXPECT_TRUE(r.started);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_FALSE(r.succeeded);
    EXPECT_TRUE(QByteArray(r.message.source).contains("not renewed"));
}

TEST(RefreshPrt, ATimedOutRefreshIsReportedAndNothingElseRuns)
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("dsregcmd"));
    writeFile(script, "#!/bin/sh\nexec sleep 30\n");
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    RefreshPrtRepair action(std::make_shared<QProcessProgramRunner>(), script, 850,
                            std::chrono::milliseconds(300));
    const RepairResult r = action.run(
        factsOf(statusWithPrtTime(QStringLiteral("2026-11-24 08:00:00.000 UTC"))), CancelToken());
    EXPECT_FALSE(r.succeeded);
    EXPECT_TRUE(QByteArray(r.message.source).contains("could not be run"));
}

TEST(RefreshPrt, GuardsAndCommand)
{
    RefreshPrtRepair relative(std::make_shared<QProcessProgramRunner>(),
                              QStringLiteral("dsregcmd.exe"), 850);
    TrText why;
    EXPECT_FALSE(relative.isAvailable(factsOf(statusWithPrtTime(QStringLiteral("x"))), &why));
    EXPECT_FALSE(why.isEmpty());
    RefreshPrtRepair action(std::make_shared<QProcessProgramRunner>(),
                            QStringLiteral("/opt/win/System32/dsregcmd.exe"), 850);
    EXPECT_FALSE(
        action.isAvailable(factsOf(DsregTextBuilder::domainJoinedNotRegistered().text()), &why));
    EXPECT_EQ(action.commandLines(),
              QStringList{QStringLiteral("\"/opt/win/System32/dsregcmd.exe\" /refreshprt")});
    EXPECT_FALSE(action.whatChanges().isEmpty());
}

namespace {

struct ElevatedCalls
{
    QList<QStringList> calls; // program, then arguments
    QList<ElevatedRun> answers;
    ElevatedRunner runner()
    {
        return [this](const QString &program, const QStringList &args) {
            calls.append(QStringList{program} + args);
            return answers.isEmpty() ? ElevatedRun{true, false, 0, {}} : answers.takeFirst();
        };
    }
};

Facts disabledDevice()
{
    QString text = DsregTextBuilder::hybridJoined().text();
    text.replace(QStringLiteral("DeviceAuthStatus : SUCCESS"),
                 QStringLiteral("DeviceAuthStatus : FAILED. Device is either disabled or deleted"));
    return factsOf(text);
}

} // namespace

TEST(LeaveAndRejoin, OnlyForADisabledOrDeletedDevice)
{
    ElevatedCalls elevated;
    LeaveAndRejoinRepair action(elevated.runner(), QStringLiteral("/win/System32"));
    TrText why;
    EXPECT_FALSE(action.isAvailable(factsOf(DsregTextBuilder::hybridJoined().text()), &why));
    EXPECT_TRUE(QByteArray(why.source).contains("disabled or deleted"));
    EXPECT_FALSE(
        action.run(factsOf(DsregTextBuilder::hybridJoined().text()), CancelToken()).started);
    EXPECT_TRUE(elevated.calls.isEmpty());
    EXPECT_TRUE(action.isAvailable(disabledDevice()));
}

TEST(LeaveAndRejoin, AlsoForARegistrationAzureAdNoLongerHas)
{
    ElevatedCalls elevated;
    LeaveAndRejoinRepair action(elevated.runner(), QStringLiteral("/win/System32"));
    const QString stale =
        DsregTextBuilder::hybridJoined()
            .section(QStringLiteral("Diagnostic Data"))
            .field(QStringLiteral("Server Operation"), QStringLiteral("DeviceRenew"))
            .field(QStringLiteral("Server ErrorSubCode"), QStringLiteral("error_missing_device"))
            .text();
    EXPECT_TRUE(factsOf(stale).lastRegistration.staleObject);
    EXPECT_TRUE(action.isAvailable(factsOf(stale)));
}

TEST(LeaveAndRejoin, RunsTheTwoFixedCommandsFromTheSystemDirectory)
{
    ElevatedCalls elevated;
    LeaveAndRejoinRepair action(elevated.runner(), QStringLiteral("/win/System32"));
    const RepairResult r = action.run(disabledDevice(), CancelToken());
    EXPECT_TRUE(r.succeeded);
    ASSERT_EQ(elevated.calls.size(), 2);
    EXPECT_EQ(elevated.calls.at(0), (QStringList{QStringLiteral("/win/System32/dsregcmd.exe"),
                                                 QStringLiteral("/leave")}));
    EXPECT_EQ(elevated.calls.at(1),
              (QStringList{
                  QStringLiteral("/win/System32/schtasks.exe"), QStringLiteral("/Run"),
                  QStringLiteral("/TN"),
                  QStringLiteral("\\Microsoft\\Windows\\Workplace Join\\Automatic-Device-Join")}));
}

TEST(LeaveAndRejoin, RefusedElevationChangesNothing)
{
    ElevatedCalls elevated;
    elevated.answers = {ElevatedRun{false, true, -1, QStringLiteral("cancelled")}};
    LeaveAndRejoinRepair action(elevated.runner(), QStringLiteral("/win/System32"));
    const RepairResult r = action.run(disabledDevice(), CancelToken());
    EXPECT_FALSE(r.started);
    EXPECT_FALSE(r.succeeded);
    EXPECT_TRUE(QByteArray(r.message.source).contains("refused"));
    EXPECT_EQ(elevated.calls.size(), 1);
}

TEST(LeaveAndRejoin, AFailedLeaveDoesNotStartTheJoin)
{
    ElevatedCalls elevated;
    elevated.answers = {ElevatedRun{true, false, 5, {}}};
    LeaveAndRejoinRepair action(elevated.runner(), QStringLiteral("/win/System32"));
    const RepairResult r = action.run(disabledDevice(), CancelToken());
    EXPECT_FALSE(r.succeeded);
    EXPECT_EQ(elevated.calls.size(), 1);
    EXPECT_EQ(r.message.args.value(0), u"5");
}

TEST(LeaveAndRejoin, ALeaveStillRunningAtTheTimeOutStartsNoJoin)
{
    ElevatedCalls elevated;
    ElevatedRun stillRunning{true, false, -1, {}};
    stillRunning.stillRunning = true;
    elevated.answers = {stillRunning};
    LeaveAndRejoinRepair action(elevated.runner(), QStringLiteral("/win/System32"));
    const RepairResult r = action.run(disabledDevice(), CancelToken());
    EXPECT_TRUE(r.started);
    EXPECT_FALSE(r.succeeded);
    EXPECT_EQ(elevated.calls.size(), 1);
    EXPECT_TRUE(QByteArray(r.message.source).contains("had not finished"));
    EXPECT_EQ(r.message.args.value(0), u"120");
}

TEST(LeaveAndRejoin, AJoinStillRunningAtTheTimeOutIsNotCalledAFailure)
{
    ElevatedCalls elevated;
    ElevatedRun stillRunning{true, false, -1, {}};
    stillRunning.stillRunning = true;
    elevated.answers = {ElevatedRun{true, false, 0, {}}, stillRunning};
    LeaveAndRejoinRepair action(elevated.runner(), QStringLiteral("/win/System32"));
    const RepairResult r = action.run(disabledDevice(), CancelToken());
    EXPECT_EQ(elevated.calls.size(), 2);
    EXPECT_FALSE(r.succeeded);
    EXPECT_TRUE(QByteArray(r.message.source).contains("had not finished"));
    EXPECT_FALSE(QByteArray(r.message.source).contains("could not be started"));
}
