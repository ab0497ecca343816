#pragma once
// A wizard for tests: dialogs pre-answered, files saved where the test says, a fake join
// trigger, and optional replacement checks.

#include "joindoctor_wizard.h"
#include "test_checks.h"

#include <memory>
#include <QTemporaryDir>

namespace jd::test {

class FakeJoinTrigger : public JoinTrigger
{
public:
    bool available = true;
    JoinTriggerResult result;
    std::atomic_int calls{0};

    bool isAvailable(TrText *reason) const override
    {
        if (!available && reason) {
            *reason = checksText("unavailable in test");
        }
        return available;
    }
    QString commandLine() const override
    {
        return QStringLiteral("C:\\Windows\\System32\\schtasks.exe /Run");
    }
    JoinTriggerResult trigger(const CancelToken &) override
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
    std::shared_ptr<FakeJoinTrigger> trigger = std::make_shared<FakeJoinTrigger>();
    std::unique_ptr<JoinDoctorWizard> wizard;
    CheckRunner::DirectorySettingsProvider directorySettings;              // set before create()
    std::shared_ptr<DeviceAction> refreshPrt;                              // set before create()
    std::shared_ptr<DeviceAction> leaveAndRejoin;                          // set before create()
    std::shared_ptr<UserSettings> settings;                                // set before create()
    QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC); // the wizard's clock

    // Builds the wizard; liveDemo: a demo whose facts stand for "this computer".
    void create(LanguageCode language = LanguageCode::English, CheckList checks = {},
                const QString &liveDemo = QString(), CheckRunner::ProbeSettingsProvider probe = {});
    // Welcome page -> Next, then waits for every check (true when all arrived).
    bool runOn(const FactSource &source);
};

} // namespace jd::test
