#include "screenshot_tour.h"

#include "joindoctor_wizard.h"
#include "page_ids.h"
#include "report_export.h"

#include <QDir>
#include <QTimer>

namespace jd {

namespace {
QString fileNameFor(int pageId)
{
    if (pageId == WelcomePageId) {
        return QStringLiteral("01-welcome.png");
    }
    if (pageId == SummaryPageId) {
        return QStringLiteral("08-summary.png");
    }
    return QStringLiteral("%1-step%2.png").arg(pageId + 1, 2, 10, QChar(u'0')).arg(pageId);
}
// Lets layouts settle after a page change before the grab.
constexpr int kSettleMs = 30;
} // namespace

QStringList ScreenshotTour::existingFiles(const QString &folder, Start start)
{
    QStringList existing;
    const QDir dir(folder);
    for (int id = start == FromWelcome ? WelcomePageId : WelcomePageId + 1; id <= SummaryPageId;
         ++id) {
        if (dir.exists(fileNameFor(id))) {
            existing << fileNameFor(id);
        }
    }
    return existing;
}

ScreenshotTour::ScreenshotTour(JoinDoctorWizard *wizard, QString folder, Start start,
                               QObject *parent)
    : QObject(parent), m_wizard(wizard), m_folder(std::move(folder)), m_start(start)
{
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_folder)) {
        fail(tr("Cannot create the folder %1.").arg(m_folder));
        return;
    }
    if (m_start == FromWelcome && m_wizard->redaction()) {
        // With names hidden the welcome page shows the input only once the run has read it (the
        // run's placeholders), so its image is taken after the checks.
        CheckRunner &runner = m_wizard->runner();
        for (const auto signal : {&CheckRunner::runFinished, &CheckRunner::inputRefused}) {
            connect(&runner, signal, this, &ScreenshotTour::welcomeAfterChecks,
                    Qt::SingleShotConnection);
        }
        m_wizard->next();
        return;
    }
    if (m_start == FromWelcome) {
        QTimer::singleShot(kSettleMs, this, [this]() {
            if (!m_wizard || !save(fileNameFor(WelcomePageId))) {
                return;
            }
            CheckRunner &runner = m_wizard->runner();
            connect(&runner, &CheckRunner::runFinished, this, &ScreenshotTour::afterChecks,
                    Qt::SingleShotConnection);
            connect(&runner, &CheckRunner::inputRefused, this, &ScreenshotTour::afterChecks,
                    Qt::SingleShotConnection);
            m_wizard->next();
        });
        return;
    }
    m_wizard->goToPage(stepPageId(1));
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::grabAndContinue);
}

void ScreenshotTour::welcomeAfterChecks()
{
    if (m_done || !m_wizard) {
        return;
    }
    disconnect(&m_wizard->runner(), nullptr, this, nullptr); // the other signal of the pair
    m_wizard->goToPage(WelcomePageId);
    QTimer::singleShot(kSettleMs, this, [this]() {
        if (!m_wizard || !save(fileNameFor(WelcomePageId))) {
            return;
        }
        m_wizard->goToPage(stepPageId(1));
        QTimer::singleShot(kSettleMs, this, &ScreenshotTour::grabAndContinue);
    });
}

void ScreenshotTour::afterChecks()
{
    if (m_done) {
        return;
    }
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::grabAndContinue);
}

void ScreenshotTour::grabAndContinue()
{
    if (!m_wizard) {
        fail(QStringLiteral("closed"));
        return;
    }
    const int id = m_wizard->currentId();
    if (!save(fileNameFor(id))) {
        return;
    }
    if (id == SummaryPageId) {
        m_done = true;
        emit finished(true, QString());
        return;
    }
    m_wizard->next();
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::grabAndContinue);
}

bool ScreenshotTour::save(const QString &name)
{
    QString error;
    const QString path = QDir(m_folder).filePath(name);
    if (!m_wizard->saveScreenshotTo(path, &error)) {
        // The pages saved before stay; the failed one leaves nothing behind (written atomically).
        fail(tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return true;
}

void ScreenshotTour::fail(const QString &error)
{
    m_done = true;
    emit finished(false, error);
}

} // namespace jd
