#pragma once
// Walks the wizard page by page and saves one PNG per page (01-welcome.png … 08-summary.png),
// waiting for the checks before the step pages. Event-driven: no nested event loops.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace jd {

class JoinDoctorWizard;

class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    enum Start
    {
        FromWelcome,   // on the welcome page: save it, press Next, wait for the checks
        FromFirstStep, // anywhere after the welcome page: go back to step 1 first
    };
    // The page images that are already in the folder (and would be replaced).
    static QStringList existingFiles(const QString &folder, Start start);
    ScreenshotTour(JoinDoctorWizard *wizard, QString folder, Start start,
                   QObject *parent = nullptr);
    void start();

signals:
    void finished(bool ok, const QString &error);

private:
    void grabAndContinue();
    void afterChecks();
    void welcomeAfterChecks();
    bool save(const QString &name);
    void fail(const QString &error);

    QPointer<JoinDoctorWizard> m_wizard;
    QString m_folder;
    Start m_start;
    bool m_done = false;
};

} // namespace jd
