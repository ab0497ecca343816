#include "wizard_environment.h"

#include "steps/step2_probe_result.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUrl>

namespace jd {

WizardEnvironment WizardEnvironment::standard()
{
    WizardEnvironment env;
    env.settings = std::make_shared<UserSettings>();
    const std::shared_ptr<UserSettings> settings = env.settings;
    env.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    // Every file dialog starts where the user was last time and remembers where they went.
    env.saveFileName = [settings](QWidget *parent, const QString &caption, const QString &suggested,
                                  const QString &filters) {
        const QString folder = settings->lastFolder();
        const QString start = folder.isEmpty() || QFileInfo(suggested).isAbsolute()
                                  ? suggested
                                  : QDir(folder).filePath(suggested);
        QString chosen = QFileDialog::getSaveFileName(parent, caption, start, filters);
        settings->rememberFolderOf(chosen);
        return chosen;
    };
    env.existingDirectory = [settings](QWidget *parent, const QString &caption) {
        QString chosen = QFileDialog::getExistingDirectory(parent, caption, settings->lastFolder());
        settings->rememberFolderOf(chosen);
        return chosen;
    };
    env.openFileName = [settings](QWidget *parent, const QString &caption, const QString &filters) {
        QString chosen =
            QFileDialog::getOpenFileName(parent, caption, settings->lastFolder(), filters);
        settings->rememberFolderOf(chosen);
        return chosen;
    };
    env.inform = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::information(parent, title, text);
    };
    env.openFolder = [](const QString &folder) {
        return QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    };
    const PlatformRepairs repairs = makePlatformRepairs();
    env.retryJoin = repairs.retryJoin;
    env.refreshPrt = repairs.refreshPrt;
    env.leaveAndRejoin = repairs.leaveAndRejoin;
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
