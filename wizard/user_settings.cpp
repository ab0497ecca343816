#include "user_settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace jd {

const char *const UserSettings::kLanguageKey = "language";
const char *const UserSettings::kLastFolderKey = "lastFolder";

UserSettings::UserSettings() : m_settings(std::make_unique<QSettings>())
{
}

UserSettings::UserSettings(std::unique_ptr<QSettings> backing) : m_settings(std::move(backing))
{
}

UserSettings::~UserSettings() = default;

std::optional<LanguageCode> UserSettings::language() const
{
    return Language::parse(m_settings->value(QLatin1String(kLanguageKey)).toString());
}

void UserSettings::setLanguage(LanguageCode code)
{
    m_settings->setValue(QLatin1String(kLanguageKey), code == LanguageCode::Danish
                                                          ? QStringLiteral("da")
                                                          : QStringLiteral("en"));
}

QString UserSettings::lastFolder() const
{
    const QString folder = m_settings->value(QLatin1String(kLastFolderKey)).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QString();
}

void UserSettings::rememberFolderOf(const QString &path)
{
    if (path.isEmpty()) {
        return;
    }
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    m_settings->setValue(QLatin1String(kLastFolderKey), QDir::cleanPath(folder));
}

} // namespace jd
