// The rules for everything JoinDoctor runs on a device (Retry join, Refresh PRT, Leave and
// re-join), in one place: only fixed programs by absolute path in the system folder, never a PATH
// lookup, never a shell, never an argument taken from the device or the user. (That they run only
// after a confirmation is tested on the wizard: WizardRepair.* and
// Wizard.RetryJoinNotConfirmedDoesNothing.)
#include "actions/leave_and_rejoin.h"
#include "actions/refresh_prt.h"
#include "actions/retry_join.h"
#include "dsreg_text_builder.h"
#include "facts/fact_source.h"
#include "live/program_runner.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace jd;
using jd::test::DsregTextBuilder;

namespace {

// A program that leaves `marker` behind when anything runs it, and records its arguments.
void writeProgram(const QString &path, const QString &marker)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("#!/bin/sh\nfor a in \"$@\"; do echo \"[$a]\" >> '%1'; done\n"
                              "echo ran >> '%1'\n")
                   .arg(marker)
                   .toUtf8());
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Facts factsOf(const QString &text)
{
    const LoadedFacts loaded = parseFacts(text.toUtf8(), QStringLiteral("test"));
    EXPECT_TRUE(loaded.facts);
    return loaded.facts ? *loaded.facts : Facts();
}

// Joined, disabled in Azure AD (so every action applies), with names that would mean something
// to a shell or to CommandLineToArgvW if they ever reached a command line.
Facts hostileDevice()
{
    QString text = DsregTextBuilder::hybridJoined()
                       .field(QStringLiteral("Device Name"), QStringLiteral("PC\" /leave & calc"))
                       .field(QStringLiteral("TenantName"), QStringLiteral("$(touch pwned); x"))
                       .text();
    text.replace(QStringLiteral("DeviceAuthStatus : SUCCESS"),
                 QStringLiteral("DeviceAuthStatus : FAILED. Device is either disabled or deleted"));
    return factsOf(text);
}

struct RecordedElevation
{
    QList<QStringList> calls;
    ElevatedRunner runner()
    {
        return [this](const QString &program, const QStringList &args) {
            calls.append(QStringList{program} + args);
            return ElevatedRun{true, false, 0, {}};
        };
    }
};

// PATH with a folder of decoys in front, for one scope.
class DecoysOnPath
{
public:
    explicit DecoysOnPath(const QString &folder) : m_saved(qgetenv("PATH"))
    {
        qputenv("PATH", QFile::encodeName(folder) + ':' + m_saved);
    }
    ~DecoysOnPath() { qputenv("PATH", m_saved); }
    DecoysOnPath(const DecoysOnPath &) = delete;
    DecoysOnPath &operator=(const DecoysOnPath &) = delete;

private:
    QByteArray m_saved;
};

} // namespace

TEST(ActionSafety, NothingIsLookedUpOnPath)
{
    QTemporaryDir decoys;
    const QString marker = decoys.filePath(QStringLiteral("a-decoy-ran"));
    for (const char *name : {"dsregcmd", "dsregcmd.exe", "schtasks", "schtasks.exe"}) {
        writeProgram(decoys.filePath(QLatin1String(name)), marker);
    }
    const DecoysOnPath path(decoys.path());
    const Facts device = hostileDevice();
    const QString relativeSystem = QStringLiteral("System32");

    RetryJoinRepair join(relativeSystem);
    EXPECT_FALSE(join.canRun());
    EXPECT_FALSE(join.run(device, CancelToken()).started);

    RefreshPrtRepair refresh(std::make_shared<QProcessProgramRunner>(),
                             QStringLiteral("dsregcmd.exe"), 850);
    EXPECT_FALSE(refresh.isAvailable(device));
    EXPECT_FALSE(refresh.run(device, CancelToken()).started);

    RecordedElevation elevated;
    LeaveAndRejoinRepair leave(elevated.runner(), relativeSystem);
    EXPECT_FALSE(leave.isAvailable(device));
    EXPECT_FALSE(leave.run(device, CancelToken()).started);
    EXPECT_TRUE(elevated.calls.isEmpty());

    for (const char *name : {"dsregcmd", "dsregcmd.exe", "schtasks.exe"}) {
        const ProgramResult r =
            QProcessProgramRunner().run(QLatin1String(name), {QStringLiteral("/status")},
                                        std::chrono::seconds(5), 1024, CancelToken());
        EXPECT_FALSE(r.started) << name;
        EXPECT_FALSE(r.startError.isEmpty()) << name;
    }
    EXPECT_FALSE(QFile::exists(marker)) << readAll(marker).toStdString();
}

TEST(ActionSafety, NoShellEvenWhenThePathLooksLikeShellCode)
{
    // A system folder whose name a shell would act on: a separator, a substitution, quotes.
    QTemporaryDir root;
    const QString system = root.filePath(QStringLiteral("Sys tem32;touch X; $(touch Y) 'q\""));
    ASSERT_TRUE(QDir().mkpath(system));
    const QString record = root.filePath(QStringLiteral("arguments"));
    writeProgram(system + QStringLiteral("/schtasks.exe"), record);

    RetryJoinRepair join(system);
    ASSERT_TRUE(join.canRun());
    // Run from `root`, where a shell would have created X and Y.
    const QString savedCurrent = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(root.path()));
    const RepairResult r = join.run(Facts(), CancelToken());
    QDir::setCurrent(savedCurrent);
    EXPECT_TRUE(r.started);
    EXPECT_EQ(readAll(record), QByteArray("[/Run]\n[/TN]\n[\\Microsoft\\Windows\\Workplace "
                                          "Join\\Automatic-Device-Join]\nran\n"));
    EXPECT_FALSE(QFile::exists(root.filePath(QStringLiteral("X"))));
    EXPECT_FALSE(QFile::exists(root.filePath(QStringLiteral("Y"))));
}

TEST(ActionSafety, ArgumentsAreFixedWhateverTheDeviceSays)
{
    const Facts plain = [] {
        QString text = DsregTextBuilder::hybridJoined().text();
        text.replace(QStringLiteral("DeviceAuthStatus : SUCCESS"),
                     QStringLiteral("DeviceAuthStatus : FAILED. Device is either disabled or "
                                    "deleted"));
        return factsOf(text);
    }();
    const Facts hostile = hostileDevice();

    RecordedElevation forPlain;
    RecordedElevation forHostile;
    LeaveAndRejoinRepair(forPlain.runner(), QStringLiteral("/win/System32"))
        .run(plain, CancelToken());
    LeaveAndRejoinRepair(forHostile.runner(), QStringLiteral("/win/System32"))
        .run(hostile, CancelToken());
    ASSERT_EQ(forHostile.calls.size(), 2);
    EXPECT_EQ(forHostile.calls, forPlain.calls);
    EXPECT_EQ(forHostile.calls.at(0), (QStringList{QStringLiteral("/win/System32/dsregcmd.exe"),
                                                   QStringLiteral("/leave")}));

    // Refresh PRT runs dsregcmd twice (/refreshprt, then /status to see the new PRT time).
    QTemporaryDir system;
    const QString record = system.filePath(QStringLiteral("arguments"));
    const QString dsregcmd = system.filePath(QStringLiteral("dsregcmd.exe"));
    writeProgram(dsregcmd, record);
    RefreshPrtRepair refresh(std::make_shared<QProcessProgramRunner>(), dsregcmd, 850);
    refresh.run(hostile, CancelToken());
    EXPECT_EQ(readAll(record), QByteArray("[/refreshprt]\nran\n[/status]\nran\n"));
    EXPECT_EQ(
        refresh.commandLines(),
        RefreshPrtRepair(std::make_shared<QProcessProgramRunner>(), dsregcmd, 850).commandLines());
}
