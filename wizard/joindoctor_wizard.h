#pragma once
// The JoinDoctor wizard: welcome, six step pages and a summary. It starts all six checks at once
// when the user leaves the welcome page, shows each result as it arrives, re-renders everything
// on a language switch without re-running, and offers "Retry join".

#include "core/language.h"
#include "runner/check_runner.h"
#include "wizard_environment.h"

#include <array>
#include <optional>
#include <QTimer>
#include <QWizard>

namespace jd {

class FleetView;
class PageLookahead;
class StepOverview;
class StepPage;
class SummaryPage;
class UiLanguage;
class WelcomePage;

class JoinDoctorWizard : public QWizard
{
    Q_OBJECT
public:
    JoinDoctorWizard(WizardEnvironment environment, LanguageCode language,
                     QWidget *parent = nullptr);
    ~JoinDoctorWizard() override;

    void setSource(const FactSource &source);
    void setLanguage(LanguageCode code);
    LanguageCode languageCode() const;

    CheckRunner &runner() { return *m_runner; }
    WelcomePage *welcomePage() const { return m_welcome; }
    StepPage *stepPage(int step) const { return m_steps.at(size_t(step - 1)); }
    SummaryPage *summaryPage() const { return m_summary; }
    StepOverview *stepOverview() const { return m_overview; }
    // The fleet summary, once a folder with many devices was chosen; null before.
    FleetView *fleetView() const { return m_fleet; }
    // Opens the fleet summary when the welcome page's input holds many devices (--capture FOLDER).
    bool showFleetIfMany();
    // Goes to a page as the side panel does: no checks start or stop on the way.
    void goToPage(int id);
    UiLanguage &uiLanguage() { return *m_ui; }

    // Every repair: asks for confirmation (what changes, the commands), runs it on a worker
    // thread, shows its output, then runs the checks again and shows what changed.
    void retryJoin();
    void runRepair(const std::shared_ptr<Repair> &repair, const QString &title,
                   const QString &progress);
    // Waiting for the sync: start or stop; watchTick() is what the timer calls every second.
    void setWatching(bool watch);
    void watchTick();
    void onWatchedRunFinished();
    bool isWatching() const { return m_watch.has_value(); }
    bool joinInProgress() const { return m_joinInProgress; }

    bool saveReportTo(const QString &path, QString *error = nullptr);
    bool saveScreenshotTo(const QString &path, QString *error = nullptr);
    // The run's capture (redacted on request) to a file; false with the reason in *error.
    bool saveCaptureTo(const QString &path, bool redact, QString *error);
    // Walks from step 1 to the summary, saving one PNG per page; signals when done.
    void saveAllPagesTo(const QString &folder);
    // The one-file ticket (HTML, with a PDF beside it when asked); signals ticketSaved when done.
    // From the welcome page it runs the checks first (the command line's --ticket).
    void saveTicketTo(const QString &path, bool withPdf);
    // "Hide names and IDs" for the rest of the session: pages, screenshots and every file. A
    // change after a run runs the checks again, so that everything shown follows it.
    void setRedaction(bool on);
    bool redaction() const { return m_runner->redaction(); }

signals:
    void joinAttemptFinished();
    void allPagesSaved(bool ok, const QString &error);
    void ticketSaved(bool ok, const QString &error);

protected:
    bool validateCurrentPage() override;
    void done(int result) override;

private:
    void startChecks(const FactSource &source);
    void retranslateAll();
    void updateTicketInfo();
    void updateRetryJoin();
    bool retryJoinAllowed(QString *whyNot) const;
    // What every repair does around its command: one at a time, the state before it kept to
    // compare, its output shown, then the checks again if it ran; the summary on screen.
    void beginRepair(const QString &progress);
    void showRemoteJoinHelp();
    void finishRepair(bool started, int exitCode, const TrText &message, const QString &output);
    void onPageChanged(int id);
    void saveReport();
    void saveScreenshot();
    void saveCapture(bool redact);
    void saveAllPages();
    void saveTicket();
    void copySummary();
    void showEndpointTable();
    void refreshOverview();
    void updateWelcomeInput();
    // A folder or Intune export with many devices opens the fleet summary (wizard_fleet.cpp).
    bool openFleetIfMany(const FactSource &source);
    void showFleet(const QString &path);
    void openFleetDevice(const QString &path);

    WizardEnvironment m_env;
    UiLanguage *m_ui;
    CheckRunner *m_runner;
    WelcomePage *m_welcome;
    std::array<StepPage *, 6> m_steps{};
    SummaryPage *m_summary;
    StepOverview *m_overview;
    bool m_jumping = false; // going to a page from the side panel: checks keep running
    int m_lastPageId = -1;
    QString m_runStartedAt;
    bool m_joinInProgress = false;
    std::optional<Analysis> m_beforeJoin;
    std::optional<SyncWatch> m_watch;
    QTimer *m_watchTimer;
    PageLookahead *m_lookahead;
    FleetView *m_fleet = nullptr;
};

} // namespace jd
