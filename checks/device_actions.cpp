#include "device_actions.h"

#include "fact_source.h"
#include "live_collector.h"
#include "logging.h"

#include <QDir>

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

QString quoted(const QString &program, const QStringList &args)
{
    return QStringLiteral("\"%1\" %2").arg(QDir::toNativeSeparators(program), args.join(u' '));
}

} // namespace

bool leaveAndRejoinApplies(const Facts &facts)
{
    return facts.deviceAuth == DeviceAuthState::DisabledOrDeleted &&
           facts.azureAdJoined == Tri::Yes;
}

bool prtWasRenewed(const Facts &before, const Facts &after)
{
    return after.prt == PrtState::Present && after.prtUpdateTime.isValid() &&
           (!before.prtUpdateTime.isValid() || after.prtUpdateTime > before.prtUpdateTime);
}

RefreshPrtAction::RefreshPrtAction(std::shared_ptr<ProgramRunner> runner, QString dsregcmd,
                                   int codePage, std::chrono::milliseconds timeout)
    : m_runner(std::move(runner)), m_dsregcmd(std::move(dsregcmd)), m_codePage(codePage),
      m_timeout(timeout)
{
}

bool RefreshPrtAction::isAvailable(const Facts &facts, TrText *reason) const
{
    if (!m_runner || !QDir::isAbsolutePath(m_dsregcmd)) {
        if (reason) {
            *reason = t(QT_TRANSLATE_NOOP("Checks", "Only possible on the Windows device itself."));
        }
        return false;
    }
    if (facts.azureAdJoined != Tri::Yes) {
        if (reason) {
            *reason = t(QT_TRANSLATE_NOOP("Checks", "The device is not joined yet; a PRT comes "
                                                    "after the join."));
        }
        return false;
    }
    return true;
}

QStringList RefreshPrtAction::commandLines() const
{
    return {quoted(m_dsregcmd, {QStringLiteral("/refreshprt")})};
}

TrText RefreshPrtAction::whatChanges() const
{
    return t(QT_TRANSLATE_NOOP("Checks", "Windows asks Azure AD for a new Primary Refresh Token "
                                         "for you. Nothing else changes; no administrator rights "
                                         "are needed."));
}

DeviceActionResult RefreshPrtAction::run(const Facts &before, const CancelToken &cancel)
{
    DeviceActionResult result;
    const ProgramResult r =
        m_runner->run(m_dsregcmd, {QStringLiteral("/refreshprt")}, m_timeout, 1 << 20, cancel);
    result.started = r.started;
    result.exitCode = r.exitCode;
    result.output = decodeConsoleOutput(r.output, m_codePage);
    if (!r.started || r.timedOut) {
        result.message = t(QT_TRANSLATE_NOOP("Checks", "dsregcmd /refreshprt could not be run."));
        return result;
    }
    // Success is what Windows reports afterwards, not the exit code.
    const CaptureItem status =
        readDsregcmd(*m_runner, m_dsregcmd, m_codePage, m_timeout, 4 * 1024 * 1024, cancel);
    const LoadedFacts after =
        status.collected ? parseFacts(status.content, QStringLiteral("live")) : LoadedFacts();
    result.succeeded = after.facts && prtWasRenewed(before, *after.facts);
    result.message =
        result.succeeded
            ? t(QT_TRANSLATE_NOOP("Checks", "The PRT was renewed at %1."))
                  .with({after.facts->prtUpdateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm"))})
            : t(QT_TRANSLATE_NOOP("Checks", "dsregcmd /refreshprt ran, but the PRT was not "
                                            "renewed: AzureAdPrtUpdateTime did not move. Lock and "
                                            "unlock the computer, or sign out and in."));
    log::checks()->info("refresh PRT: exit {}, renewed {}", r.exitCode, result.succeeded);
    return result;
}

LeaveAndRejoinAction::LeaveAndRejoinAction(ElevatedRunner elevated, QString systemDirectory)
    : m_elevated(std::move(elevated)), m_systemDirectory(std::move(systemDirectory))
{
}

bool LeaveAndRejoinAction::isAvailable(const Facts &facts, TrText *reason) const
{
    if (!m_elevated || !QDir::isAbsolutePath(m_systemDirectory)) {
        if (reason) {
            *reason = t(QT_TRANSLATE_NOOP(
                "Checks", "Only possible on the Windows device itself, as administrator."));
        }
        return false;
    }
    if (!leaveAndRejoinApplies(facts)) {
        if (reason) {
            *reason = t(QT_TRANSLATE_NOOP(
                "Checks", "Only when Azure AD reports the device as disabled or deleted "
                          "(DeviceAuthStatus)."));
        }
        return false;
    }
    return true;
}

QStringList LeaveAndRejoinAction::commandLines() const
{
    const QDir system(m_systemDirectory);
    return {
        quoted(system.absoluteFilePath(QStringLiteral("dsregcmd.exe")), {QStringLiteral("/leave")}),
        quoted(
            system.absoluteFilePath(QStringLiteral("schtasks.exe")),
            {QStringLiteral("/Run"), QStringLiteral("/TN"),
             QStringLiteral("\"\\Microsoft\\Windows\\Workplace Join\\Automatic-Device-Join\"")})};
}

TrText LeaveAndRejoinAction::whatChanges() const
{
    return t(QT_TRANSLATE_NOOP("Checks", "The device leaves Azure AD (its registration on this "
                                         "computer is removed) and registers again. Until Azure AD "
                                         "Connect has synced it and you have signed in again, "
                                         "single sign-on does not work. Needs administrator "
                                         "rights."));
}

DeviceActionResult LeaveAndRejoinAction::run(const Facts &before, const CancelToken &cancel)
{
    DeviceActionResult result;
    if (!isAvailable(before)) {
        isAvailable(before, &result.message);
        return result;
    }
    const QDir system(m_systemDirectory);
    const ElevatedRun leave = m_elevated(system.absoluteFilePath(QStringLiteral("dsregcmd.exe")),
                                         {QStringLiteral("/leave")});
    result.started = leave.started;
    result.exitCode = leave.exitCode;
    if (!leave.started) {
        result.message = leave.refused
                             ? t(QT_TRANSLATE_NOOP("Checks", "Administrator rights were refused; "
                                                             "nothing was changed."))
                             : t(QT_TRANSLATE_NOOP("Checks", "dsregcmd /leave could not be run: "
                                                             "%1"))
                                   .with({leave.error});
        return result;
    }
    if (leave.exitCode != 0 || cancel.isCancelled()) {
        result.message = t(QT_TRANSLATE_NOOP("Checks", "dsregcmd /leave failed (exit code %1); "
                                                       "the join was not started."))
                             .with({QString::number(leave.exitCode)});
        return result;
    }
    const ElevatedRun join =
        m_elevated(system.absoluteFilePath(QStringLiteral("schtasks.exe")),
                   {QStringLiteral("/Run"), QStringLiteral("/TN"),
                    QStringLiteral("\\Microsoft\\Windows\\Workplace Join\\Automatic-Device-Join")});
    result.exitCode = join.exitCode;
    result.succeeded = join.started && join.exitCode == 0;
    result.message =
        result.succeeded
            ? t(QT_TRANSLATE_NOOP("Checks", "The device left Azure AD and the registration was "
                                            "started again. Sign out and in after the next sync."))
            : t(QT_TRANSLATE_NOOP("Checks", "The device left Azure AD, but the registration could "
                                            "not be started (exit code %1). Sign out and in to "
                                            "start it."))
                  .with({QString::number(join.exitCode)});
    log::checks()->info("leave and re-join: leave exit {}, join exit {}", leave.exitCode,
                        join.exitCode);
    return result;
}

} // namespace jd
