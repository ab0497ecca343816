#include "wizard_harness.h"

#include "input/demo_captures.h"

#include <QSignalSpy>

namespace jd::test {

void Harness::create(LanguageCode language, CheckList checks, const QString &liveDemo,
                     CheckRunner::ProbeSettingsProvider probe)
{
    WizardEnvironment env;
    env.confirm = [this](QWidget *, const QString &, const QString &) {
        ++confirmations;
        return confirmAnswer;
    };
    env.saveFileName = [this](QWidget *, const QString &, const QString &, const QString &) {
        return saveAs;
    };
    env.existingDirectory = [this](QWidget *, const QString &) {
        return saveAs;
    };
    env.openFileName = [this](QWidget *, const QString &, const QString &) {
        return saveAs;
    };
    env.inform = [this](QWidget *, const QString &, const QString &text) {
        messages << text;
    };
    env.openFolder = [](const QString &) {
        return true;
    };
    env.retryJoin = trigger;
    env.checks = std::move(checks);
    env.logFolder = dir.path();
    env.probeSettings = std::move(probe);
    env.directorySettings = directorySettings;
    env.refreshPrt = refreshPrt;
    env.clock = [this]() {
        return now;
    };
    env.leaveAndRejoin = leaveAndRejoin;
    env.settings = settings;
    if (!liveDemo.isEmpty()) {
        env.liveFacts = [liveDemo](const CancelToken &) {
            return parseFacts(*demoCaptureBytes(liveDemo), QStringLiteral("live"));
        };
    }
    wizard = std::make_unique<JoinDoctorWizard>(std::move(env), language);
    wizard->show();
}

bool Harness::runOn(const FactSource &source)
{
    wizard->setSource(source);
    QSignalSpy finished(&wizard->runner(), &CheckRunner::runFinished);
    wizard->next();
    return finished.wait(10000);
}

} // namespace jd::test
