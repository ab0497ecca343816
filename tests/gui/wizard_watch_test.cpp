// Waiting for the sync in the wizard, driven by a fake clock: a check every minute, the countdown
// on the summary page, and giving up after 40 minutes.
#include "page_ids.h"
#include "summary_page.h"
#include "wizard_harness.h"

#include <gtest/gtest.h>
#include <QSignalSpy>

using namespace jd;
using namespace jd::test;

TEST(WizardWatch, ChecksEveryMinuteAndGivesUpAfterFortyMinutes)
{
    Harness h;
    h.create(LanguageCode::English, {}, QStringLiteral("not-synced"));
    ASSERT_TRUE(h.runOn(FactSource::live()));
    h.wizard->setWatching(true);
    ASSERT_TRUE(h.wizard->isWatching());
    SummaryPage *summary = nullptr;
    for (SummaryPage *p : h.wizard->findChildren<SummaryPage *>()) {
        summary = p;
    }
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->watchStatusText().contains(QStringLiteral("Next check in 1:00")))
        << summary->watchStatusText().toStdString();

    h.now = h.now.addSecs(30);
    h.wizard->watchTick();
    EXPECT_EQ(h.wizard->runner().runCount(), 1);
    EXPECT_TRUE(summary->watchStatusText().contains(QStringLiteral("0:30")));

    QSignalSpy finished(&h.wizard->runner(), &CheckRunner::runFinished);
    h.now = h.now.addSecs(31);
    h.wizard->watchTick(); // a minute has passed: check again
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(h.wizard->runner().runCount(), 2);
    EXPECT_TRUE(h.wizard->isWatching()); // still not synced

    h.now = h.now.addSecs(40 * 60);
    h.wizard->watchTick();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(h.wizard->isWatching());
    EXPECT_TRUE(summary->watchStatusText().contains(QStringLiteral("40 minutes")));
}

TEST(WizardWatch, ADoneRunStopsWatching)
{
    Harness h;
    h.create(LanguageCode::English, {}, QStringLiteral("healthy"));
    ASSERT_TRUE(h.runOn(FactSource::live()));
    h.wizard->setWatching(true);
    QSignalSpy finished(&h.wizard->runner(), &CheckRunner::runFinished);
    h.now = h.now.addSecs(61);
    h.wizard->watchTick();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(h.wizard->isWatching());
}

TEST(WizardWatch, OnlyForThisComputer)
{
    Harness h;
    h.create(LanguageCode::English);
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("not-synced"))));
    h.wizard->setWatching(true);
    EXPECT_FALSE(h.wizard->isWatching());
}
