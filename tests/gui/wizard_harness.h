#pragma once
// A wizard for tests: dialogs pre-answered, files saved where the test says, a fake Retry
// join, and optional replacement checks.

#include "joindoctor_wizard.h"
#include "test_checks.h"

#include <memory>
#include <QTemporaryDir>

namespace jd::test {

class FakeRetryJoin : public Repair
{
public:
    bool available = true;
    RepairResult result;
    std::atomic_int calls{0};

    bool canRun(TrText *reason) const override
    {
        if (!available && reason) {
            *reason = checksText("unavailable in test");
        }
        return available;
    }
    TrText whatChanges() const override { return checksText("starts the join in test"); }
    QStringList commandLines() const override
    {
        return {QStringLiteral("C:\\Windows\\System32\\schtasks.exe /Run")};
    }
    RepairResult run(const Facts &, const CancelToken &) override
    {
        ++calls;
        return result;
    }
};

struct Harness
{
    QTemporaryDir dir;
    bool confirmAnswer = true;
    int confirmations = 0;
    QString saveAs;
    QStringList messages;
    std::shared_ptr<FakeRetryJoin> trigger = std::make_shared<FakeRetryJoin>();
    std::unique_ptr<JoinDoctorWizard> wizard;
    CheckRunner::DirectorySettingsProvider directorySettings;              // set before create()
    std::shared_ptr<Repair> refreshPrt;                                    // set before create()
    std::shared_ptr<Repair> leaveAndRejoin;                                // set before create()
    std::shared_ptr<UserSettings> settings;                                // set before create()
    QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC); // the wizard's clock

    // Builds the wizard; liveDemo: a demo whose facts stand for "this computer".
    void create(LanguageCode language = LanguageCode::English, CheckList checks = {},
                const QString &liveDemo = QString(), CheckRunner::ProbeSettingsProvider probe = {});
    // Welcome page -> Next, then waits for every check (true when all arrived).
    bool runOn(const FactSource &source);
};

} // namespace jd::test
