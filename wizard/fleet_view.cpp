#include "fleet_view.h"

#include "core/atomic_file.h"
#include "core/background_call.h"
#include "core/logging.h"
#include "fleet/fleet_analysis.h"
#include "fleet/fleet_report.h"
#include "report/report_labels.h"
#include "status_view.h"
#include "steps/step_check.h"
#include "wizard_environment.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace jd {

namespace {

enum DeviceColumn
{
    DeviceName,
    VerdictColumn,
    FirstStep,
    Code,
    Steps,
    JoinTypeColumn,
    DataTime,
    Source,
    ColumnCount
};

constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 2;
constexpr int kVerdictRole = Qt::UserRole + 3;

// The icon a verdict shares with the step status that means the same.
StepStatus statusOfVerdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Healthy:
        return StepStatus::Passed;
    case Verdict::Problem:
        return StepStatus::Failed;
    case Verdict::OutOfScope:
        return StepStatus::Warning;
    case Verdict::Unknown:
        break;
    }
    return StepStatus::Unknown;
}

QStandardItem *item(const QString &text, const QVariant &sortKey = {})
{
    auto *cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setData(sortKey.isValid() ? sortKey : QVariant(text.toLower()), kSortRole);
    return cell;
}

} // namespace

FleetView::FleetView(const WizardEnvironment &environment, QWidget *parent)
    : QDialog(parent), m_env(environment),
      m_language(std::make_unique<Language>(LanguageCode::English)), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancelButton(new QPushButton(this)), m_tabs(new QTabWidget(this)),
      m_steps(new QTableWidget(6, 4, this)), m_filter(new QLineEdit(this)),
      m_verdict(new QComboBox(this)), m_model(new QStandardItemModel(this)),
      m_verdictProxy(new QSortFilterProxyModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_devices(new QTableView(this)), m_problems(new QTableWidget(0, 2, this)),
      m_hint(new QLabel(this)), m_save(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("fleetView"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);

    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_steps->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_steps->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    // The verdict chosen, then the text typed: two filters in a row, sorted at the end.
    m_verdictProxy->setSourceModel(m_model);
    m_verdictProxy->setFilterRole(kVerdictRole);
    m_verdictProxy->setFilterKeyColumn(VerdictColumn);
    m_proxy->setSourceModel(m_verdictProxy);
    m_proxy->setSortRole(kSortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_devices->setModel(m_proxy);
    m_devices->setSortingEnabled(true);
    m_devices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_devices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_devices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_devices->verticalHeader()->hide();
    m_devices->horizontalHeader()->setStretchLastSection(true);
    m_devices->horizontalHeader()->setSortIndicator(DeviceName, Qt::AscendingOrder);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_verdict, 1);
    auto *deviceTab = new QWidget(this);
    auto *deviceLayout = new QVBoxLayout(deviceTab);
    deviceLayout->addLayout(filters);
    deviceLayout->addWidget(m_devices, 1);
    deviceLayout->addWidget(m_hint);
    m_tabs->addTab(deviceTab, QString());
    m_tabs->addTab(m_problems, QString());

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(progressRow);
    layout->addWidget(m_steps);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    // Enter in the table opens a device; it must not press a button of the dialog.
    m_save->setAutoDefault(false);
    m_close->setAutoDefault(false);
    m_cancelButton->setAutoDefault(false);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_verdict, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &FleetView::applyVerdictFilter);
    // Enter and a double-click both arrive as activated (a double-click also sends doubleClicked:
    // one device would open twice).
    connect(m_devices, &QTableView::activated, this, &FleetView::chooseDevice);
    connect(m_cancelButton, &QPushButton::clicked, this, &FleetView::cancelRun);
    connect(m_save, &QPushButton::clicked, this, &FleetView::saveReport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    resize(1000, 720);
    retranslate(*m_language);
}

FleetView::~FleetView()
{
    m_cancel.cancel();
}

void FleetView::open(const QString &path, bool redact, const Language &language)
{
    m_cancel.cancel();
    m_cancel = CancelToken();
    const int run = ++m_run;
    m_path = path;
    m_redact = redact;
    m_running = true;
    m_report.reset();
    // Nothing of the last folder stays on screen while this one is judged (names may be hidden
    // now that were shown before).
    m_model->removeRows(0, m_model->rowCount());
    m_problems->setRowCount(0);
    m_steps->clearContents();
    m_language = std::make_unique<Language>(language.code());
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    m_save->setEnabled(false);
    retranslate(*m_language);
    log::wizard()->info("fleet: judging a folder or export");

    FleetOptions options;
    options.redact = redact;
    const CancelToken cancel = m_cancel;
    // Progress comes from the worker; it is shown on the GUI thread, if this view still exists
    // and still shows this run.
    const QPointer<FleetView> self(this);
    auto progress = [self, run](int done, int total) {
        QMetaObject::invokeMethod(
            qApp,
            [self, run, done, total]() {
                if (self && self->m_running && self->m_run == run) {
                    self->m_progress->setRange(0, total);
                    self->m_progress->setValue(done);
                }
            },
            Qt::QueuedConnection);
    };
    runInBackground<FleetReport>(
        QThreadPool::globalInstance(), this,
        [path, options, progress, cancel]() {
            return analyseFleet(path, options, progress, cancel);
        },
        [this, run](const FleetReport &report) {
            if (run != m_run || !m_running) {
                return; // stopped, or replaced by a newer run
            }
            m_report = report;
            m_running = false;
            showReport();
            emit reportShown();
        });
}

void FleetView::cancelRun()
{
    if (!m_running) {
        return;
    }
    m_cancel.cancel();
    m_running = false;
    m_progress->hide();
    m_cancelButton->hide();
    retranslate(*m_language);
    emit reportShown(); // what is shown now is final: "Stopped"
}

void FleetView::closeEvent(QCloseEvent *event)
{
    cancelRun();
    QDialog::closeEvent(event);
}

void FleetView::reject()
{
    cancelRun(); // Esc closes without a close event
    QDialog::reject();
}

void FleetView::retranslate(const Language &language)
{
    if (&language != m_language.get()) {
        m_language = std::make_unique<Language>(language.code());
    }
    const Language &lang = *m_language;
    setWindowTitle(tr("JoinDoctor - fleet summary"));
    m_cancelButton->setText(tr("&Stop"));
    m_save->setText(tr("Save &report..."));
    m_close->setText(tr("&Close"));
    m_filter->setPlaceholderText(tr("Filter: device, code, file..."));
    m_filter->setAccessibleName(tr("Filter the devices"));
    m_verdict->setAccessibleName(tr("Show devices with this verdict"));
    m_hint->setText(tr("Double-click a device, or press Enter, to open its six steps."));
    const QStringList stepHeader = {
        lang.tr(statusLabel(StepStatus::Failed)), lang.tr(statusLabel(StepStatus::Warning)),
        lang.tr(statusLabel(StepStatus::Passed)), lang.tr(statusLabel(StepStatus::Unknown))};
    m_steps->setHorizontalHeaderLabels(stepHeader);
    const StepStatus headerStatus[] = {StepStatus::Failed, StepStatus::Warning, StepStatus::Passed,
                                       StepStatus::Unknown};
    for (int column = 0; column < 4; ++column) {
        m_steps->horizontalHeaderItem(column)->setIcon(statusIcon(headerStatus[column], this));
    }
    QStringList rows;
    for (int step = 1; step <= 6; ++step) {
        rows << QStringLiteral("%1. %2").arg(step).arg(lang.tr(stepInfo(step).title));
    }
    m_steps->setVerticalHeaderLabels(rows);
    m_steps->setAccessibleName(tr("Devices per step"));
    m_devices->setAccessibleName(tr("Devices"));
    m_problems->setAccessibleName(tr("Inputs not judged"));
    m_problems->setHorizontalHeaderLabels({tr("Source"), tr("Why")});

    if (m_running) {
        m_title->setText(tr("Judging the devices..."));
        m_subtitle->setText(m_redact ? QString() : m_path);
    } else if (!m_report) {
        m_title->setText(tr("Stopped"));
        m_subtitle->setText(tr("The devices were not all judged; nothing is shown."));
    }
    if (m_report) {
        showReport();
    }
}

void FleetView::showReport()
{
    const FleetReport &report = *m_report;
    const Language &lang = *m_language;
    auto n = [&lang](qsizetype value) {
        return lang.locale().toString(qlonglong(value));
    };
    m_progress->hide();
    m_cancelButton->hide();
    m_save->setEnabled(true);
    m_title->setText(tr("Fleet summary - devices: %1").arg(n(report.rows.size())));
    QStringList verdicts;
    for (const auto &[verdict, count] : fleetVerdictCounts(report)) {
        verdicts << QStringLiteral("%1 %2").arg(n(count), lang.tr(verdictLabel(verdict)));
    }
    QString subtitle = verdicts.join(QStringLiteral(" \u00b7 "));
    subtitle +=
        u'\n' +
        tr("Inputs read: %1; not judged: %2.").arg(n(report.inputCount), n(report.problems.size()));
    if (!report.path.isEmpty()) {
        subtitle += u' ' + report.path;
    }
    m_subtitle->setText(subtitle);

    for (int step = 0; step < 6; ++step) {
        const FleetStepCounts &c = report.steps.at(size_t(step));
        const int counts[] = {c.failed, c.warning, c.passed, c.unknown};
        for (int column = 0; column < 4; ++column) {
            auto *cell = new QTableWidgetItem(n(counts[column]));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_steps->setItem(step, column, cell);
        }
    }

    // The device table, rebuilt in the language shown.
    const int sortColumn = m_devices->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder sortOrder = m_devices->horizontalHeader()->sortIndicatorOrder();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Device"), tr("Verdict"), tr("Step"), tr("Code"),
                                        tr("Steps 1-6"), tr("Join type"), tr("Time of the data"),
                                        tr("Source")});
    for (const FleetRow &row : report.rows) {
        QList<QStandardItem *> cells(ColumnCount);
        cells[DeviceName] = item(row.device);
        cells[DeviceName]->setData(row.path, kPathRole);
        cells[DeviceName]->setToolTip(
            row.path.isEmpty()
                ? tr("From an Intune export: there is no capture to open for this device.")
                : tr("Double-click to open the six steps."));
        cells[VerdictColumn] = item(lang.tr(verdictLabel(row.verdict)));
        cells[VerdictColumn]->setIcon(statusIcon(statusOfVerdict(row.verdict), this));
        cells[VerdictColumn]->setData(verdictId(row.verdict), kVerdictRole);
        cells[FirstStep] =
            item(row.firstFailingStep > 0 ? QString::number(row.firstFailingStep) : QString(),
                 row.firstFailingStep > 0 ? row.firstFailingStep : 9);
        cells[Code] = item(row.code());
        QString steps;
        QStringList tips;
        for (size_t i = 0; i < 6; ++i) {
            steps += statusSymbol(row.status.at(i));
            tips << QStringLiteral("%1. %2 %3")
                        .arg(QString::number(i + 1), lang.tr(statusLabel(row.status.at(i))),
                             row.codes.at(i));
        }
        cells[Steps] = item(steps);
        cells[Steps]->setToolTip(tips.join(u'\n'));
        cells[JoinTypeColumn] = item(lang.tr(joinTypeLabel(row.joinType)));
        cells[DataTime] = item(fleetTimeText(row, lang) +
                                   (row.dataTimeFromFile ? QStringLiteral(" *") : QString()),
                               row.dataTime.isValid() ? row.dataTime.toMSecsSinceEpoch() : 0);
        if (row.dataTimeFromFile) {
            cells[DataTime]->setToolTip(
                tr("The data does not say when it was taken; the file's time is shown."));
        }
        cells[Source] = item(row.source);
        m_model->appendRow(cells);
    }
    m_devices->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_devices->resizeColumnsToContents();
    m_devices->sortByColumn(sortColumn, sortOrder);

    const int verdictIndex = std::max(0, m_verdict->currentIndex());
    {
        const QSignalBlocker blocker(m_verdict);
        m_verdict->clear();
        m_verdict->addItem(tr("All verdicts"), QString());
        for (const auto &[verdict, count] : fleetVerdictCounts(report)) {
            m_verdict->addItem(
                statusIcon(statusOfVerdict(verdict), this),
                QStringLiteral("%1 (%2)").arg(lang.tr(verdictLabel(verdict)), n(count)),
                verdictId(verdict));
        }
        m_verdict->setCurrentIndex(verdictIndex);
    }
    applyVerdictFilter();

    m_problems->setRowCount(int(report.problems.size()));
    for (int i = 0; i < report.problems.size(); ++i) {
        const FleetProblem &p = report.problems.at(i);
        m_problems->setItem(i, 0, new QTableWidgetItem(p.source));
        m_problems->setItem(i, 1, new QTableWidgetItem(lang.tr(p.reason)));
    }
    m_problems->resizeColumnToContents(0);
    m_tabs->setTabText(0, tr("Devices (%1)").arg(n(report.rows.size())));
    m_tabs->setTabText(1, tr("Not judged (%1)").arg(n(report.problems.size())));
}

void FleetView::applyVerdictFilter()
{
    const QString wanted = m_verdict->currentData().toString();
    m_verdictProxy->setFilterRegularExpression(
        wanted.isEmpty() ? QString()
                         : QStringLiteral("^%1$").arg(QRegularExpression::escape(wanted)));
}

void FleetView::chooseDevice(const QModelIndex &index)
{
    const QString path = m_proxy->index(index.row(), DeviceName).data(kPathRole).toString();
    if (path.isEmpty()) {
        m_env.inform(this, windowTitle(),
                     tr("This device's result comes from an Intune export. To see its six "
                        "steps, collect a capture on it (joindoctor --collect) and open that."));
        return;
    }
    emit deviceChosen(path);
}

bool FleetView::saveReportTo(const QString &path, QString *error) const
{
    if (!m_report) {
        *error = tr("nothing has been judged yet");
        return false;
    }
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        bytes = renderFleetCsv(*m_report, *m_language);
    } else if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        bytes = renderFleetJson(*m_report, *m_language);
    } else {
        bytes = renderFleetHtml(*m_report, *m_language).toUtf8();
    }
    return writeFileAtomically(path, bytes, error);
}

void FleetView::saveReport()
{
    const QString suggested =
        QStringLiteral("joindoctor-fleet-%1.html")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path =
        m_env.saveFileName(this, tr("Save fleet report"), suggested,
                           QStringLiteral("HTML (*.html);;CSV (*.csv);;JSON (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveReportTo(path, &error)) {
        m_env.inform(this, tr("Save fleet report"),
                     tr("The report could not be saved: %1").arg(error));
    }
}

} // namespace jd
