#pragma once
// The fleet summary: what the welcome page opens instead of the step pages when the chosen folder
// (or Intune export) holds many devices. It judges them on worker threads with a progress bar,
// then shows the counts per step and a sortable, filterable table of devices; double-clicking a
// device (or Enter) opens its six steps in the wizard. The report can be saved as HTML, CSV or
// JSON.

#include "core/cancel_token.h"
#include "core/language.h"
#include "fleet/fleet_model.h"

#include <functional>
#include <memory>
#include <optional>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace jd {

struct WizardEnvironment;

class FleetView : public QDialog
{
    Q_OBJECT
public:
    FleetView(const WizardEnvironment &environment, QWidget *parent = nullptr);
    ~FleetView() override;

    // Judges the path (names hidden when `redact`); shows the report when done.
    void open(const QString &path, bool redact, const Language &language);
    QString path() const { return m_path; }
    bool isRunning() const { return m_running; }
    bool redacted() const { return m_redact; }
    const std::optional<FleetReport> &report() const { return m_report; }
    void retranslate(const Language &language);
    // The device table as shown (sorted and filtered), for tests and keyboard users.
    QTableView *deviceTable() const { return m_devices; }
    QTableWidget *stepTable() const { return m_steps; }
    QLineEdit *filter() const { return m_filter; }
    QComboBox *verdictFilter() const { return m_verdict; }
    bool saveReportTo(const QString &path, QString *error) const;

signals:
    void deviceChosen(const QString &path);
    void reportShown(); // the run ended: the report is shown, or "Stopped"

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showReport();
    void applyVerdictFilter();
    void chooseDevice(const QModelIndex &index);
    void saveReport();
    void cancelRun();

    const WizardEnvironment &m_env;
    std::unique_ptr<Language> m_language;
    QString m_path;
    bool m_redact = false;
    bool m_running = false;
    int m_run = 0; // which run is shown; a finished older one is dropped
    CancelToken m_cancel;
    std::optional<FleetReport> m_report;

    QLabel *m_title;
    QLabel *m_subtitle;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QTabWidget *m_tabs;
    QTableWidget *m_steps;
    QLineEdit *m_filter;
    QComboBox *m_verdict;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_verdictProxy;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_devices;
    QTableWidget *m_problems;
    QLabel *m_hint;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace jd
