#include "joindoctor_wizard.h"

#include "live/redaction.h"

#include "core/logging.h"
#include "display_language.h"
#include "fleet_view.h"
#include "page_ids.h"
#include "page_lookahead.h"
#include "report/report_labels.h"
#include "report/report_renderers.h"
#include "step_overview.h"
#include "step_page.h"
#include "summary_page.h"
#include "ticket_info_bar.h"
#include "welcome_page.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace jd {

namespace {
bool sameSource(const FactSource &a, const FactSource &b)
{
    return a.kind == b.kind && a.name == b.name && a.pasted == b.pasted;
}

// Qt's own wizard button texts, looked up in qtbase's translation at run time (kept out of
// JoinDoctor's .ts files on purpose: Qt already translates them).
const char *const kQWizardContext = "QWizard";
const char *const kBackText = "< &Back";
const char *const kNextText = "&Next >";
const char *const kCancelText = "Cancel";
} // namespace

JoinDoctorWizard::JoinDoctorWizard(WizardEnvironment environment, LanguageCode language,
                                   QWidget *parent)
    : QWizard(parent), m_env(std::move(environment)), m_ui(new UiLanguage(language, this)),
      m_runner(m_env.checks.empty() ? new CheckRunner(this) : new CheckRunner(m_env.checks, this)),
      m_welcome(new WelcomePage(m_env, this)), m_summary(new SummaryPage(this)),
      m_overview(new StepOverview(this)), m_watchTimer(new QTimer(this)),
      m_lookahead(new PageLookahead(this))
{
    if (!m_env.clock) {
        m_env.clock = []() {
            return QDateTime::currentDateTimeUtc();
        };
    }
    m_watchTimer->setInterval(1000);
    connect(m_watchTimer, &QTimer::timeout, this, &JoinDoctorWizard::watchTick);
    m_runner->setLiveLoader(m_env.liveFacts);
    m_runner->setProbeSettingsProvider(m_env.probeSettings);
    m_runner->setDirectorySettingsProvider(m_env.directorySettings);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});

    setPage(WelcomePageId, m_welcome);
    for (int step = 1; step <= kStepCount; ++step) {
        auto *page = new StepPage(step, this);
        m_steps.at(size_t(step - 1)) = page;
        setPage(stepPageId(step), page);
        connect(page, &StepPage::retryJoinRequested, this, &JoinDoctorWizard::retryJoin);
        connect(page, &StepPage::runAgainRequested, this,
                [this]() { startChecks(m_runner->source()); });
    }
    setPage(SummaryPageId, m_summary);
    setStartId(WelcomePageId);
    setSideWidget(m_overview);
    m_overview->refresh(*m_runner, m_ui->language(), WelcomePageId); // its width, for the size
    // Sized from the font, so it scales with the system's text size and DPI; the pages keep their
    // width beside the side panel.
    setMinimumSize(fontMetrics().averageCharWidth() * 90 + m_overview->width(),
                   fontMetrics().height() * 34);
    resize(fontMetrics().averageCharWidth() * 125 + m_overview->width(),
           fontMetrics().height() * 42);
    connect(m_overview, &StepOverview::pageChosen, this, &JoinDoctorWizard::goToPage);
    for (const auto signal : {&CheckRunner::runStarted, &CheckRunner::runFinished,
                              &CheckRunner::inputRefused, &CheckRunner::runCancelled}) {
        connect(m_runner, signal, this, &JoinDoctorWizard::refreshOverview);
    }
    connect(m_runner, &CheckRunner::stepFinished, this, &JoinDoctorWizard::refreshOverview);

    connect(m_welcome, &WelcomePage::languageChosen, this, &JoinDoctorWizard::setLanguage);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) {
            setLanguage(languageCode() == LanguageCode::Danish ? LanguageCode::English
                                                               : LanguageCode::Danish);
        }
    });
    connect(this, &QWizard::currentIdChanged, this, &JoinDoctorWizard::onPageChanged);
    connect(m_ui, &UiLanguage::changed, this, &JoinDoctorWizard::retranslateAll);

    connect(m_runner, &CheckRunner::runStarted, this, [this]() {
        m_runStartedAt = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        for (StepPage *page : m_steps) {
            page->showRunning();
        }
        stepPage(2)->showEndpoints({}, QString());
        m_summary->showRunning();
        m_welcome->setInputProblem(QString());
        updateTicketInfo();
        updateRetryJoin();
    });
    connect(m_runner, &CheckRunner::inputLoaded, this, &JoinDoctorWizard::updateTicketInfo);
    connect(m_runner, &CheckRunner::inputLoaded, this, &JoinDoctorWizard::updateWelcomeInput);
    connect(m_runner, &CheckRunner::probeStarted, this, &JoinDoctorWizard::showEndpointTable);
    connect(m_runner, &CheckRunner::probeEndpointFinished, this,
            &JoinDoctorWizard::showEndpointTable);
    connect(m_runner, &CheckRunner::stepFinished, this,
            [this](int step) { stepPage(step)->showResult(*m_runner->result(step)); });
    connect(m_runner, &CheckRunner::runFinished, this, [this]() {
        if (m_runner->probeInUse() && m_runner->redaction()) {
            showEndpointTable(); // with the names the finished run hides
        }
        m_summary->showAnalysis(*m_runner->analysis());
        if (m_beforeJoin) {
            m_summary->showJoinChanges(compareAnalyses(*m_beforeJoin, *m_runner->analysis()));
            m_beforeJoin.reset();
        }
        updateRetryJoin();
        onWatchedRunFinished();
        m_lookahead->schedule(); // the next page has its results now
    });
    connect(m_runner, &CheckRunner::inputRefused, this, [this]() {
        const QString message = m_ui->language().tr(m_runner->inputProblem().message);
        for (StepPage *page : m_steps) {
            page->showInputProblem(message);
        }
        m_summary->showInputProblem(message);
        m_welcome->setInputProblem(message);
        updateRetryJoin();
    });
    connect(m_runner, &CheckRunner::runCancelled, this, [this]() {
        for (StepPage *page : m_steps) {
            page->showCancelled();
        }
        m_summary->showInputProblem(QString());
        updateRetryJoin();
    });

    connect(m_summary, &SummaryPage::retryJoinRequested, this, &JoinDoctorWizard::retryJoin);
    connect(m_summary, &SummaryPage::watchRequested, this, &JoinDoctorWizard::setWatching);
    connect(m_summary, &SummaryPage::refreshPrtRequested, this,
            [this]() { runRepair(m_env.refreshPrt, tr("Refresh PRT"), tr("Working...")); });
    connect(m_summary, &SummaryPage::leaveAndRejoinRequested, this, [this]() {
        runRepair(m_env.leaveAndRejoin, tr("Leave and re-join"), tr("Working..."));
    });
    connect(m_summary, &SummaryPage::saveReportRequested, this, &JoinDoctorWizard::saveReport);
    connect(m_summary, &SummaryPage::saveCaptureRequested, this, &JoinDoctorWizard::saveCapture);
    connect(m_summary, &SummaryPage::copySummaryRequested, this, &JoinDoctorWizard::copySummary);
    connect(m_summary, &SummaryPage::saveScreenshotRequested, this,
            &JoinDoctorWizard::saveScreenshot);
    connect(m_summary, &SummaryPage::saveAllPagesRequested, this, &JoinDoctorWizard::saveAllPages);
    connect(m_summary, &SummaryPage::saveTicketRequested, this, &JoinDoctorWizard::saveTicket);
    connect(m_summary, &SummaryPage::redactionChosen, this, &JoinDoctorWizard::setRedaction);
    connect(m_welcome, &WelcomePage::redactionChosen, this, &JoinDoctorWizard::setRedaction);
    connect(m_summary, &SummaryPage::openLogFolderRequested, this, [this]() {
        QDir().mkpath(m_env.logFolder);
        m_env.openFolder(m_env.logFolder);
    });

    m_summary->setReportLanguage(language);
    m_runStartedAt = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    updateTicketInfo();
    retranslateAll();
    updateRetryJoin();
}

JoinDoctorWizard::~JoinDoctorWizard()
{
    // Cancel, then join: no worker may call back into a page that is being destroyed.
    m_runner->cancel();
    m_runner->join();
    delete m_fleet; // a window of its own (wizard_fleet.cpp)
}

void JoinDoctorWizard::setSource(const FactSource &source)
{
    m_welcome->setSource(source);
}

LanguageCode JoinDoctorWizard::languageCode() const
{
    return m_ui->code();
}

void JoinDoctorWizard::setLanguage(LanguageCode code)
{
    if (code == languageCode()) {
        return;
    }
    // A running check is cancelled (it can be run again); results already shown stay and are
    // re-rendered in the new language without running anything.
    m_runner->cancel();
    log::wizard()->info("language switched to {}", code == LanguageCode::Danish ? "da" : "en");
    m_ui->setCode(code);
    if (m_env.settings) {
        m_env.settings->setLanguage(code); // the next start opens in it
    }
}

void JoinDoctorWizard::retranslateAll()
{
    const Language &lang = m_ui->language();
    setWindowTitle(tr("JoinDoctor - Microsoft Entra hybrid join"));
    setButtonText(QWizard::BackButton, QCoreApplication::translate(kQWizardContext, kBackText));
    setButtonText(QWizard::NextButton, QCoreApplication::translate(kQWizardContext, kNextText));
    setButtonText(QWizard::CancelButton, QCoreApplication::translate(kQWizardContext, kCancelText));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    //: Button that switches the whole program to the other language; shows that language's name.
    setButtonText(QWizard::CustomButton1, languageCode() == LanguageCode::Danish
                                              ? QStringLiteral("English")
                                              : QStringLiteral("Dansk"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Switch language"));
    m_welcome->setLanguage(languageCode());
    m_welcome->retranslate(lang);
    for (StepPage *page : m_steps) {
        page->retranslate(lang);
    }
    m_summary->retranslate(lang);
    if (m_fleet) {
        m_fleet->retranslate(lang);
    }
    if (m_runner->inputProblem()) {
        const QString message = lang.tr(m_runner->inputProblem().message);
        for (StepPage *page : m_steps) {
            page->showInputProblem(message);
        }
        m_summary->showInputProblem(message);
        m_welcome->setInputProblem(message);
    }
    updateTicketInfo(); // the source's name is in the page language too
    updateRetryJoin();
    refreshOverview();
    m_lookahead->schedule();
}

bool JoinDoctorWizard::validateCurrentPage()
{
    // From the welcome page Next runs the checks; a step chosen in the side panel only looks.
    if (currentId() == WelcomePageId && !m_jumping) {
        if (openFleetIfMany(m_welcome->source())) {
            return false; // many devices: the fleet summary, not the step pages
        }
        startChecks(m_welcome->source());
    }
    return QWizard::validateCurrentPage();
}

void JoinDoctorWizard::startChecks(const FactSource &source)
{
    log::wizard()->info("starting checks on {}", source.label());
    m_runner->start(source);
}

void JoinDoctorWizard::onPageChanged(int id)
{
    // Going back while checks run stops them; Next on the welcome page starts afresh. A step
    // chosen in the side panel is only a look at another page.
    if (m_lastPageId != -1 && id < m_lastPageId && m_runner->isRunning() && !m_jumping) {
        m_runner->cancel();
    }
    m_lastPageId = id;
    refreshOverview();
}

void JoinDoctorWizard::refreshOverview()
{
    m_overview->refresh(*m_runner, m_ui->language(), currentId());
}

void JoinDoctorWizard::goToPage(int id)
{
    // From the welcome page with another input or another "Hide names and IDs" than the last
    // run's, a step means what Next means: run the checks on what the page says now.
    if (currentId() == WelcomePageId && id != WelcomePageId && !m_jumping &&
        openFleetIfMany(m_welcome->source())) {
        return;
    }
    if (currentId() == WelcomePageId && id != WelcomePageId &&
        (m_runner->runRedacted() != m_runner->redaction() ||
         !sameSource(m_welcome->source(), m_runner->source()))) {
        startChecks(m_welcome->source());
    }
    // Page by page, so that Back keeps going one step back; nothing starts or stops on the way.
    m_jumping = true;
    for (int before = -1; currentId() < id && currentId() != before;) {
        before = currentId();
        next();
    }
    for (int before = -1; currentId() > id && currentId() != before;) {
        before = currentId();
        back();
    }
    m_jumping = false;
}

void JoinDoctorWizard::done(int result)
{
    if (m_fleet) {
        m_fleet->close(); // the fleet summary goes with the wizard
    }
    m_runner->cancel();
    m_runner->join();
    QWizard::done(result);
}

void JoinDoctorWizard::setRedaction(bool on)
{
    m_welcome->setRedaction(on);
    m_summary->setRedaction(on);
    if (on == m_runner->redaction()) {
        return;
    }
    log::wizard()->info("hide names and IDs: {}", on);
    m_runner->setRedaction(on);
    if (!on) {
        m_welcome->showInputAsTyped();
    }
    if (m_fleet && m_fleet->isVisible()) {
        showFleet(m_fleet->path()); // judged again with the names shown or hidden
    }
    if (m_runner->runCount() > 0 && currentId() != WelcomePageId) {
        startChecks(m_runner->source());
    }
}

void JoinDoctorWizard::updateWelcomeInput()
{
    // The file name or pasted text stays on the welcome page, where screenshots see it too.
    if (m_runner->redaction() && m_runner->runCount() > 0) {
        m_welcome->showInputRedacted(
            [this](const QString &text) { return m_runner->redacted(text); });
    } else {
        m_welcome->showInputAsTyped();
    }
}

void JoinDoctorWizard::showEndpointTable()
{
    // A live run's own results, with what the run knows to hide; once a redacted run is complete,
    // the probes as its redacted facts hold them.
    // While a redacted live run is busy its map does not know every name yet (a proxy found by
    // PAC, a TLS issuer): the table shows the endpoints and their state, not the details.
    const bool partlyKnown = m_runner->redaction() && m_runner->isRunning();
    QList<EndpointResult> system = m_runner->probeResults();
    QList<EndpointResult> user =
        m_runner->userProbeInUse() ? m_runner->userProbeResults() : QList<EndpointResult>{};
    if (const auto facts = m_runner->facts();
        m_runner->redaction() && !m_runner->isRunning() && facts && facts->connectivity) {
        system = facts->connectivity->endpoints;
        user =
            facts->userConnectivity ? facts->userConnectivity->endpoints : QList<EndpointResult>{};
    }
    const auto hide = [this, partlyKnown](QList<EndpointResult> results) {
        for (EndpointResult &r : results) {
            r.url = QUrl(m_runner->redacted(r.url.toString()));
            r.tlsIssuer = partlyKnown ? QString() : m_runner->redacted(r.tlsIssuer);
            r.detail = partlyKnown ? QString() : m_runner->redacted(r.detail);
            r.tenantId = m_runner->redacted(r.tenantId);
        }
        return results;
    };
    const auto proxy = m_runner->probeProxy();
    const auto userProxy = m_runner->userProbeProxy();
    stepPage(2)->showEndpoints(
        hide(system), proxy ? m_runner->redacted(proxy->toString(QUrl::RemoveUserInfo)) : QString(),
        hide(user),
        userProxy ? m_runner->redacted(userProxy->toString(QUrl::RemoveUserInfo)) : QString());
}

void JoinDoctorWizard::updateTicketInfo()
{
    QString device;
    if (const auto facts = m_runner->facts()) {
        device = m_runner->redacted(deviceLabel(*facts));
    }
    // With names hidden the source's name is shown once the run knows what to hide in it.
    const bool hidden = m_runner->redaction() && !m_runner->facts();
    const QString source =
        m_runner->runCount() > 0 && !hidden
            ? m_runner->redacted(m_ui->language().tr(m_runner->source().displayLabel()))
            : QString();
    for (StepPage *page : m_steps) {
        page->ticketInfo()->setFacts(device, source, m_runStartedAt);
    }
    m_summary->ticketInfo()->setFacts(device, source, m_runStartedAt);
    m_welcome->ticketInfo()->setFacts(device, source, m_runStartedAt);
}

} // namespace jd
