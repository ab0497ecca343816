#pragma once
// The repairs JoinDoctor may start besides "Retry join", each guarded: fixed commands from the
// system directory by absolute path, never a shell, only after a confirmation that says what will
// change, and only where the documented case applies.
//  - Refresh PRT: dsregcmd /refreshprt as the signed-in user; it counts as done only when
//    AzureAdPrtUpdateTime moved forward.
//  - Leave and re-join: dsregcmd /leave, then the Automatic-Device-Join task, elevated; only when
//    Azure AD says the device is disabled or deleted (DeviceAuthStatus).

#include "cancel_token.h"
#include "facts.h"
#include "program_runner.h"
#include "tr_text.h"

#include <functional>
#include <memory>

namespace jd {

struct DeviceActionResult
{
    bool started = false;
    bool succeeded = false;
    int exitCode = -1;
    QString output;
    TrText message; // one line for the user
};

class DeviceAction
{
public:
    virtual ~DeviceAction() = default;
    // False, with the reason, where it cannot or must not run for these facts.
    virtual bool isAvailable(const Facts &facts, TrText *reason = nullptr) const = 0;
    virtual QStringList commandLines() const = 0; // for the confirmation and the log
    virtual TrText whatChanges() const = 0;       // for the confirmation
    // Blocking: call it off the GUI thread.
    virtual DeviceActionResult run(const Facts &before, const CancelToken &cancel) = 0;
};

// Runs a program elevated (UAC); returns its exit code, or nullopt with the reason when it did
// not run (refused at the prompt, not found).
struct ElevatedRun
{
    bool started = false;
    bool refused = false;
    int exitCode = -1;
    QString error;
};
using ElevatedRunner = std::function<ElevatedRun(const QString &program, const QStringList &args)>;

class RefreshPrtAction : public DeviceAction
{
public:
    RefreshPrtAction(std::shared_ptr<ProgramRunner> runner, QString dsregcmd, int codePage,
                     std::chrono::milliseconds timeout = std::chrono::seconds(60));
    bool isAvailable(const Facts &facts, TrText *reason = nullptr) const override;
    QStringList commandLines() const override;
    TrText whatChanges() const override;
    DeviceActionResult run(const Facts &before, const CancelToken &cancel) override;

private:
    std::shared_ptr<ProgramRunner> m_runner;
    QString m_dsregcmd;
    int m_codePage;
    std::chrono::milliseconds m_timeout;
};

class LeaveAndRejoinAction : public DeviceAction
{
public:
    LeaveAndRejoinAction(ElevatedRunner elevated, QString systemDirectory);
    bool isAvailable(const Facts &facts, TrText *reason = nullptr) const override;
    QStringList commandLines() const override;
    TrText whatChanges() const override;
    DeviceActionResult run(const Facts &before, const CancelToken &cancel) override;

private:
    ElevatedRunner m_elevated;
    QString m_systemDirectory;
};

// The documented case for leaving: "DeviceAuthStatus : FAILED. Device is either disabled or
// deleted" on a device that is still joined.
bool leaveAndRejoinApplies(const Facts &facts);
// The PRT was renewed: present now, and its update time later than before.
bool prtWasRenewed(const Facts &before, const Facts &after);

struct PlatformActions
{
    std::shared_ptr<DeviceAction> refreshPrt;
    std::shared_ptr<DeviceAction> leaveAndRejoin;
};
// On Windows: the real commands; elsewhere: none.
PlatformActions makePlatformActions();

} // namespace jd
