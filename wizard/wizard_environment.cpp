#include "wizard_environment.h"

#include "step2_probe_result.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUrl>

namespace jd {

WizardEnvironment WizardEnvironment::standard()
{
    WizardEnvironment env;
    env.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    env.saveFileName = [](QWidget *parent, const QString &caption, const QString &suggested,
                          const QString &filters) {
        return QFileDialog::getSaveFileName(parent, caption, suggested, filters);
    };
    env.existingDirectory = [](QWidget *parent, const QString &caption) {
        return QFileDialog::getExistingDirectory(parent, caption);
    };
    env.openFileName = [](QWidget *parent, const QString &caption, const QString &filters) {
        return QFileDialog::getOpenFileName(parent, caption, QString(), filters);
    };
    env.inform = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::information(parent, title, text);
    };
    env.openFolder = [](const QString &folder) {
        return QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    };
    env.joinTrigger = makePlatformJoinTrigger();
    const PlatformActions actions = makePlatformActions();
    env.refreshPrt = actions.refreshPrt;
    env.leaveAndRejoin = actions.leaveAndRejoin;
    env.probeSettings = [](const Facts &facts) {
        CheckRunner::ProbePlan plan{probeSettingsFor(facts), std::nullopt};
        plan.user = userProbeSettingsFor(facts, plan.system);
        return std::optional<CheckRunner::ProbePlan>(plan);
    };
    env.directorySettings = [](const Facts &) {
        return liveDirectorySettings();
    };
    env.logFolder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                    QStringLiteral("/logs");
    return env;
}

} // namespace jd
