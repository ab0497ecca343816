// The repairs on the summary page: offered only on this computer and where they apply, run only
// after confirmation, and followed by the checks again with before -> after.
#include "actions/repair.h"
#include "actions/retry_join.h"
#include "page_ids.h"
#include "remote_join_help.h"
#include "summary_page.h"
#include "ticket_info_bar.h"
#include "wizard_harness.h"

#include <atomic>
#include <gtest/gtest.h>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace jd;
using namespace jd::test;

namespace {

class FakeRefresh : public Repair
{
public:
    std::atomic_int runs{0};
    bool canRun(TrText *) const override { return true; }
    bool appliesTo(const Facts &facts, TrText *) const override
    {
        return facts.azureAdJoined == Tri::Yes;
    }
    QStringList commandLines() const override
    {
        return {QStringLiteral("\"C:\\Windows\\System32\\dsregcmd.exe\" /refreshprt")};
    }
    TrText whatChanges() const override { return checksText("asks for a new PRT"); }
    RepairResult run(const Facts &, const CancelToken &) override
    {
        ++runs;
        RepairResult r;
        r.started = true;
        r.exitCode = 0;
        r.message = checksText("renewed in test");
        return r;
    }
};

QPushButton *button(const Harness &h, const QString &text)
{
    for (QPushButton *b : h.wizard->findChildren<QPushButton *>()) {
        if (b->text() == text) {
            return b;
        }
    }
    return nullptr;
}

} // namespace

TEST(WizardRepair, RefreshPrtIsOfferedOnThisComputerAndRunsAfterConfirmation)
{
    Harness h;
    auto refresh = std::make_shared<FakeRefresh>();
    h.refreshPrt = refresh;
    h.create(LanguageCode::English, {}, QStringLiteral("joined-no-prt"));
    ASSERT_TRUE(h.runOn(FactSource::live()));
    while (h.wizard->currentId() != SummaryPageId) {
        h.wizard->next();
    }
    QPushButton *offer = button(h, QStringLiteral("Re&fresh PRT..."));
    ASSERT_NE(offer, nullptr);
    EXPECT_TRUE(offer->isVisible());

    h.confirmAnswer = false;
    offer->click();
    EXPECT_EQ(h.confirmations, 1);
    EXPECT_EQ(refresh->runs, 0);

    h.confirmAnswer = true;
    QSignalSpy again(&h.wizard->runner(), &CheckRunner::runFinished);
    offer->click();
    ASSERT_TRUE(again.wait(10000));
    EXPECT_EQ(refresh->runs, 1);
    EXPECT_EQ(h.wizard->runner().runCount(), 2); // the checks ran again: before -> after

    // The outcome's box keeps its repair's name in the other language.
    EXPECT_EQ(h.wizard->summaryPage()->actionTitle(), QStringLiteral("Refresh PRT"));
    EXPECT_TRUE(h.wizard->summaryPage()->ticketInfo()->text().contains(
        QStringLiteral("Source: this computer")));
    h.wizard->setLanguage(LanguageCode::Danish);
    EXPECT_TRUE(h.wizard->summaryPage()->ticketInfo()->text().contains(
        QStringLiteral("Kilde: denne computer")))
        << h.wizard->summaryPage()->ticketInfo()->text().toStdString();
    EXPECT_NE(h.wizard->summaryPage()->actionTitle(), QStringLiteral("Refresh PRT"));
    EXPECT_FALSE(h.wizard->summaryPage()->actionTitle().isEmpty());
    EXPECT_NE(h.wizard->summaryPage()->actionTitle(), h.wizard->summaryPage()->tr("Retry join"));
}

TEST(WizardRepair, NotOfferedForDemosOrWhereItDoesNotApply)
{
    Harness h;
    auto refresh = std::make_shared<FakeRefresh>();
    h.refreshPrt = refresh;
    h.create(LanguageCode::English);
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("joined-no-prt"))));
    QPushButton *offer = button(h, QStringLiteral("Re&fresh PRT..."));
    ASSERT_NE(offer, nullptr);
    EXPECT_TRUE(offer->isHidden());

    Harness notJoined;
    notJoined.refreshPrt = refresh;
    notJoined.create(LanguageCode::English, {}, QStringLiteral("vpn-user"));
    ASSERT_TRUE(notJoined.runOn(FactSource::live()));
    EXPECT_TRUE(button(notJoined, QStringLiteral("Re&fresh PRT..."))->isHidden());
    EXPECT_EQ(refresh->runs, 0);
}

TEST(WizardRepair, RetryJoinRefusedAtThePromptShowsTheHelpdeskWayIn)
{
    Harness h;
    h.trigger->result = RepairResult{};
    h.trigger->result.refused = true;
    h.trigger->result.message = checksText("refused in test");
    h.create(LanguageCode::English, {}, QStringLiteral("vpn-user"));
    ASSERT_TRUE(h.runOn(FactSource::live()));
    const QString code = h.wizard->runner().analysis()->step(3).code;
    const QString device = h.wizard->runner().facts()->deviceName;
    ASSERT_FALSE(device.isEmpty());

    auto *help = h.wizard->summaryPage()->findChild<RemoteJoinHelp *>();
    ASSERT_NE(help, nullptr);
    QSignalSpy joined(h.wizard.get(), &JoinDoctorWizard::joinAttemptFinished);
    h.wizard->retryJoin();
    ASSERT_TRUE(joined.wait(10000));
    EXPECT_EQ(h.wizard->runner().runCount(), 1); // nothing ran, so nothing to check again
    ASSERT_TRUE(help->isVisible());
    auto texts = [help]() {
        QString all;
        for (QLabel *l : help->findChildren<QLabel *>()) {
            all += l->text();
        }
        return all;
    };
    EXPECT_TRUE(texts().contains(code)) << texts().toStdString();
    const QString commands = help->findChild<QPlainTextEdit *>()->toPlainText();
    EXPECT_EQ(commands, remoteJoinCommands(device).join(u'\n'));
    EXPECT_TRUE(commands.contains(QStringLiteral("\\\\") + device));

    QPushButton *copy = nullptr;
    for (QPushButton *b : help->findChildren<QPushButton *>()) {
        copy = b;
    }
    ASSERT_NE(copy, nullptr);
    copy->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), commands);

    h.wizard->setLanguage(LanguageCode::Danish);
    EXPECT_TRUE(texts().contains(code));
    EXPECT_TRUE(texts().contains(QStringLiteral("Ring til supporten"))) << texts().toStdString();
    EXPECT_TRUE(texts().contains(QStringLiteral("kommandoer"))) << texts().toStdString();

    // A join that runs afterwards (rights given this time) hides the helpdesk's commands again.
    h.trigger->result = RepairResult{true, true, 0, QString(), checksText("ok")};
    QSignalSpy again(&h.wizard->runner(), &CheckRunner::runFinished);
    h.wizard->retryJoin();
    ASSERT_TRUE(again.wait(10000));
    EXPECT_FALSE(help->isVisible());
}
