#include "summary_page.h"

#include "layout_batch.h"
#include "remote_join_help.h"
#include "report/report_labels.h"
#include "status_view.h"
#include "steps/step_check.h"
#include "text_widgets.h"
#include "ticket_info_bar.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jd {

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent), m_headline(plainTextLabel(this)), m_coverage(plainTextLabel(this)),
      m_trust(plainTextLabel(this)), m_firstStepsTitle(plainTextLabel(this)),
      m_firstSteps(plainTextLabel(this)), m_reportLanguageLabel(plainTextLabel(this)),
      m_reportLanguage(new QComboBox(this)), m_saveReport(new QPushButton(this)),
      m_copySummary(new QPushButton(this)), m_saveScreenshot(new QPushButton(this)),
      m_saveAllPages(new QPushButton(this)), m_openLogFolder(new QPushButton(this)),
      m_saveCapture(new QPushButton(this)), m_saveTicket(new QPushButton(this)),
      m_redact(new QCheckBox(this)), m_retryJoin(new QPushButton(this)),
      m_refreshPrt(new QPushButton(this)), m_leaveAndRejoin(new QPushButton(this)),
      m_watch(new QPushButton(this)), m_watchStatus(plainTextLabel(this)),
      m_retryJoinReasonLabel(plainTextLabel(this)), m_joinBox(new QGroupBox(this)),
      m_joinMessage(plainTextLabel(this)), m_joinOutput(new QPlainTextEdit(this)),
      m_joinChanges(plainTextLabel(this)), m_remoteJoin(new RemoteJoinHelp(this)),
      m_ticket(new TicketInfoBar(this))
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_headline->setFont(big);
    QFont bold = font();
    bold.setBold(true);
    m_firstStepsTitle->setFont(bold);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setBold(true);
    mono.setPointSizeF(font().pointSizeF() * 1.2);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < kStepCount; ++i) {
        Row &row = m_rows.at(size_t(i));
        row.icon = new QLabel(this);
        row.title = plainTextLabel(this);
        row.status = plainTextLabel(this);
        row.code = plainTextLabel(this);
        row.code->setFont(mono);
        // A code is read aloud as a whole: never broken over two lines (the title wraps instead).
        row.code->setWordWrap(false);
        row.status->setWordWrap(false);
        grid->addWidget(row.icon, i, 0);
        grid->addWidget(row.title, i, 1);
        grid->addWidget(row.status, i, 2);
        grid->addWidget(row.code, i, 3);
    }

    m_reportLanguage->addItem(QStringLiteral("Dansk"), int(LanguageCode::Danish));
    m_reportLanguage->addItem(QStringLiteral("English"), int(LanguageCode::English));
    m_reportLanguageLabel->setBuddy(m_reportLanguage);
    auto *reportRow = new QHBoxLayout;
    reportRow->addWidget(m_saveReport);
    reportRow->addWidget(m_reportLanguageLabel);
    reportRow->addWidget(m_reportLanguage);
    reportRow->addStretch();
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_copySummary, m_saveScreenshot, m_saveAllPages, m_openLogFolder}) {
        actions->addWidget(b);
    }
    auto *captureRow = new QHBoxLayout;
    captureRow->addWidget(m_saveTicket);
    captureRow->addWidget(m_saveCapture);
    captureRow->addWidget(m_redact);
    captureRow->addStretch();
    actions->addStretch();
    auto *joinRow = new QHBoxLayout;
    joinRow->addWidget(m_retryJoin);
    joinRow->addWidget(m_refreshPrt);
    joinRow->addWidget(m_leaveAndRejoin);
    joinRow->addWidget(m_watch);
    m_watch->setVisible(false);
    m_watchStatus->setVisible(false);
    m_refreshPrt->setVisible(false);
    m_leaveAndRejoin->setVisible(false);
    joinRow->addWidget(m_retryJoinReasonLabel, 1);
    m_retryJoinReasonLabel->setForegroundRole(QPalette::PlaceholderText);

    m_joinOutput->setReadOnly(true);
    m_joinOutput->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_joinOutput->setMaximumHeight(fontMetrics().height() * 6);
    auto *joinLayout = new QVBoxLayout(m_joinBox);
    joinLayout->addWidget(m_joinMessage);
    joinLayout->addWidget(m_joinOutput);
    joinLayout->addWidget(m_remoteJoin);
    joinLayout->addWidget(m_joinChanges);
    m_joinBox->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_coverage);
    layout->addWidget(m_trust);
    layout->addWidget(m_firstStepsTitle);
    layout->addWidget(m_firstSteps);
    layout->addLayout(grid);
    layout->addLayout(joinRow);
    layout->addWidget(m_watchStatus);
    layout->addWidget(m_joinBox);
    layout->addLayout(reportRow);
    layout->addLayout(actions);
    layout->addLayout(captureRow);
    layout->addStretch();
    layout->addWidget(m_ticket);

    // Tab in reading order (top to bottom, left to right), not in the order of construction.
    const QList<QWidget *> tabOrder{m_retryJoin,
                                    m_refreshPrt,
                                    m_leaveAndRejoin,
                                    m_watch,
                                    m_joinOutput,
                                    m_remoteJoin->firstFocus(),
                                    m_remoteJoin->lastFocus(),
                                    m_saveReport,
                                    m_reportLanguage,
                                    m_copySummary,
                                    m_saveScreenshot,
                                    m_saveAllPages,
                                    m_openLogFolder,
                                    m_saveTicket,
                                    m_saveCapture,
                                    m_redact};
    for (qsizetype i = 1; i < tabOrder.size(); ++i) {
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    }

    connect(m_retryJoin, &QPushButton::clicked, this, [this]() {
        setAction(Action::RetryJoin);
        emit retryJoinRequested();
    });
    connect(m_refreshPrt, &QPushButton::clicked, this, &SummaryPage::refreshPrtRequested);
    connect(m_leaveAndRejoin, &QPushButton::clicked, this, &SummaryPage::leaveAndRejoinRequested);
    connect(m_watch, &QPushButton::clicked, this, [this]() { emit watchRequested(!m_watching); });
    connect(m_saveReport, &QPushButton::clicked, this, &SummaryPage::saveReportRequested);
    connect(m_copySummary, &QPushButton::clicked, this, &SummaryPage::copySummaryRequested);
    connect(m_saveScreenshot, &QPushButton::clicked, this, &SummaryPage::saveScreenshotRequested);
    connect(m_saveAllPages, &QPushButton::clicked, this, &SummaryPage::saveAllPagesRequested);
    connect(m_openLogFolder, &QPushButton::clicked, this, &SummaryPage::openLogFolderRequested);
    connect(m_saveCapture, &QPushButton::clicked, this,
            [this]() { emit saveCaptureRequested(m_redact->isChecked()); });
    connect(m_saveTicket, &QPushButton::clicked, this, &SummaryPage::saveTicketRequested);
    connect(m_redact, &QCheckBox::toggled, this, &SummaryPage::redactionChosen);
}

void SummaryPage::setRedaction(bool on)
{
    const QSignalBlocker blocker(m_redact);
    m_redact->setChecked(on);
}

void SummaryPage::showRunning()
{
    m_running = true;
    m_analysis.reset();
    m_inputProblem.clear();
    render();
}

void SummaryPage::showAnalysis(const Analysis &analysis)
{
    m_running = false;
    m_analysis = analysis;
    m_inputProblem.clear();
    render();
}

void SummaryPage::showInputProblem(const QString &message)
{
    m_running = false;
    m_analysis.reset();
    m_inputProblem = message;
    render();
}

void SummaryPage::setRetryJoinAvailable(bool available, const QString &reasonIfNot)
{
    m_retryJoinAvailable = available;
    m_retryJoinReason = reasonIfNot;
    render();
}

void SummaryPage::showJoinProgress(const QString &text)
{
    m_joinResult = {};
    m_joinMessage->setText(text);
    showJoinOutput(QString(), false);
}

void SummaryPage::showJoinAttempt(const TrText &message, int exitCode, const QString &output,
                                  bool checksAgain)
{
    m_joinResult = message;
    m_joinExitCode = exitCode;
    showJoinOutput(output, checksAgain);
}

QString SummaryPage::joinMessageText() const
{
    return m_joinMessage->text();
}

void SummaryPage::showJoinOutput(const QString &output, bool checksAgain)
{
    m_checksAgain = checksAgain;
    m_joinBox->setVisible(true);
    m_joinOutput->setPlainText(output);
    m_joinOutput->setVisible(!output.isEmpty());
    m_remoteJoin->setVisible(false);
    m_changesKnown = false;
    m_changes.clear();
    render();
}

void SummaryPage::showRemoteJoinHelp(const QString &code, const QStringList &commands)
{
    m_joinBox->setVisible(true);
    m_remoteJoin->showFor(code, commands);
    // The window was sized for the summary without it: grow it so that nothing is squeezed.
    if (QWidget *top = window(); top && top->isVisible()) {
        top->resize(top->width(), std::max(top->height(), top->sizeHint().height()));
    }
}

void SummaryPage::setRepairsOffered(bool refreshPrt, bool leaveAndRejoin)
{
    m_refreshPrt->setVisible(refreshPrt);
    m_leaveAndRejoin->setVisible(leaveAndRejoin);
}

void SummaryPage::setWatchOffered(bool offered, bool watching)
{
    m_watching = watching;
    m_watch->setVisible(offered || watching);
    m_watch->setText(watching ? tr("S&top watching") : tr("&Wait for the sync"));
}

void SummaryPage::showWatchStatus(const QString &text)
{
    m_watchStatus->setText(text);
    m_watchStatus->setVisible(!text.isEmpty());
}

QString SummaryPage::joinChangesText() const
{
    return m_joinChanges->text();
}

QString SummaryPage::watchStatusText() const
{
    return m_watchStatus->text();
}

void SummaryPage::setAction(Action action)
{
    m_action = action;
    m_joinBox->setTitle(actionTitle());
}

QString SummaryPage::actionTitle() const
{
    switch (m_action) {
    case Action::RefreshPrt:
        return tr("Refresh PRT");
    case Action::LeaveAndRejoin:
        return tr("Leave and re-join");
    case Action::RetryJoin:
        break;
    }
    return tr("Retry join");
}

void SummaryPage::showJoinChanges(const QList<StepChange> &changes)
{
    m_changes = changes;
    m_changesKnown = true;
    render();
}

LanguageCode SummaryPage::reportLanguage() const
{
    return LanguageCode(m_reportLanguage->currentData().toInt());
}

void SummaryPage::setReportLanguage(LanguageCode code)
{
    m_reportLanguage->setCurrentIndex(m_reportLanguage->findData(int(code)));
}

QString SummaryPage::headlineText() const
{
    return withoutWordJoiners(m_headline->text());
}

void SummaryPage::retranslate(const Language &language)
{
    m_language = &language;
    setTitle(tr("Summary"));
    setSubTitle(tr("All six steps at a glance, and what to do first."));
    m_reportLanguageLabel->setText(tr("Report &language:"));
    m_reportLanguage->setAccessibleName(tr("Report language"));
    m_saveReport->setText(tr("Save &report..."));
    m_copySummary->setText(tr("Cop&y summary"));
    m_saveScreenshot->setText(tr("Save &screenshot..."));
    m_saveAllPages->setText(tr("Save all &pages as images..."));
    m_openLogFolder->setText(tr("Open lo&g folder"));
    m_saveCapture->setText(tr("Save c&apture..."));
    m_saveCapture->setToolTip(tr("One file with everything JoinDoctor read, for a ticket; it "
                                 "opens in JoinDoctor on any computer"));
    m_redact->setText(tr("&Hide names and IDs"));
    m_redact->setToolTip(tr("For screenshots and files that others will read: user names, the "
                            "computer's name, tenant and device IDs, host names and IP addresses "
                            "are replaced with placeholders on every page and in every file. "
                            "Results and codes stay the same."));
    m_saveTicket->setText(tr("Save for tic&ket..."));
    m_saveTicket->setToolTip(tr("One HTML file for the ticket: the report, every page as an "
                                "image and the capture, readable in any browser"));
    m_retryJoin->setText(tr("Retry &join..."));
    m_refreshPrt->setText(tr("Re&fresh PRT..."));
    m_leaveAndRejoin->setText(tr("Lea&ve and re-join..."));
    m_watch->setText(m_watching ? tr("S&top watching") : tr("&Wait for the sync"));
    m_watch->setToolTip(tr("Checks again every minute for up to 40 minutes, until Azure AD "
                           "Connect has synced this computer"));
    m_joinBox->setTitle(actionTitle());
    m_remoteJoin->retranslate();
    m_ticket->retranslate();
    render();
}

void SummaryPage::render()
{
    if (!m_language) {
        return;
    }
    const LayoutBatch batch(this);
    const Language &lang = *m_language;
    m_retryJoin->setEnabled(m_retryJoinAvailable && !m_running);
    m_refreshPrt->setEnabled(!m_running);
    m_leaveAndRejoin->setEnabled(!m_running);
    m_retryJoinReasonLabel->setText(m_retryJoinAvailable ? QString() : m_retryJoinReason);
    const bool haveAnalysis = m_analysis.has_value();
    m_saveReport->setEnabled(haveAnalysis);
    m_copySummary->setEnabled(haveAnalysis);

    if (!m_joinResult.isEmpty()) {
        QString text = lang.tr(m_joinResult);
        if (m_joinExitCode >= 0) {
            text += u' ' + tr("(exit code %1)").arg(m_joinExitCode);
        }
        m_joinMessage->setText(text);
    }
    if (m_changesKnown) {
        QStringList lines;
        for (const StepChange &c : m_changes) {
            lines << tr("Step %1: %2 changed to %3").arg(c.step).arg(c.codeBefore, c.codeAfter);
        }
        m_joinChanges->setText(lines.isEmpty()
                                   ? tr("No step has changed yet. Windows may need a few minutes, "
                                        "a sign-in or the next sync; run the checks again later.")
                                   : tr("What changed:") + u'\n' + lines.join(u'\n'));
    } else {
        m_joinChanges->setText(m_joinBox->isVisible() && m_checksAgain
                                   ? tr("Running the checks again...")
                                   : QString());
    }
    m_joinChanges->setVisible(!m_joinChanges->text().isEmpty());

    for (int i = 0; i < kStepCount; ++i) {
        Row &row = m_rows.at(size_t(i));
        const int step = i + 1;
        row.title->setText(tr("Step %1: %2").arg(step).arg(lang.tr(stepInfo(step).title)));
        if (haveAnalysis) {
            const CheckResult &r = m_analysis->step(step);
            const int size = fontMetrics().height() * 3 / 2;
            row.icon->setPixmap(statusIcon(r.status, this).pixmap(size, size));
            row.icon->setAccessibleName(lang.tr(statusLabel(r.status)));
            row.status->setText(lang.tr(statusLabel(r.status)));
            // "+2": further findings in the step, listed on its page and in the tooltip.
            QStringList more;
            for (const Finding &f : r.findings) {
                more << f.code;
            }
            row.code->setText(
                more.isEmpty() ? r.code : QStringLiteral("%1 +%2").arg(r.code).arg(more.size()));
            row.code->setToolTip(more.isEmpty()
                                     ? QString()
                                     : tr("Also found in this step: %1").arg(more.join(u", ")));
        } else {
            row.icon->clear();
            row.status->setText(m_running ? tr("Checking...") : QString());
            row.code->clear();
        }
    }

    m_firstStepsTitle->setVisible(false);
    m_firstSteps->setVisible(false);
    // A partial paste: what it leaves open, so nobody reads "unknown" as "fine".
    m_coverage->setText(haveAnalysis && m_inputProblem.isEmpty()
                            ? inputCoverageLine(*m_analysis, lang)
                            : QString());
    m_coverage->setVisible(!m_coverage->text().isEmpty());
    // How far to trust the input, so a screenshot of a stale or SYSTEM output says so.
    QString trust;
    if (haveAnalysis && m_inputProblem.isEmpty()) {
        QStringList lines{captureTrustLine(m_analysis->trust, lang)};
        for (const TrText &t : m_analysis->trust.limitations) {
            lines << lang.tr(t);
        }
        trust = lines.join(u' ');
    }
    m_trust->setText(trust);
    m_trust->setVisible(!trust.isEmpty());
    if (!m_inputProblem.isEmpty()) {
        m_headline->setText(tr("The input could not be used."));
        m_firstSteps->setText(m_inputProblem);
        m_firstSteps->setVisible(true);
        return;
    }
    if (!haveAnalysis) {
        m_headline->setText(m_running ? tr("The checks are running...") : tr("No result yet."));
        return;
    }
    m_headline->setText(keepCodesWhole(verdictHeadline(*m_analysis, lang)));
    if (m_analysis->firstFailingStep != 0) {
        const CheckResult &first = m_analysis->step(m_analysis->firstFailingStep);
        m_firstStepsTitle->setText(tr("What to do first:"));
        m_firstSteps->setText(numberedList(first.nextSteps, lang));
        m_firstStepsTitle->setVisible(!first.nextSteps.isEmpty());
        m_firstSteps->setVisible(!first.nextSteps.isEmpty());
    }
}

} // namespace jd
