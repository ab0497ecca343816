// Start and cancel a running check a hundred times in a row — Back, language switch, closing the
// wizard while it works, and starting again over a running check — with no crash, no worker left
// behind and no late result reaching a page. Run under ASan and TSan in CI as well.
#include "page_ids.h"
#include "status_view.h"
#include "step_page.h"
#include "wizard_harness.h"

#include <atomic>
#include <gtest/gtest.h>
#include <QTest>
#include <QThread>

using namespace jd;
using namespace jd::test;

namespace {

struct Counters
{
    std::atomic_int started{0};
    std::atomic_int returned{0};
};

// Step 3's real check behind a wait that only a cancel ends.
class CancelOnlyCheck : public StepCheck
{
public:
    CancelOnlyCheck(std::shared_ptr<const StepCheck> real, std::shared_ptr<Counters> counters)
        : m_real(std::move(real)), m_counters(std::move(counters))
    {
    }
    int step() const override { return m_real->step(); }
    QList<const ResultCodeDef *> codes() const override { return m_real->codes(); }
    CheckResult headline(const Facts &facts, const CancelToken &cancel) const override
    {
        ++m_counters->started;
        for (int i = 0; i < 10000 && !cancel.isCancelled(); ++i) {
            QThread::msleep(1);
        }
        ++m_counters->returned;
        return m_real->run(facts, cancel);
    }

private:
    std::shared_ptr<const StepCheck> m_real;
    std::shared_ptr<Counters> m_counters;
};

CheckList checksWithBlockingStep3(const std::shared_ptr<Counters> &counters)
{
    CheckList checks = realChecksWith({});
    for (auto &check : checks) {
        if (check->step() == 3) {
            check = std::make_shared<CancelOnlyCheck>(check, counters);
        }
    }
    return checks;
}

} // namespace

TEST(WizardTorture, AHundredStartsAndCancels)
{
    auto counters = std::make_shared<Counters>();
    Harness h;
    h.create(LanguageCode::English, checksWithBlockingStep3(counters));
    LanguageCode language = LanguageCode::English;
    for (int i = 0; i < 100; ++i) {
        if (h.wizard->currentId() != WelcomePageId) {
            h.wizard->restart();
        }
        h.wizard->setSource(
            FactSource::demo(i % 2 ? QStringLiteral("vpn-user") : QStringLiteral("healthy")));
        h.wizard->next();
        ASSERT_TRUE(QTest::qWaitFor([&]() { return counters->started.load() == i + 1; }, 10000))
            << "round " << i;
        switch (i % 4) {
        case 0:
            h.wizard->back(); // Back cancels
            break;
        case 1:
            language =
                language == LanguageCode::English ? LanguageCode::Danish : LanguageCode::English;
            h.wizard->setLanguage(language); // a language switch cancels and re-renders
            break;
        case 2:
            // Closed while working: the wizard joins its workers and is destroyed.
            h.wizard->reject();
            h.create(language, checksWithBlockingStep3(counters));
            break;
        case 3:
            // Started again over a running check: the old run is cancelled and dropped.
            h.wizard->runner().start(FactSource::demo(QStringLiteral("not-synced")));
            ASSERT_TRUE(
                QTest::qWaitFor([&]() { return counters->started.load() == i + 2; }, 10000));
            counters->started.fetch_sub(1); // count rounds, not runs
            h.wizard->runner().cancel();
            break;
        }
        EXPECT_FALSE(h.wizard->runner().isRunning()) << "round " << i;
    }
    h.wizard->runner().join();
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() { return counters->returned.load() == counters->started.load() + 25; }, 20000))
        << counters->returned << " of " << counters->started;
    // Nothing late: no step page shows a result of a cancelled run.
    QTest::qWait(50);
    EXPECT_TRUE(h.wizard->stepPage(3)->statusView()->codeText().isEmpty());
}
