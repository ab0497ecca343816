#pragma once
// What the wizard remembers per user between runs: the language last chosen and the folder last
// used in a file dialog. Nothing else, and nothing sensitive (no device, tenant, user or path of a
// capture: a folder name only). Stored with QSettings: the registry under HKEY_CURRENT_USER on
// Windows, ~/.config/JoinDoctor/JoinDoctor.conf elsewhere.

#include "core/language.h"

#include <memory>
#include <optional>
#include <QString>

class QSettings;

namespace jd {

class UserSettings
{
public:
    // The user's own settings (organisation and application names from describeApplication()).
    UserSettings();
    // Settings kept in `backing` instead (tests).
    explicit UserSettings(std::unique_ptr<QSettings> backing);
    ~UserSettings();

    std::optional<LanguageCode> language() const;
    void setLanguage(LanguageCode code);

    // The folder last used; empty when none was, or when it no longer exists.
    QString lastFolder() const;
    // Remembers the folder of `path` (a file), or `path` itself when it is a folder.
    void rememberFolderOf(const QString &path);

    // The stored keys, for tests that nothing else is kept.
    static const char *const kLanguageKey;
    static const char *const kLastFolderKey;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace jd
