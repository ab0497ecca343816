#pragma once
// Last page: the overall verdict, the first failing step and what to do, a row per step, and
// the actions for the ticket (report, summary, screenshots, log folder) and "Retry join".

#include "core/language.h"
#include "report/analysis.h"

#include <array>
#include <optional>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace jd {

class RemoteJoinHelp;
class TicketInfoBar;

class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(QWidget *parent = nullptr);

    void showRunning();
    void showAnalysis(const Analysis &analysis);
    void showInputProblem(const QString &message);
    void setRetryJoinAvailable(bool available, const QString &reasonIfNot);
    // A repair is running: what it does now ("Starting the registration...").
    void showJoinProgress(const QString &text);
    // The outcome of the last repair: its message (kept in the page language), the exit code
    // (-1: none), the command output, and (checksAgain: it ran, so the checks run again) what
    // changed after.
    void showJoinAttempt(const TrText &message, int exitCode, const QString &output,
                         bool checksAgain);
    QString joinMessageText() const;
    // Retry join was refused at the UAC prompt: the helpdesk's way in (code, remote commands).
    void showRemoteJoinHelp(const QString &code, const QStringList &commands);
    // The other repairs: offered only where they apply to this device.
    void setRepairsOffered(bool refreshPrt, bool leaveAndRejoin);
    // The repair whose outcome the box below shows; its title follows the language.
    enum class Action
    {
        RetryJoin,
        RefreshPrt,
        LeaveAndRejoin
    };
    void setAction(Action action);
    QString actionTitle() const;
    // What a repair changed, step by step, as shown ("What changed: …"); empty before one ran.
    QString joinChangesText() const;
    // Waiting for Azure AD Connect: the offer, the running state and its countdown line.
    void setWatchOffered(bool offered, bool watching);
    void showWatchStatus(const QString &text);
    QString watchStatusText() const;
    void showJoinChanges(const QList<StepChange> &changes);
    void retranslate(const Language &language);
    LanguageCode reportLanguage() const;
    void setRedaction(bool on); // shows it in the check box without emitting
    void setReportLanguage(LanguageCode code);

    TicketInfoBar *ticketInfo() const { return m_ticket; }
    QString headlineText() const;
    void cleanupPage() override {}

signals:
    void retryJoinRequested();
    void saveReportRequested();
    void copySummaryRequested();
    void saveScreenshotRequested();
    void saveCaptureRequested(bool redact);
    void saveTicketRequested();
    void redactionChosen(bool on);
    void refreshPrtRequested();
    void leaveAndRejoinRequested();
    void watchRequested(bool start);
    void saveAllPagesRequested();
    void openLogFolderRequested();

private:
    void showJoinOutput(const QString &output, bool checksAgain);
    void render();

    const Language *m_language = nullptr;
    std::optional<Analysis> m_analysis;
    QString m_inputProblem;
    bool m_running = false;
    bool m_retryJoinAvailable = false;
    QString m_retryJoinReason;
    QList<StepChange> m_changes;
    bool m_changesKnown = false;
    bool m_checksAgain = false;
    TrText m_joinResult; // empty while a repair runs (the label shows its progress)
    int m_joinExitCode = -1;

    QLabel *m_headline;
    QLabel *m_coverage; // what a partial input cannot show
    QLabel *m_trust;    // who took the output, where, how long ago, and what that limits
    QLabel *m_firstStepsTitle;
    QLabel *m_firstSteps;
    struct Row
    {
        QLabel *icon;
        QLabel *title;
        QLabel *status;
        QLabel *code;
    };
    std::array<Row, 6> m_rows{};
    QLabel *m_reportLanguageLabel;
    QComboBox *m_reportLanguage;
    QPushButton *m_saveReport;
    QPushButton *m_copySummary;
    QPushButton *m_saveScreenshot;
    QPushButton *m_saveAllPages;
    QPushButton *m_openLogFolder;
    QPushButton *m_saveCapture;
    QPushButton *m_saveTicket;
    QCheckBox *m_redact; // the session's "Hide names and IDs", as on the welcome page
    QPushButton *m_retryJoin;
    QPushButton *m_refreshPrt;
    QPushButton *m_leaveAndRejoin;
    QPushButton *m_watch;
    QLabel *m_watchStatus;
    bool m_watching = false;
    Action m_action = Action::RetryJoin; // the repair shown in the box below
    QLabel *m_retryJoinReasonLabel;
    QGroupBox *m_joinBox;
    QLabel *m_joinMessage;
    QPlainTextEdit *m_joinOutput;
    QLabel *m_joinChanges;
    RemoteJoinHelp *m_remoteJoin;
    TicketInfoBar *m_ticket;
};

} // namespace jd
