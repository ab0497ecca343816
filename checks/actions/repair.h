#pragma once
// One repair JoinDoctor may start on the device: Retry join, Refresh PRT, Leave and re-join. Every
// repair follows the same path: the wizard shows what changes and the fixed commands and asks;
// run() starts those commands (from the system directory, by absolute path, never a shell, with a
// time-out); then the wizard runs the checks again and shows before → after.

#include "core/cancel_token.h"
#include "core/tr_text.h"
#include "facts/facts.h"

#include <functional>
#include <QString>
#include <QStringList>

namespace jd {

struct RepairResult
{
    bool started = false;   // the (first) command could be run at all
    bool succeeded = false; // what the repair is for happened, as far as it can tell
    int exitCode = -1;
    QString output;       // what the commands printed, as is
    TrText message;       // one line for the user
    bool refused = false; // administrator rights were refused at the UAC prompt
};

class Repair
{
public:
    virtual ~Repair() = default;

    // False, with the reason, where this build or device cannot run it at all.
    virtual bool canRun(TrText *reason = nullptr) const = 0;
    // False, with the reason, where the documented case for it does not apply to these facts.
    virtual bool appliesTo(const Facts &facts, TrText *reason = nullptr) const;
    // Both: offer it only then.
    bool isAvailable(const Facts &facts, TrText *reason = nullptr) const;

    // For the confirmation and the log: what the user will notice, and the exact commands.
    virtual TrText whatChanges() const = 0;
    virtual QStringList commandLines() const = 0;

    // Blocking: call it off the GUI thread. before: the facts the user saw when confirming.
    virtual RepairResult run(const Facts &before, const CancelToken &cancel) = 0;
};

// Runs a program elevated (UAC) and waits for it: refused at the prompt, not started, or its exit
// code. The output of an elevated program cannot be read.
struct ElevatedRun
{
    bool started = false;
    bool refused = false;
    int exitCode = -1; // meaningful when started and not still running
    QString error;
    bool stillRunning = false; // started, but not finished at the time-out (left running)
};
using ElevatedRunner = std::function<ElevatedRun(const QString &program, const QStringList &args)>;

// How long Windows' elevated runner waits for the program before it reports it still running.
inline constexpr unsigned long kElevatedTimeoutMs = 120000;

// A program and its arguments as a confirmation shows them: "C:\...\program.exe" /arg ...
QString repairCommandLine(const QString &program, const QStringList &arguments);

// The scheduled task that performs the device registration (dsregcmd /join as SYSTEM).
inline constexpr const char *kJoinTaskPath =
    "\\Microsoft\\Windows\\Workplace Join\\Automatic-Device-Join";

} // namespace jd
