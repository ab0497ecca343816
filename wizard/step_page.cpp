#include "step_page.h"

#include "actions/retry_join.h"
#include "layout_batch.h"
#include "report/report_labels.h"
#include "report/report_renderers.h"
#include "status_view.h"
#include "steps/step_check.h"
#include "text_widgets.h"
#include "ticket_info_bar.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace jd {

StepPage::StepPage(int step, QWidget *parent)
    : QWizardPage(parent), m_step(step), m_busyLabel(plainTextLabel(this)),
      m_busy(new QProgressBar(this)), m_status(new StatusView(this)),
      m_summary(plainTextLabel(this)), m_explanation(plainTextLabel(this)),
      m_findings(plainTextLabel(this)), m_nextStepsTitle(plainTextLabel(this)),
      m_nextSteps(plainTextLabel(this)), m_moreTitle(plainTextLabel(this)),
      m_more(plainTextLabel(this)), m_showDetails(new QPushButton(this)),
      m_copyDetails(new QPushButton(this)), m_retryJoin(new QPushButton(this)),
      m_runAgain(new QPushButton(this)), m_retryJoinReasonLabel(plainTextLabel(this)),
      m_endpointsTitle(plainTextLabel(this)), m_endpoints(plainTextLabel(this)),
      m_details(new QPlainTextEdit(this)), m_ticket(new TicketInfoBar(this))
{
    m_busy->setRange(0, 0); // indeterminate: the check is running
    m_busy->setTextVisible(false);
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_summary->setFont(bold);
    m_nextStepsTitle->setFont(bold);
    m_moreTitle->setFont(bold);
    m_showDetails->setCheckable(true);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setVisible(false);
    m_details->setTabChangesFocus(true);
    m_retryJoinReasonLabel->setForegroundRole(QPalette::PlaceholderText);
    m_endpoints->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_endpointsTitle->setVisible(false);
    m_endpoints->setVisible(false);

    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busy, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showDetails);
    buttons->addWidget(m_copyDetails);
    buttons->addWidget(m_runAgain);
    buttons->addWidget(m_retryJoin);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(busyRow);
    layout->addWidget(m_status);
    layout->addWidget(m_endpointsTitle);
    layout->addWidget(m_endpoints);
    layout->addWidget(m_summary);
    layout->addWidget(m_explanation);
    layout->addWidget(m_findings);
    layout->addWidget(m_nextStepsTitle);
    layout->addWidget(m_nextSteps);
    layout->addWidget(m_moreTitle);
    layout->addWidget(m_more);
    layout->addLayout(buttons);
    layout->addWidget(m_retryJoinReasonLabel);
    layout->addWidget(m_details, 1);
    layout->addStretch();
    layout->addWidget(m_ticket);

    connect(m_showDetails, &QPushButton::toggled, this, [this]() { render(); });
    connect(m_copyDetails, &QPushButton::clicked, this,
            [this]() { QGuiApplication::clipboard()->setText(detailsText()); });
    connect(m_retryJoin, &QPushButton::clicked, this, &StepPage::retryJoinRequested);
    connect(m_runAgain, &QPushButton::clicked, this, &StepPage::runAgainRequested);
}

void StepPage::showRunning()
{
    m_state = State::Running;
    m_result.reset();
    render();
}

void StepPage::showResult(const CheckResult &result)
{
    m_state = State::Result;
    m_result = result;
    render();
}

void StepPage::showCancelled()
{
    if (m_state != State::Result) {
        m_state = State::Cancelled;
        render();
    }
}

void StepPage::showInputProblem(const QString &message)
{
    m_state = State::InputProblem;
    m_result.reset();
    m_inputProblem = message;
    render();
}

void StepPage::setRetryJoinAvailable(bool available, const QString &reasonIfNot)
{
    m_retryJoinAvailable = available;
    m_retryJoinReason = reasonIfNot;
    render();
}

void StepPage::showEndpoints(const QList<EndpointResult> &endpoints, const QString &proxy,
                             const QList<EndpointResult> &userEndpoints, const QString &userProxy)
{
    m_endpointRows = endpoints;
    m_probeProxy = proxy;
    m_userEndpointRows = userEndpoints;
    m_userProbeProxy = userProxy;
    render();
}

namespace {
QStringList endpointLines(const QList<EndpointResult> &rows, const QString &checking)
{
    QStringList lines;
    for (const EndpointResult &e : rows) {
        const QString state = e.done ? probeCauseId(e.cause) : checking;
        lines << QStringLiteral("%1 %2 %3  %4")
                     .arg(endpointKindId(e.kind).leftJustified(21), state.leftJustified(20),
                          e.done ? QStringLiteral("%1 ms").arg(e.elapsedMs).rightJustified(8)
                                 : QString(8, u' '),
                          e.url.host());
    }
    return lines;
}
} // namespace

QString StepPage::endpointsText() const
{
    QStringList lines = endpointLines(m_endpointRows, tr("checking..."));
    if (!m_userEndpointRows.isEmpty()) {
        lines << QString()
              << tr("Through the signed-in user's proxy (%1), as the browser goes:")
                     .arg(m_userProbeProxy);
        lines += endpointLines(m_userEndpointRows, tr("checking..."));
    }
    return lines.join(u'\n');
}

void StepPage::retranslate(const Language &language)
{
    m_language = &language;
    const StepInfo &info = stepInfo(m_step);
    //: Page title, e.g. "Step 2 of 6: Connection to Microsoft as SYSTEM".
    setTitle(tr("Step %1 of %2: %3").arg(m_step).arg(kStepCount).arg(language.tr(info.title)));
    setSubTitle(language.tr(info.purpose));
    m_busyLabel->setText(tr("Checking..."));
    m_busy->setAccessibleName(tr("Checking..."));
    m_nextStepsTitle->setText(tr("What to do:"));
    m_moreTitle->setText(tr("Also found in this step:"));
    m_copyDetails->setText(tr("&Copy details"));
    m_retryJoin->setText(tr("Retry &join..."));
    m_runAgain->setText(tr("Run the checks &again"));
    m_details->setAccessibleName(tr("Details"));
    m_ticket->retranslate();
    m_status->retranslate();
    render();
}

void StepPage::render()
{
    if (!m_language) {
        return;
    }
    const LayoutBatch batch(this);
    const Language &lang = *m_language;
    const bool busy = m_state == State::Running || m_state == State::Waiting;
    m_busyLabel->setVisible(busy);
    m_busy->setVisible(busy);
    m_showDetails->setText(m_showDetails->isChecked() ? tr("Hide &details") : tr("Show &details"));

    const bool probing = !m_endpointRows.isEmpty();
    m_endpointsTitle->setVisible(probing);
    m_endpoints->setVisible(probing);
    m_endpointsTitle->setText(tr("Microsoft's endpoints from this computer (proxy: %1):")
                                  .arg(m_probeProxy.isEmpty() ? tr("none, direct") : m_probeProxy));
    m_endpoints->setText(endpointsText());

    const bool hasResult = m_state == State::Result && m_result;
    m_showDetails->setVisible(hasResult);
    m_copyDetails->setVisible(hasResult);
    m_runAgain->setVisible(m_state == State::Cancelled || m_state == State::InputProblem);
    const bool joinHelps = hasResult && retryJoinCanHelp(m_result->code);
    m_retryJoin->setVisible(joinHelps);
    m_retryJoin->setEnabled(m_retryJoinAvailable);
    m_retryJoinReasonLabel->setVisible(joinHelps && !m_retryJoinAvailable);
    m_retryJoinReasonLabel->setText(
        tr("Retry join is not possible here: %1").arg(m_retryJoinReason));

    if (hasResult) {
        const CheckResult &r = *m_result;
        m_status->setStatus(r.status, lang.tr(statusLabel(r.status)), r.code);
        m_summary->setText(lang.tr(r.summary));
        m_explanation->setText(lang.tr(r.explanation));
        // What was found on this device (tenant, last attempt, where AD was read), so that a
        // screenshot carries it without opening the details.
        QStringList findings;
        for (const TrText &t : r.details) {
            findings << QStringLiteral("\u2022 ") + lang.tr(t);
        }
        m_findings->setText(findings.join(u'\n'));
        m_findings->setVisible(!findings.isEmpty());
        m_nextSteps->setText(numberedList(r.nextSteps, lang));
        m_nextStepsTitle->setVisible(!r.nextSteps.isEmpty());
        m_nextSteps->setVisible(!r.nextSteps.isEmpty());
        // Further findings, one line each so a screenshot shows them all; their explanations
        // and evidence are in the details.
        QStringList more;
        for (const Finding &f : r.findings) {
            more << QStringLiteral("%1 %2  %3  %4")
                        .arg(findingSymbol(f.status), lang.tr(findingLabel(f.status)), f.code,
                             lang.tr(f.summary));
        }
        m_more->setText(more.join(u'\n'));
        m_moreTitle->setVisible(!more.isEmpty());
        m_more->setVisible(!more.isEmpty());
        // The evidence is laid out only while it is shown: a text document of its own, and six
        // results often arrive in one turn of the event loop.
        const bool showDetails = m_showDetails->isChecked();
        if (showDetails) {
            m_details->setPlainText(detailsText());
        } else if (!m_details->document()->isEmpty()) {
            m_details->clear();
        }
        m_details->setVisible(showDetails);
        return;
    }

    m_status->setStatus(StepStatus::NotRun, QString(), QString());
    m_nextStepsTitle->setVisible(false);
    m_nextSteps->setVisible(false);
    m_details->setVisible(false);
    m_findings->setVisible(false);
    m_moreTitle->setVisible(false);
    m_more->setVisible(false);
    m_explanation->clear();
    switch (m_state) {
    case State::Waiting:
    case State::Running:
        m_summary->setText(tr("The check is running. You can go on; the result appears here."));
        break;
    case State::Cancelled:
        m_summary->setText(tr("The check was stopped before it finished."));
        m_explanation->setText(tr("Run the checks again to see the result of this step."));
        break;
    case State::InputProblem:
        m_summary->setText(tr("The input could not be used, so this step was not checked."));
        m_explanation->setText(m_inputProblem);
        break;
    case State::Result:
        break;
    }
}

QString StepPage::detailsText() const
{
    if (!m_result || !m_language) {
        return {};
    }
    const Language &lang = *m_language;
    const CheckResult &r = *m_result;
    QString text = QStringLiteral("%1: %2\n%3  %4\n%5\n\n")
                       .arg(lang.tr(reportText(QT_TRANSLATE_NOOP("Report", "Step %1"))).arg(r.step),
                            lang.tr(stepInfo(r.step).title), lang.tr(statusLabel(r.status)), r.code,
                            lang.tr(r.summary));
    text += renderStepDetails(r, lang);
    text += u'\n' + m_ticket->text() + u'\n';
    return text;
}

QString StepPage::summaryText() const
{
    return m_summary->text();
}

} // namespace jd
