// The wizard with the Windows build's own environment — the live facts, the elevated Retry join
// through schtasks.exe — on the simulated device (scripts/windows/simulated-device.sh), which
// sets JOINDOCTOR_SIMULATED_DEVICE to the folder for the screenshots. Skipped anywhere else.
#include "joindoctor_wizard.h"
#include "page_ids.h"
#include "summary_page.h"
#include "wizard_environment.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace jd;

TEST(SimulatedDevice, RetryJoinRunsTheJoinTaskAndTheSummaryShowsBeforeAndAfter)
{
    const QString shots = qEnvironmentVariable("JOINDOCTOR_SIMULATED_DEVICE");
    if (shots.isEmpty()) {
        GTEST_SKIP() << "only on the simulated device (scripts/windows/simulated-device.sh)";
    }
    WizardEnvironment env = WizardEnvironment::standard();
    QStringList asked;
    env.confirm = [&asked](QWidget *, const QString &title, const QString &text) {
        asked << title + u'\n' + text;
        return true; // the person at the keyboard says yes
    };
    env.inform = [](QWidget *, const QString &, const QString &) {
    };
    env.settings.reset(); // nothing remembered from or for other runs
    JoinDoctorWizard wizard(std::move(env), LanguageCode::English);
    wizard.resize(1000, 760);
    wizard.show();

    QSignalSpy finished(&wizard.runner(), &CheckRunner::runFinished);
    wizard.next(); // "This computer" is the welcome page's choice on Windows
    ASSERT_TRUE(QTest::qWaitFor([&finished]() { return finished.count() == 1; }, 120000));
    ASSERT_EQ(wizard.runner().source().kind, FactSource::Kind::Live);
    EXPECT_EQ(wizard.runner().analysis()->step(4).code, QStringLiteral("S4-NOT-SYNCED"));
    while (wizard.currentId() != SummaryPageId) {
        wizard.next();
    }

    QSignalSpy joined(&wizard, &JoinDoctorWizard::joinAttemptFinished);
    wizard.retryJoin();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.first().contains(QStringLiteral("schtasks.exe")))
        << asked.first().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&joined]() { return joined.count() == 1; }, 150000));
    // The join started, so the checks run again on their own: before -> after.
    ASSERT_TRUE(QTest::qWaitFor([&finished]() { return finished.count() == 2; }, 120000));
    EXPECT_EQ(wizard.runner().analysis()->step(4).code, QStringLiteral("S4-OK"));
    const QString changes = wizard.summaryPage()->joinChangesText();
    EXPECT_TRUE(changes.contains(QStringLiteral("S4-NOT-SYNCED changed to S4-OK")))
        << changes.toStdString();
    QTest::qWait(200); // the layout catches up with the new text before the picture
    EXPECT_TRUE(wizard.grab().save(QDir(shots).filePath(QStringLiteral("retry-join-en.png"))));
    wizard.setLanguage(LanguageCode::Danish);
    EXPECT_TRUE(wizard.summaryPage()->joinChangesText().contains(QStringLiteral("S4-OK")));
    EXPECT_TRUE(wizard.summaryPage()->joinMessageText().startsWith(
        QStringLiteral("Registreringsopgaven blev startet.")))
        << wizard.summaryPage()->joinMessageText().toStdString();
    QTest::qWait(200);
    EXPECT_TRUE(wizard.grab().save(QDir(shots).filePath(QStringLiteral("retry-join-da.png"))));
}
