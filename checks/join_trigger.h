#pragma once
// "Retry join": starts the device registration again, the way Windows does it. The Windows
// implementation runs the Automatic-Device-Join scheduled task with schtasks.exe from the system
// directory, by absolute path, with fixed arguments, no shell and a time-out. Tests and
// non-Windows builds use other implementations of the same interface.

#include "cancel_token.h"
#include "tr_text.h"

#include <chrono>
#include <memory>
#include <QString>
#include <QStringList>

namespace jd {

struct JoinTriggerResult
{
    bool started = false; // the command could be run at all
    int exitCode = -1;
    QString output; // what the command printed (stdout and stderr), as is
    TrText message; // one line for the user
};

class JoinTrigger
{
public:
    virtual ~JoinTrigger() = default;
    // False, with the reason, where a join cannot be triggered from here.
    virtual bool isAvailable(TrText *reason = nullptr) const = 0;
    // The command that will run, for the confirmation dialog and the log.
    virtual QString commandLine() const = 0;
    // Blocking: call it off the GUI thread.
    virtual JoinTriggerResult trigger(const CancelToken &cancel) = 0;
};

class ScheduledTaskJoinTrigger : public JoinTrigger
{
public:
    // systemDirectory: the absolute Windows system directory (from GetSystemDirectoryW).
    explicit ScheduledTaskJoinTrigger(QString systemDirectory,
                                      std::chrono::milliseconds timeout = std::chrono::seconds(60));
    bool isAvailable(TrText *reason = nullptr) const override;
    QString commandLine() const override;
    JoinTriggerResult trigger(const CancelToken &cancel) override;

    QString program() const;
    static QStringList arguments();

private:
    QString m_systemDirectory;
    std::chrono::milliseconds m_timeout;
};

// Whether starting the join again can fix the cause behind this result code (the VPN case, a
// finished sync, a fixed proxy), so the step page offers "Retry join".
bool retryJoinCanHelp(const QString &resultCode);

// The trigger for this platform: the scheduled task on Windows, an unavailable one elsewhere.
std::unique_ptr<JoinTrigger> makePlatformJoinTrigger();

} // namespace jd
