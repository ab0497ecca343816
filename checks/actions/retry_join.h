#pragma once
// "Retry join": starts the device registration again, the way Windows does it: the
// Automatic-Device-Join scheduled task, run with schtasks.exe from the system directory. Starting
// the task needs administrator rights, so on Windows it runs elevated (UAC); the task then runs
// dsregcmd /join as SYSTEM. Where the user may not elevate, the helpdesk starts it remotely.

#include "actions/repair.h"

#include <chrono>
#include <memory>

namespace jd {

class RetryJoinRepair : public Repair
{
public:
    // systemDirectory: the absolute Windows system directory (from GetSystemDirectoryW).
    // elevated: how to run schtasks.exe with administrator rights; empty: run it as this user
    // (its output is then shown), with a time-out.
    explicit RetryJoinRepair(QString systemDirectory, ElevatedRunner elevated = {},
                             std::chrono::milliseconds timeout = std::chrono::seconds(60));
    bool canRun(TrText *reason = nullptr) const override;
    TrText whatChanges() const override;
    QStringList commandLines() const override;
    RepairResult run(const Facts &before, const CancelToken &cancel) override;

    QString program() const;
    static QStringList arguments();

private:
    RepairResult runElevated();

    QString m_systemDirectory;
    ElevatedRunner m_elevated;
    std::chrono::milliseconds m_timeout;
};

// For builds and sources where a join cannot be started from here: never runs, says why.
class UnavailableRetryJoin : public Repair
{
public:
    bool canRun(TrText *reason = nullptr) const override;
    TrText whatChanges() const override;
    QStringList commandLines() const override { return {}; }
    RepairResult run(const Facts &before, const CancelToken &cancel) override;
};

// Whether starting the join again can fix the cause behind this result code (the VPN case, a
// finished sync, a fixed proxy), so the step page offers "Retry join".
bool retryJoinCanHelp(const QString &resultCode);

// What the helpdesk runs from its own desk to start the join on this device, when the person at
// the keyboard may not: PsExec as SYSTEM, and PowerShell remoting starting the scheduled task.
// A device name that is not a plain host name (letters, digits, '-', '.') is not put into a
// command line; DEVICE stands in its place.
QStringList remoteJoinCommands(const QString &deviceName);

} // namespace jd
