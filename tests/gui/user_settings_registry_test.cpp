// On Windows the wizard's settings live in the registry (QSettings' native format), under
// HKEY_CURRENT_USER\Software\<organisation>\<application>: read back here through the registry
// API itself, with a folder name that is not ASCII.
#include "registry.h"
#include "user_settings.h"

#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

using jd::platform::RegistryRoot;

TEST(UserSettingsOnWindows, AreStoredInTheUsersRegistryHive)
{
    const QString organisation = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("JoinDoctorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("Indstillinger"));
    const std::wstring key = L"Software\\JoinDoctorTest\\Indstillinger";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("Søren Ærø"));
    ASSERT_TRUE(QDir().mkpath(folder));
    {
        jd::UserSettings settings;
        settings.setLanguage(jd::LanguageCode::Danish);
        settings.rememberFolderOf(folder + QStringLiteral("/rapport.html"));
    } // written when the settings object ends
    const jd::platform::RegistryString language =
        jd::platform::readRegistryString(RegistryRoot::CurrentUser, key, L"language");
    const jd::platform::RegistryString lastFolder =
        jd::platform::readRegistryString(RegistryRoot::CurrentUser, key, L"lastFolder");
    EXPECT_TRUE(language.found) << language.error;
    EXPECT_EQ(QString::fromStdWString(language.value), QStringLiteral("da"));
    EXPECT_EQ(QString::fromStdWString(lastFolder.value), QDir::cleanPath(folder));
    EXPECT_EQ(jd::UserSettings().lastFolder(), QDir::cleanPath(folder)); // and read back by Qt

    unsigned long error = 0;
    EXPECT_TRUE(jd::platform::deleteRegistryKey(RegistryRoot::CurrentUser, key, &error)) << error;
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(application);
}
