#include "step_overview.h"

#include "page_ids.h"
#include "report/report_labels.h"
#include "runner/check_runner.h"
#include "status_view.h"
#include "steps/result_codes.h"
#include "steps/step_check.h"

#include <QScrollBar>

namespace jd {

StepOverview::StepOverview(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("stepOverview"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setUniformItemSizes(false);
    setSpacing(2);
    for (int step = 1; step <= kStepCount; ++step) {
        addItem(new QListWidgetItem);
    }
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit pageChosen(stepPageId(row(item) + 1)); });
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit pageChosen(stepPageId(row(item) + 1)); });
}

void StepOverview::refresh(const CheckRunner &runner, const Language &language, int currentPageId)
{
    setAccessibleName(tr("All six steps"));
    setEnabled(runner.runCount() > 0); // before the first run there is nothing to go to
    QFont normal = font();
    QFont bold = font();
    bold.setBold(true);
    for (int step = 1; step <= kStepCount; ++step) {
        QListWidgetItem *entry = item(step - 1);
        StepStatus status = StepStatus::NotRun;
        QString state;
        if (const auto &result = runner.result(step); result && runner.runCount() > 0) {
            status = result->status;
            state =
                language.tr(statusLabel(status)) + u'\n' + result->code +
                (result->findings.isEmpty() ? QString()
                                            : QStringLiteral(" +%1").arg(result->findings.size()));
        } else if (runner.isRunning()) {
            state = tr("Checking...");
        } else if (runner.inputProblem()) {
            state = tr("Not checked");
        }
        const QString title = tr("%1. %2").arg(step).arg(language.tr(stepInfo(step).title));
        entry->setText(state.isEmpty() ? title : title + u'\n' + state);
        entry->setIcon(statusIcon(status, this));
        const bool current = currentPageId == stepPageId(step);
        entry->setFont(current ? bold : normal);
        entry->setData(Qt::AccessibleTextRole,
                       (current ? tr("Shown now: ") : QString()) +
                           entry->text().replace(u'\n', QStringLiteral(", ")));
        entry->setToolTip(tr("Go to step %1").arg(step));
    }
    if (currentPageId >= stepPageId(1) && currentPageId <= stepPageId(kStepCount)) {
        setCurrentRow(currentPageId - stepPageId(1));
    } else {
        clearSelection();
        setCurrentRow(-1);
    }
    fitWidth();
}

QString StepOverview::entryText(int step) const
{
    return item(step - 1)->text();
}

void StepOverview::fitWidth()
{
    // Wide enough for the longest code JoinDoctor has (with "+9" further findings) and any status
    // word on one line, at any text size: no code is ever wrapped or cut off, and the panel keeps
    // its width from run to run. Titles may wrap.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const ResultCodeDef *def : allResultCodes()) {
        widest = std::max(
            widest, metrics.horizontalAdvance(QLatin1String(def->code) + QStringLiteral(" +9")));
    }
    for (int i = 0; i < count(); ++i) {
        const QStringList lines = item(i)->text().split(u'\n');
        for (qsizetype line = 1; line < lines.size(); ++line) {
            widest = std::max(widest, metrics.horizontalAdvance(lines.at(line)));
        }
    }
    const int icon = iconSize().isValid() ? iconSize().width() : metrics.height();
    const int frame = 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    setFixedWidth(widest + icon + metrics.averageCharWidth() * 4 + frame);
}

QSize StepOverview::sizeHint() const
{
    return {width(), QListWidget::sizeHint().height()};
}

} // namespace jd
