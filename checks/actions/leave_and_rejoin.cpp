#include "actions/leave_and_rejoin.h"

#include "actions/retry_join.h"
#include "core/logging.h"

#include <QDir>

namespace jd {

bool leaveAndRejoinApplies(const Facts &facts)
{
    // Only a device that still holds a registration has something to leave: one Azure AD refuses
    // (disabled or deleted), or one whose renewal found no object (stale).
    return facts.azureAdJoined == Tri::Yes &&
           (facts.deviceAuth == DeviceAuthState::DisabledOrDeleted ||
            facts.lastRegistration.staleObject);
}

LeaveAndRejoinRepair::LeaveAndRejoinRepair(ElevatedRunner elevated, QString systemDirectory)
    : m_elevated(std::move(elevated)), m_systemDirectory(std::move(systemDirectory))
{
}

bool LeaveAndRejoinRepair::canRun(TrText *reason) const
{
    if (m_elevated && QDir::isAbsolutePath(m_systemDirectory)) {
        return true;
    }
    if (reason) {
        *reason = checksText(QT_TRANSLATE_NOOP(
            "Checks", "Only possible on the Windows device itself, as administrator."));
    }
    return false;
}

bool LeaveAndRejoinRepair::appliesTo(const Facts &facts, TrText *reason) const
{
    if (leaveAndRejoinApplies(facts)) {
        return true;
    }
    if (reason) {
        *reason = checksText(QT_TRANSLATE_NOOP(
            "Checks", "Only when Azure AD reports the device as disabled or deleted "
                      "(DeviceAuthStatus), or no longer has its registration."));
    }
    return false;
}

QStringList LeaveAndRejoinRepair::commandLines() const
{
    const QDir system(m_systemDirectory);
    return {repairCommandLine(system.absoluteFilePath(QStringLiteral("dsregcmd.exe")),
                              {QStringLiteral("/leave")}),
            RetryJoinRepair(m_systemDirectory).commandLines().constFirst()};
}

TrText LeaveAndRejoinRepair::whatChanges() const
{
    return checksText(QT_TRANSLATE_NOOP(
        "Checks", "The device leaves Azure AD (its registration on this computer is removed) and "
                  "registers again. Until Azure AD Connect has synced it and you have signed in "
                  "again, single sign-on does not work. Needs administrator rights."));
}

RepairResult LeaveAndRejoinRepair::run(const Facts &before, const CancelToken &cancel)
{
    RepairResult result;
    if (!isAvailable(before, &result.message)) {
        return result;
    }
    const QDir system(m_systemDirectory);
    const ElevatedRun leave = m_elevated(system.absoluteFilePath(QStringLiteral("dsregcmd.exe")),
                                         {QStringLiteral("/leave")});
    result.started = leave.started;
    result.refused = leave.refused;
    result.exitCode = leave.exitCode;
    if (!leave.started) {
        result.message =
            leave.refused
                ? checksText(QT_TRANSLATE_NOOP("Checks", "Administrator rights were refused; "
                                                         "nothing was changed."))
                : checksText(QT_TRANSLATE_NOOP("Checks", "dsregcmd /leave could not be run: %1"))
                      .with({leave.error});
        return result;
    }
    if (leave.stillRunning) {
        result.message =
            checksText(QT_TRANSLATE_NOOP("Checks", "dsregcmd /leave had not finished after %1 "
                                                   "seconds, so the join was not started. Run "
                                                   "the checks again in a few minutes."))
                .with({QString::number(kElevatedTimeoutMs / 1000)});
        return result;
    }
    if (leave.exitCode != 0 || cancel.isCancelled()) {
        result.message = checksText(QT_TRANSLATE_NOOP("Checks", "dsregcmd /leave failed (exit code "
                                                                "%1); the join was not started."))
                             .with({QString::number(leave.exitCode)});
        return result;
    }
    const RetryJoinRepair task(m_systemDirectory);
    const ElevatedRun join = m_elevated(task.program(), RetryJoinRepair::arguments());
    result.exitCode = join.exitCode;
    result.succeeded = join.started && !join.stillRunning && join.exitCode == 0;
    if (join.stillRunning) {
        result.message =
            checksText(QT_TRANSLATE_NOOP("Checks", "The device left Azure AD and the registration "
                                                   "task was started, but it had not finished "
                                                   "after %1 seconds. Run the checks again in a "
                                                   "few minutes."))
                .with({QString::number(kElevatedTimeoutMs / 1000)});
        return result;
    }
    result.message =
        result.succeeded
            ? checksText(QT_TRANSLATE_NOOP("Checks", "The device left Azure AD and the "
                                                     "registration was started again. Sign out "
                                                     "and in after the next sync."))
            : checksText(QT_TRANSLATE_NOOP("Checks", "The device left Azure AD, but the "
                                                     "registration could not be started (exit "
                                                     "code %1). Sign out and in to start it."))
                  .with({QString::number(join.exitCode)});
    log::checks()->info("leave and re-join: leave exit {}, join exit {}", leave.exitCode,
                        join.exitCode);
    return result;
}

} // namespace jd
