#pragma once
// One page per registration step, all from this class: what happens in the step, a busy state
// while its check runs, then the status, the code to read aloud, the explanation, what to do,
// and the evidence behind "Show details".

#include "core/language.h"
#include "probes/endpoint_probe.h"
#include "runner/check_runner.h"
#include "steps/check_result.h"

#include <optional>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace jd {

class StatusView;
class TicketInfoBar;

class StepPage : public QWizardPage
{
    Q_OBJECT
public:
    StepPage(int step, QWidget *parent = nullptr);

    int step() const { return m_step; }
    // What the runner knows about this step now; the page stores a copy and renders it.
    void showRunning();
    void showResult(const CheckResult &result);
    void showCancelled();
    void showInputProblem(const QString &message);
    void setRetryJoinAvailable(bool available, const QString &reasonIfNot);
    // Step 2 on this computer: one row per probed endpoint, filled in as each one finishes.
    // The same endpoints through the signed-in user's proxy follow when they were probed too.
    void showEndpoints(const QList<EndpointResult> &endpoints, const QString &proxy,
                       const QList<EndpointResult> &userEndpoints = {},
                       const QString &userProxy = {});
    QString endpointsText() const;
    void retranslate(const Language &language);

    TicketInfoBar *ticketInfo() const { return m_ticket; }
    const StatusView *statusView() const { return m_status; }
    QString detailsText() const;
    QString summaryText() const; // the one-line finding under the status
    void cleanupPage() override {}

signals:
    void retryJoinRequested();
    void runAgainRequested();

private:
    enum class State
    {
        Waiting,
        Running,
        Result,
        Cancelled,
        InputProblem
    };
    void render();

    const int m_step;
    const Language *m_language = nullptr;
    State m_state = State::Waiting;
    std::optional<CheckResult> m_result;
    QString m_inputProblem;
    bool m_retryJoinAvailable = false;
    QString m_retryJoinReason;

    QLabel *m_busyLabel;
    QProgressBar *m_busy;
    StatusView *m_status;
    QLabel *m_summary;
    QLabel *m_explanation;
    QLabel *m_findings;
    QLabel *m_nextStepsTitle;
    QLabel *m_nextSteps;
    QLabel *m_moreTitle; // "Also found in this step:"
    QLabel *m_more;      // one line per further finding: status, code, summary
    QPushButton *m_showDetails;
    QPushButton *m_copyDetails;
    QPushButton *m_retryJoin;
    QPushButton *m_runAgain;
    QLabel *m_retryJoinReasonLabel;
    QLabel *m_endpointsTitle;
    QLabel *m_endpoints;
    QList<EndpointResult> m_endpointRows;
    QString m_probeProxy;
    QList<EndpointResult> m_userEndpointRows;
    QString m_userProbeProxy;
    QPlainTextEdit *m_details;
    TicketInfoBar *m_ticket;
};

} // namespace jd
