#pragma once
// "Retry join": starts the device registration again, the way Windows does it: the
// Automatic-Device-Join scheduled task, run with schtasks.exe from the system directory. It needs
// administrator rights; the task runs dsregcmd /join as SYSTEM.

#include "actions/repair.h"

#include <chrono>
#include <memory>

namespace jd {

class RetryJoinRepair : public Repair
{
public:
    // systemDirectory: the absolute Windows system directory (from GetSystemDirectoryW).
    explicit RetryJoinRepair(QString systemDirectory,
                             std::chrono::milliseconds timeout = std::chrono::seconds(60));
    bool canRun(TrText *reason = nullptr) const override;
    TrText whatChanges() const override;
    QStringList commandLines() const override;
    RepairResult run(const Facts &before, const CancelToken &cancel) override;

    QString program() const;
    static QStringList arguments();

private:
    QString m_systemDirectory;
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

} // namespace jd
