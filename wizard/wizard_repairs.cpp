// The wizard's repairs (Retry join, Refresh PRT, Leave and re-join) and the wait for Azure AD
// Connect: offered where they apply, confirmed, run off the GUI thread, then the checks again.
#include "joindoctor_wizard.h"

#include "core/background_call.h"
#include "core/logging.h"
#include "display_language.h"
#include "page_ids.h"
#include "step_page.h"
#include "summary_page.h"

#include "actions/retry_join.h"

#include <QLocale>

namespace jd {

bool JoinDoctorWizard::retryJoinAllowed(QString *whyNot) const
{
    TrText reason;
    if (!m_env.retryJoin || !m_env.retryJoin->canRun(&reason)) {
        *whyNot = m_ui->language().tr(reason);
    } else if (m_joinInProgress) {
        *whyNot = tr("A join is already being started.");
    } else if (m_runner->source().kind != FactSource::Kind::Live) {
        *whyNot = tr("Only for this computer, not for a saved output or a demo.");
    } else {
        whyNot->clear();
        return true;
    }
    return false;
}

void JoinDoctorWizard::updateRetryJoin()
{
    // The other repairs: only on this computer, only where they apply to what was found.
    const auto facts = m_runner->facts();
    const bool live = m_runner->source().kind == FactSource::Kind::Live && facts &&
                      !m_joinInProgress && !m_runner->isRunning();
    auto offered = [&](const std::shared_ptr<Repair> &action) {
        return live && action && action->isAvailable(*facts);
    };
    m_summary->setRepairsOffered(offered(m_env.refreshPrt) && facts->prt != PrtState::Present,
                                 offered(m_env.leaveAndRejoin));
    const bool watchHelps = m_runner->source().kind == FactSource::Kind::Live &&
                            m_runner->analysis() && syncWatchHelps(*m_runner->analysis());
    m_summary->setWatchOffered(watchHelps, m_watch.has_value());
    QString why;
    const bool available = retryJoinAllowed(&why);
    for (StepPage *page : m_steps) {
        page->setRetryJoinAvailable(available, why);
    }
    m_summary->setRetryJoinAvailable(available, why);
}

void JoinDoctorWizard::retryJoin()
{
    QString whyNot;
    if (retryJoinAllowed(&whyNot)) {
        runRepair(m_env.retryJoin, tr("Retry join"), tr("Starting the registration..."));
    }
}

void JoinDoctorWizard::setWatching(bool watch)
{
    if (!watch) {
        m_watch.reset();
        m_watchTimer->stop();
        m_summary->showWatchStatus(tr("Stopped watching. Run the checks again any time."));
        updateRetryJoin();
        return;
    }
    if (m_runner->source().kind != FactSource::Kind::Live) {
        return;
    }
    log::wizard()->info("watching for the sync");
    m_watch.emplace(m_env.clock());
    m_watchTimer->start();
    watchTick();
    updateRetryJoin();
}

void JoinDoctorWizard::watchTick()
{
    if (!m_watch) {
        return;
    }
    if (m_runner->source().kind != FactSource::Kind::Live) {
        setWatching(false); // another source was chosen meanwhile
        return;
    }
    const QDateTime now = m_env.clock();
    const SyncWatch::Status status = m_watch->statusAt(now);
    if (m_watch->checkDue(now) && !m_runner->isRunning() && !m_joinInProgress) {
        m_watch->checked(now);
        startChecks(m_runner->source());
    }
    const QString countdown =
        m_runner->isRunning() ? tr("Checking now...")
                              : tr("Next check in %1:%2.")
                                    .arg(status.secondsToNextCheck / 60)
                                    .arg(status.secondsToNextCheck % 60, 2, 10, QLatin1Char('0'));
    m_summary->showWatchStatus(
        tr("Waiting for Microsoft Entra Connect: %1 Watching for %2 more minutes. With the default "
           "schedule (every 30 minutes) the sync has run by %3 at the latest.")
            .arg(countdown)
            .arg(status.minutesLeft)
            .arg(QLocale(m_ui->language().locale())
                     .toString(status.syncCycleBy.toLocalTime().time(), QLocale::ShortFormat)));
}

void JoinDoctorWizard::onWatchedRunFinished()
{
    if (!m_watch || !m_runner->analysis()) {
        return;
    }
    const QDateTime now = m_env.clock();
    switch (m_watch->judge(*m_runner->analysis(), now)) {
    case SyncWatch::Outcome::KeepWatching:
        watchTick();
        return;
    case SyncWatch::Outcome::SignInNow:
        // Keep watching, now for the PRT.
        m_summary->showWatchStatus(tr("Azure AD Connect has synced this computer. Lock the "
                                      "computer and unlock it (or sign out and in); JoinDoctor "
                                      "keeps checking for the PRT."));
        return;
    case SyncWatch::Outcome::Done:
        m_watch.reset();
        m_watchTimer->stop();
        m_summary->showWatchStatus(tr("Done: the PRT is there, so single sign-on works."));
        break;
    case SyncWatch::Outcome::GaveUp:
        m_watch.reset();
        m_watchTimer->stop();
        m_summary->showWatchStatus(tr("Not synced after 40 minutes. Ask IT to check Azure AD "
                                      "Connect: is the computer's OU in the sync scope, and are "
                                      "there sync errors?"));
        break;
    }
    updateRetryJoin();
}

void JoinDoctorWizard::runRepair(const std::shared_ptr<Repair> &repair, const QString &title,
                                 const QString &progress)
{
    // Retry join does not depend on what was found (the checks may not have read anything).
    static const Facts nothingFound;
    const std::shared_ptr<const Facts> found = m_runner->facts();
    const Facts &facts = found ? *found : nothingFound;
    if (!repair || m_joinInProgress || !repair->isAvailable(facts)) {
        return;
    }
    const QString text = m_ui->language().tr(repair->whatChanges()) + QStringLiteral("\n\n") +
                         tr("Commands:") + u'\n' + repair->commandLines().join(u'\n') +
                         QStringLiteral("\n\n") + tr("Do you want to continue?");
    if (!m_env.confirm(this, title, text)) {
        log::wizard()->info("{}: not confirmed", title);
        return;
    }
    m_summary->setAction(repair == m_env.refreshPrt       ? SummaryPage::Action::RefreshPrt
                         : repair == m_env.leaveAndRejoin ? SummaryPage::Action::LeaveAndRejoin
                                                          : SummaryPage::Action::RetryJoin);
    beginRepair(progress);
    // The facts are immutable and shared: the worker keeps them alive, nothing is copied.
    runInBackground<RepairResult>(
        QThreadPool::globalInstance(), this,
        [repair, found]() { return repair->run(found ? *found : nothingFound, CancelToken()); },
        [this, title, refusedJoin = repair == m_env.retryJoin](const RepairResult &result) {
            log::wizard()->info("{} done: started={} succeeded={} refused={} exit={}", title,
                                result.started, result.succeeded, result.refused, result.exitCode);
            finishRepair(result.started, result.exitCode, result.message, result.output);
            if (refusedJoin && result.refused) {
                showRemoteJoinHelp();
            }
        });
}

void JoinDoctorWizard::showRemoteJoinHelp()
{
    // The code the user reads aloud is the first failing step's, as on the summary.
    const auto &analysis = m_runner->analysis();
    const QString code = analysis && analysis->firstFailingStep > 0
                             ? analysis->step(analysis->firstFailingStep).code
                             : QString();
    const auto facts = m_runner->facts();
    m_summary->showRemoteJoinHelp(code, remoteJoinCommands(facts ? facts->deviceName : QString()));
}

void JoinDoctorWizard::beginRepair(const QString &progress)
{
    m_joinInProgress = true;
    updateRetryJoin();
    m_summary->showJoinProgress(progress);
    if (m_runner->analysis()) {
        m_beforeJoin = *m_runner->analysis();
    }
    while (currentId() != SummaryPageId && currentId() != -1) {
        next();
    }
}

void JoinDoctorWizard::finishRepair(bool started, int exitCode, const TrText &message,
                                    const QString &output)
{
    m_joinInProgress = false;
    m_summary->showJoinAttempt(message, started ? exitCode : -1, output, started);
    if (started) {
        startChecks(m_runner->source()); // before -> after
    } else {
        m_beforeJoin.reset();
    }
    updateRetryJoin();
    emit joinAttemptFinished();
}

} // namespace jd
