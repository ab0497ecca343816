#include "actions/refresh_prt.h"

#include "core/logging.h"
#include "facts/fact_source.h"
#include "live/live_collector.h"

#include <QDir>

namespace jd {

bool prtWasRenewed(const Facts &before, const Facts &after)
{
    return after.prt == PrtState::Present && after.prtUpdateTime.isValid() &&
           (!before.prtUpdateTime.isValid() || after.prtUpdateTime > before.prtUpdateTime);
}

RefreshPrtRepair::RefreshPrtRepair(std::shared_ptr<ProgramRunner> runner, QString dsregcmd,
                                   int codePage, std::chrono::milliseconds timeout)
    : m_runner(std::move(runner)), m_dsregcmd(std::move(dsregcmd)), m_codePage(codePage),
      m_timeout(timeout)
{
}

bool RefreshPrtRepair::canRun(TrText *reason) const
{
    if (m_runner && QDir::isAbsolutePath(m_dsregcmd)) {
        return true;
    }
    if (reason) {
        *reason =
            checksText(QT_TRANSLATE_NOOP("Checks", "Only possible on the Windows device itself."));
    }
    return false;
}

bool RefreshPrtRepair::appliesTo(const Facts &facts, TrText *reason) const
{
    if (facts.azureAdJoined == Tri::Yes) {
        return true;
    }
    if (reason) {
        *reason = checksText(QT_TRANSLATE_NOOP("Checks", "The device is not joined yet; a PRT "
                                                         "comes after the join."));
    }
    return false;
}

QStringList RefreshPrtRepair::commandLines() const
{
    return {repairCommandLine(m_dsregcmd, {QStringLiteral("/refreshprt")})};
}

TrText RefreshPrtRepair::whatChanges() const
{
    return checksText(QT_TRANSLATE_NOOP("Checks", "Windows asks Azure AD for a new Primary "
                                                  "Refresh Token for you. Nothing else changes; "
                                                  "no administrator rights are needed."));
}

RepairResult RefreshPrtRepair::run(const Facts &before, const CancelToken &cancel)
{
    RepairResult result;
    const ProgramResult r =
        m_runner->run(m_dsregcmd, {QStringLiteral("/refreshprt")}, m_timeout, 1 << 20, cancel);
    result.started = r.started;
    result.exitCode = r.exitCode;
    result.output = decodeConsoleOutput(r.output, m_codePage);
    if (!r.started || r.timedOut) {
        result.message =
            checksText(QT_TRANSLATE_NOOP("Checks", "dsregcmd /refreshprt could not be run."));
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
            ? checksText(QT_TRANSLATE_NOOP("Checks", "The PRT was renewed at %1."))
                  .with({after.facts->prtUpdateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm"))})
            : checksText(QT_TRANSLATE_NOOP(
                  "Checks", "dsregcmd /refreshprt ran, but the PRT was not renewed: "
                            "AzureAdPrtUpdateTime did not move. Lock and unlock the computer, or "
                            "sign out and in."));
    log::checks()->info("refresh PRT: exit {}, renewed {}", r.exitCode, result.succeeded);
    return result;
}

} // namespace jd
