#pragma once
// Everything modal or platform-bound the wizard needs, as replaceable functions and objects, so
// tests pre-answer dialogs and inject fake join triggers and slow checks.

#include "actions/platform_repairs.h"
#include "actions/sync_watch.h"
#include "runner/check_runner.h"
#include "user_settings.h"

#include <functional>
#include <memory>
#include <QString>

class QWidget;

namespace jd {

struct WizardEnvironment
{
    // Yes/no question; true = go ahead.
    std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirm;
    // Save-as dialog; returns the chosen path or an empty string.
    std::function<QString(QWidget *parent, const QString &caption, const QString &suggestedName,
                          const QString &filters)>
        saveFileName;
    std::function<QString(QWidget *parent, const QString &caption)> existingDirectory;
    std::function<QString(QWidget *parent, const QString &caption, const QString &filters)>
        openFileName;
    // Shows a message (errors while saving, for instance).
    std::function<void(QWidget *parent, const QString &title, const QString &text)> inform;
    std::function<bool(const QString &folder)> openFolder;

    std::shared_ptr<Repair> retryJoin;      // empty: not possible here
    std::shared_ptr<Repair> refreshPrt;     // empty: not offered
    std::shared_ptr<Repair> leaveAndRejoin; // empty: not offered
    CheckRunner::Checks checks;             // empty: the six real checks
    CheckRunner::LiveLoader liveFacts;      // empty: "This computer" is not available in this build
    CheckRunner::ProbeSettingsProvider
        probeSettings; // live source: what step 2 probes; empty: no probe
    CheckRunner::DirectorySettingsProvider
        directorySettings; // live source: where steps 1 and 3 read AD; empty: not at all
    QString logFolder;
    Clock clock; // empty: the system clock (tests drive the sync watch with their own)
    // Remembers the language and the last folder between runs; empty: nothing is remembered.
    std::shared_ptr<UserSettings> settings;

    // Real dialogs (starting in the folder used last), the platform's repairs, the user's
    // settings and the log folder in the app-data location.
    static WizardEnvironment standard();
};

} // namespace jd
