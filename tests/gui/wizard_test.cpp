#include "display_language.h"
#include "input/demo_captures.h"
#include "page_ids.h"
#include "report/report_labels.h"
#include "status_view.h"
#include "step_page.h"
#include "summary_page.h"
#include "text_widgets.h"
#include "ticket_info_bar.h"
#include "welcome_page.h"
#include "wizard_harness.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFontMetrics>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextLayout>
#include <QTimer>

using namespace jd;
using namespace jd::test;

TEST(Wizard, WalksEveryPageOnEveryDemo)
{
    for (const DemoCapture &demo : demoCaptures()) {
        Harness h;
        h.create();
        ASSERT_TRUE(h.runOn(FactSource::demo(QString::fromLatin1(demo.name)))) << demo.name;
        const Analysis &analysis = *h.wizard->runner().analysis();
        for (int step = 1; step <= kStepCount; ++step) {
            ASSERT_EQ(h.wizard->currentId(), stepPageId(step));
            const StepPage *page = h.wizard->stepPage(step);
            EXPECT_EQ(page->statusView()->codeText(), analysis.step(step).code) << demo.name;
            EXPECT_FALSE(page->statusView()->wordText().isEmpty());
            EXPECT_TRUE(h.wizard->button(QWizard::NextButton)->isEnabled())
                << "a failed step never blocks";
            EXPECT_TRUE(page->detailsText().contains(analysis.step(step).code));
            h.wizard->next();
        }
        EXPECT_EQ(h.wizard->currentId(), int(SummaryPageId));
        EXPECT_FALSE(h.wizard->summaryPage()->headlineText().isEmpty());
        EXPECT_TRUE(
            h.wizard->summaryPage()->ticketInfo()->text().contains(QStringLiteral("PC-KBH-0142")));
    }
}

TEST(Wizard, QtButtonsInDanish)
{
    Harness h;
    h.create(LanguageCode::Danish);
    EXPECT_TRUE(h.wizard->uiLanguage().qtTranslationLoaded());
    EXPECT_EQ(h.wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Næste >"));
    EXPECT_EQ(h.wizard->button(QWizard::CancelButton)->text(), QStringLiteral("Annuller"));
    h.wizard->next();
    EXPECT_EQ(h.wizard->button(QWizard::BackButton)->text(), QStringLiteral("< &Tilbage"));
}

TEST(Wizard, LanguageSwitchAfterResultsReRendersWithoutRerunning)
{
    Harness h;
    h.create(LanguageCode::English);
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("vpn-user"))));
    h.wizard->next();
    h.wizard->next(); // step 3
    const StepPage *page = h.wizard->stepPage(3);
    const QString englishTitle = page->title();
    EXPECT_EQ(page->statusView()->wordText(), QStringLiteral("Failed"));
    EXPECT_TRUE(page->ticketInfo()->text().contains(QStringLiteral("Source: demo vpn-user")))
        << page->ticketInfo()->text().toStdString();
    h.wizard->setLanguage(LanguageCode::Danish);
    EXPECT_EQ(h.wizard->runner().runCount(), 1);
    EXPECT_NE(page->title(), englishTitle);
    // The footer of a Danish screenshot is Danish through and through.
    EXPECT_TRUE(page->ticketInfo()->text().contains(QStringLiteral("Kilde: demo vpn-user")))
        << page->ticketInfo()->text().toStdString();
    EXPECT_EQ(page->statusView()->wordText(), QStringLiteral("Fejl"));
    EXPECT_EQ(page->statusView()->codeText(), QStringLiteral("S3-NO-DC"));
    EXPECT_EQ(h.wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Næste >"));
    EXPECT_EQ(h.wizard->button(QWizard::CustomButton1)->text(), QStringLiteral("English"));
    h.wizard->button(QWizard::CustomButton1)->click();
    EXPECT_EQ(h.wizard->languageCode(), LanguageCode::English);
    EXPECT_EQ(page->title(), englishTitle);
    EXPECT_EQ(h.wizard->runner().runCount(), 1);
}

TEST(Wizard, LanguageSwitchMidCheckCancelsAndJoins)
{
    auto probe = std::make_shared<CheckProbe>();
    Harness h;
    h.create(LanguageCode::English, realChecksWith({blockingCheck(1, probe)}));
    h.wizard->setSource(FactSource::demo(QStringLiteral("healthy")));
    h.wizard->next();
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() { return h.wizard->runner().stepState(2) == StepRunState::Done; }, 10000));
    ASSERT_TRUE(probe->started);
    QSignalSpy cancelled(&h.wizard->runner(), &CheckRunner::runCancelled);
    h.wizard->setLanguage(LanguageCode::Danish);
    EXPECT_EQ(cancelled.count(), 1);
    h.wizard->runner().join();
    EXPECT_TRUE(probe->sawCancel);
    EXPECT_EQ(h.wizard->runner().runCount(), 1);
    EXPECT_EQ(h.wizard->runner().stepState(1), StepRunState::Cancelled);
    EXPECT_TRUE(h.wizard->stepPage(1)->statusView()->codeText().isEmpty());
    EXPECT_EQ(h.wizard->stepPage(2)->statusView()->codeText(), QStringLiteral("S2-OK"));
}

TEST(Wizard, BackWhileRunningCancels)
{
    auto probe = std::make_shared<CheckProbe>();
    Harness h;
    h.create(LanguageCode::English, realChecksWith({blockingCheck(4, probe)}));
    h.wizard->setSource(FactSource::demo(QStringLiteral("healthy")));
    h.wizard->next();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return probe->started.load(); }, 10000));
    h.wizard->back();
    EXPECT_FALSE(h.wizard->runner().isRunning());
    h.wizard->runner().join();
    EXPECT_TRUE(probe->sawCancel);
}

TEST(Wizard, ClosingWhileASlowCheckRunsJoinsCleanly)
{
    auto probe = std::make_shared<CheckProbe>();
    Harness h;
    h.create(LanguageCode::English, realChecksWith({blockingCheck(6, probe)}));
    h.wizard->setSource(FactSource::demo(QStringLiteral("healthy")));
    h.wizard->next();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return probe->started.load(); }, 10000));
    h.wizard->reject(); // Cancel button / window close
    EXPECT_TRUE(probe->returned) << "the worker was joined before the wizard went on";
    h.wizard.reset();
    EXPECT_TRUE(probe->sawCancel);
}

// Whether the GUI thread is free while the checks work, decided without timing (the stall goal
// itself is measured by bench/gui_heartbeat.cpp): every check blocks until it is cancelled, and the
// GUI thread must go on serving its timers, turning pages and showing "running" meanwhile.
TEST(Wizard, GuiThreadStaysResponsiveWhileChecksWork)
{
    auto probe = std::make_shared<CheckProbe>();
    CheckList blocked;
    for (int step = 1; step <= kStepCount; ++step) {
        blocked.push_back(blockingCheck(step, probe));
    }
    Harness h;
    h.create(LanguageCode::English, realChecksWith(blocked));
    h.wizard->setSource(FactSource::demo(QStringLiteral("healthy")));
    h.wizard->next();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return probe->started.load(); }, 10000));

    int beats = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&]() { ++beats; });
    heartbeat.start();
    EXPECT_TRUE(QTest::qWaitFor([&]() { return beats >= 20; }, 10000));
    for (int step = 2; step <= kStepCount; ++step) {
        h.wizard->next();
    }
    EXPECT_EQ(h.wizard->currentId(), stepPageId(kStepCount));
    EXPECT_FALSE(probe->returned) << "the checks were still working all along";
    EXPECT_FALSE(probe->sawCancel);
    h.wizard->reject();
    EXPECT_TRUE(probe->returned);
}

TEST(Wizard, InputProblemIsShownOnEveryPage)
{
    Harness h;
    h.create();
    h.wizard->setSource(FactSource::paste(QStringLiteral("this is not dsregcmd output at all")));
    QSignalSpy refused(&h.wizard->runner(), &CheckRunner::inputRefused);
    h.wizard->next();
    ASSERT_TRUE(refused.wait(10000));
    EXPECT_TRUE(h.wizard->stepPage(1)->statusView()->codeText().isEmpty());
    EXPECT_FALSE(h.wizard->summaryPage()->headlineText().isEmpty());
    h.wizard->back();
    EXPECT_EQ(h.wizard->currentId(), int(WelcomePageId));
}

TEST(Wizard, RetryJoinIsDisabledForDemosAndOffWindows)
{
    Harness h;
    h.create();
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("vpn-user"))));
    h.wizard->retryJoin();
    EXPECT_EQ(h.confirmations, 0);
    EXPECT_EQ(h.trigger->calls.load(), 0);
}

TEST(Wizard, RetryJoinSuccessReRunsAndShowsChanges)
{
    Harness h;
    h.trigger->result =
        RepairResult{true, true, 0, QStringLiteral("SUCCESS: started"), checksText("ok")};
    h.create(LanguageCode::English, {}, QStringLiteral("vpn-user"));
    ASSERT_TRUE(h.runOn(FactSource::live()));
    EXPECT_EQ(h.wizard->runner().analysis()->firstFailingStep, 3);
    QSignalSpy joined(h.wizard.get(), &JoinDoctorWizard::joinAttemptFinished);
    QSignalSpy finished(&h.wizard->runner(), &CheckRunner::runFinished);
    h.wizard->retryJoin();
    EXPECT_EQ(h.confirmations, 1);
    ASSERT_TRUE(joined.wait(10000));
    EXPECT_EQ(h.trigger->calls.load(), 1);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(h.wizard->runner().runCount(), 2);
    EXPECT_EQ(h.wizard->currentId(), int(SummaryPageId));
    EXPECT_EQ(h.wizard->summaryPage()->joinMessageText(), QStringLiteral("ok (exit code 0)"));
    h.wizard->setLanguage(LanguageCode::Danish); // the outcome follows the language
    EXPECT_EQ(h.wizard->summaryPage()->joinMessageText(), QStringLiteral("ok (slutkode 0)"));
}

TEST(Wizard, RetryJoinFailureDoesNotReRun)
{
    Harness h;
    h.trigger->result = RepairResult{false, false, -1, QString(), checksText("could not start")};
    h.create(LanguageCode::English, {}, QStringLiteral("vpn-user"));
    ASSERT_TRUE(h.runOn(FactSource::live()));
    QSignalSpy joined(h.wizard.get(), &JoinDoctorWizard::joinAttemptFinished);
    h.wizard->retryJoin();
    ASSERT_TRUE(joined.wait(10000));
    EXPECT_EQ(h.trigger->calls.load(), 1);
    EXPECT_EQ(h.wizard->runner().runCount(), 1);
    EXPECT_FALSE(h.wizard->joinInProgress());
}

TEST(Wizard, RetryJoinNotConfirmedDoesNothing)
{
    Harness h;
    h.confirmAnswer = false;
    h.create(LanguageCode::English, {}, QStringLiteral("vpn-user"));
    ASSERT_TRUE(h.runOn(FactSource::live()));
    h.wizard->retryJoin();
    EXPECT_EQ(h.confirmations, 1);
    QTest::qWait(50);
    EXPECT_EQ(h.trigger->calls.load(), 0);
    EXPECT_EQ(h.wizard->runner().runCount(), 1);
}

TEST(Wizard, ReportsAndScreenshotsAreSaved)
{
    Harness h;
    h.create();
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("proxy-blocks-system"))));
    for (const char *name : {"r.html", "r.pdf", "r.txt", "r.json"}) {
        const QString path = h.dir.filePath(QString::fromLatin1(name));
        QString error;
        ASSERT_TRUE(h.wizard->saveReportTo(path, &error)) << name << error.toStdString();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        EXPECT_GT(bytes.size(), 500) << name;
        if (QByteArray(name).endsWith(".pdf")) {
            EXPECT_TRUE(bytes.startsWith("%PDF"));
        } else {
            EXPECT_TRUE(bytes.contains("S2-WINHTTP-PROXY-MISSING")) << name;
        }
    }
    const QString png = h.dir.filePath(QStringLiteral("shot.png"));
    ASSERT_TRUE(h.wizard->saveScreenshotTo(png));
    EXPECT_TRUE(QImage(png).width() > 100);

    const QString folder = h.dir.filePath(QStringLiteral("pages"));
    while (h.wizard->currentId() != int(SummaryPageId)) {
        h.wizard->next();
    }
    QSignalSpy saved(h.wizard.get(), &JoinDoctorWizard::allPagesSaved);
    h.wizard->saveAllPagesTo(folder);
    ASSERT_TRUE(saved.wait(10000));
    EXPECT_TRUE(saved.first().at(0).toBool());
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 7);
    EXPECT_EQ(h.wizard->currentId(), int(SummaryPageId));
}

TEST(Wizard, ReportCanBeSavedInTheOtherLanguage)
{
    Harness h;
    h.create(LanguageCode::English);
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("vpn-user"))));
    h.wizard->summaryPage()->setReportLanguage(LanguageCode::Danish);
    const QString path = h.dir.filePath(QStringLiteral("r.txt"));
    ASSERT_TRUE(h.wizard->saveReportTo(path));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(f.readAll()).contains(QStringLiteral("domænecontroller")));
}

TEST(Wizard, WelcomePageSaysWhyNextIsDisabled)
{
    Harness h;
    h.create();
    h.wizard->setSource(FactSource::capture(QString()));
    EXPECT_FALSE(h.wizard->button(QWizard::NextButton)->isEnabled());
    bool explained = false;
    for (const QLabel *label : h.wizard->welcomePage()->findChildren<QLabel *>()) {
        explained =
            explained || (label->isVisible() && label->text().contains(QStringLiteral("To go on")));
    }
    EXPECT_TRUE(explained);
    h.wizard->setSource(FactSource::demo(QStringLiteral("healthy")));
    EXPECT_TRUE(h.wizard->button(QWizard::NextButton)->isEnabled());
}

TEST(Wizard, SaveAllPagesAsksBeforeReplacingImages)
{
    Harness h;
    h.create(LanguageCode::English);
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("healthy"))));
    QFile old(h.dir.filePath(QStringLiteral("02-step1.png")));
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("an older image");
    old.close();
    h.saveAs = h.dir.path();
    h.confirmAnswer = false;
    for (QPushButton *b : h.wizard->findChildren<QPushButton *>()) {
        if (b->text() == u"Save all &pages as images...") {
            b->click();
        }
    }
    EXPECT_EQ(h.confirmations, 1);
    QFile kept(h.dir.filePath(QStringLiteral("02-step1.png")));
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("an older image"));
}

// The code the user reads aloud is never broken over two lines or cut off, however long.
TEST(Wizard, SummaryShowsEveryCodeWhole)
{
    for (const LanguageCode language : {LanguageCode::English, LanguageCode::Danish}) {
        Harness h;
        h.create(language);
        ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("proxy-blocks-system"))));
        while (h.wizard->currentId() != SummaryPageId) {
            h.wizard->next();
        }
        QApplication::processEvents(); // the layout settles
        int codes = 0;
        for (QLabel *label : h.wizard->currentPage()->findChildren<QLabel *>()) {
            static const QRegularExpression code(QStringLiteral("^S[1-6]-[A-Z0-9-]+$"));
            if (!code.match(label->text()).hasMatch() || !label->isVisible()) {
                continue;
            }
            ++codes;
            EXPECT_FALSE(label->wordWrap()) << label->text().toStdString();
            EXPECT_GE(label->width(), label->fontMetrics().horizontalAdvance(label->text()))
                << label->text().toStdString() << " is cut off";
        }
        EXPECT_EQ(codes, kStepCount);
    }
}

// The texts are plain labels until the mouse reaches them (cheap to lay out), then selectable,
// so a technician can still select and copy any of them: the code, the summary, the findings.
TEST(Wizard, TextsBecomeSelectableWhenTheMouseReachesThem)
{
    Harness h;
    h.create(LanguageCode::English);
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("proxy-blocks-system"))));
    ASSERT_EQ(h.wizard->currentId(), stepPageId(1));
    auto selectable = [](const QLabel *label) {
        return bool(label->textInteractionFlags() & Qt::TextSelectableByMouse);
    };
    QStringList byEnter;
    QStringList byPress;
    int i = 0;
    for (QLabel *label : h.wizard->currentPage()->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty()) {
            continue;
        }
        EXPECT_FALSE(selectable(label)) << label->text().toStdString() << " before the mouse";
        if (i++ % 2 == 0) {
            QEnterEvent enter(QPointF(1, 1), QPointF(1, 1), label->mapToGlobal(QPointF(1, 1)));
            QApplication::sendEvent(label, &enter);
            if (selectable(label)) {
                byEnter << label->text();
            }
        } else {
            QTest::mousePress(label, Qt::LeftButton, {}, QPoint(1, 1));
            QTest::mouseRelease(label, Qt::LeftButton, {}, QPoint(1, 1));
            if (selectable(label)) {
                byPress << label->text();
            }
        }
    }
    const QStringList all = byEnter + byPress;
    EXPECT_FALSE(byEnter.isEmpty());
    EXPECT_FALSE(byPress.isEmpty());
    EXPECT_TRUE(all.contains(h.wizard->stepPage(1)->statusView()->codeText()))
        << all.join(u'|').toStdString();
    EXPECT_GE(all.size(), 4) << all.join(u'|').toStdString();
}

// While the user reads a page, the next one is laid out already (Next then only paints it); the
// summary too, once the results are in.
TEST(Wizard, NextPageIsLaidOutAheadAtTheCurrentPagesSize)
{
    Harness h;
    h.create(LanguageCode::English);
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("proxy-blocks-system"))));
    for (int id = stepPageId(1); id != SummaryPageId; id = h.wizard->currentId()) {
        ASSERT_EQ(h.wizard->currentId(), id);
        QWidget *current = h.wizard->currentPage();
        QWidget *next = h.wizard->page(h.wizard->nextId());
        ASSERT_NE(next, nullptr);
        const QRect expected(QPoint(0, 0), current->size());
        EXPECT_TRUE(QTest::qWaitFor([&]() { return next->layout()->geometry() == expected; }, 2000))
            << "page " << h.wizard->nextId() << " was not laid out ahead of page " << id;
        EXPECT_FALSE(next->isVisible());
        h.wizard->next();
    }
}

TEST(WizardText, ResultCodesAreNeverSplitAcrossLines)
{
    const QString code = QStringLiteral("S2-WINHTTP-PROXY-MISSING");
    const QString text =
        QStringLiteral("Registreringen stopper ved trin 2, Forbindelse til Microsoft "
                       "som SYSTEM (kode %1): Browseren bruger en proxyserver.")
            .arg(code);
    const QString shown = keepCodesWhole(text);
    EXPECT_EQ(withoutWordJoiners(shown), text);
    EXPECT_EQ(keepCodesWhole(QStringLiteral("no code, a well-known word")),
              QStringLiteral("no code, a well-known word"));
    const QFontMetrics metrics(QApplication::font());
    int splitWithout = 0;
    for (int width = metrics.horizontalAdvance(code) + 4; width < 900; width += 5) {
        for (const bool joined : {false, true}) {
            QTextLayout layout(joined ? shown : text, QApplication::font());
            layout.beginLayout();
            bool whole = false;
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                const QString part =
                    withoutWordJoiners(layout.text().mid(line.textStart(), line.textLength()));
                whole = whole || part.contains(code);
            }
            layout.endLayout();
            if (joined) {
                EXPECT_TRUE(whole) << "width " << width;
            } else {
                splitWithout += whole ? 0 : 1;
            }
        }
    }
    EXPECT_GT(splitWithout, 0); // the plain text does break inside the code somewhere
}
