// What the wizard remembers per user: the language and the last folder, and nothing else.
#include "user_settings.h"
#include "wizard_harness.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace jd;
using namespace jd::test;

namespace {

std::unique_ptr<QSettings> iniIn(const QTemporaryDir &dir)
{
    return std::make_unique<QSettings>(dir.filePath(QStringLiteral("JoinDoctor.conf")),
                                       QSettings::IniFormat);
}

} // namespace

TEST(UserSettings, RemembersTheLanguageAndTheLastFolderAcrossRuns)
{
    QTemporaryDir dir;
    const QString reports = dir.filePath(QStringLiteral("reports"));
    ASSERT_TRUE(QDir().mkpath(reports));
    {
        UserSettings settings(iniIn(dir));
        EXPECT_FALSE(settings.language().has_value()) << "nothing before the first run";
        EXPECT_TRUE(settings.lastFolder().isEmpty());
        settings.setLanguage(LanguageCode::Danish);
        settings.rememberFolderOf(reports + QStringLiteral("/joindoctor-20261201.html"));
    }
    UserSettings next(iniIn(dir)); // the next start
    EXPECT_EQ(next.language(), LanguageCode::Danish);
    EXPECT_EQ(next.lastFolder(), reports);
    next.rememberFolderOf(dir.path()); // a folder chosen as such
    EXPECT_EQ(next.lastFolder(), QDir::cleanPath(dir.path()));
}

TEST(UserSettings, KeepsNothingButTheTwoSettings)
{
    QTemporaryDir dir;
    {
        UserSettings settings(iniIn(dir));
        settings.setLanguage(LanguageCode::English);
        settings.rememberFolderOf(dir.filePath(QStringLiteral("pc01.jdcapture")));
    }
    QSettings raw(dir.filePath(QStringLiteral("JoinDoctor.conf")), QSettings::IniFormat);
    QStringList keys = raw.allKeys();
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QString::fromLatin1(UserSettings::kLanguageKey),
                                 QString::fromLatin1(UserSettings::kLastFolderKey)}));
    EXPECT_FALSE(raw.value(QLatin1String(UserSettings::kLastFolderKey))
                     .toString()
                     .contains(QStringLiteral("pc01")))
        << "the folder only, never the file (a device name)";
}

TEST(UserSettings, AFolderThatIsGoneIsForgotten)
{
    QTemporaryDir dir;
    const QString gone = dir.filePath(QStringLiteral("usb-stick"));
    ASSERT_TRUE(QDir().mkpath(gone));
    UserSettings settings(iniIn(dir));
    settings.rememberFolderOf(gone);
    ASSERT_EQ(settings.lastFolder(), gone);
    ASSERT_TRUE(QDir(gone).removeRecursively());
    EXPECT_TRUE(settings.lastFolder().isEmpty());
}

TEST(UserSettings, ALanguageChosenInTheWizardIsRemembered)
{
    QTemporaryDir dir;
    Harness h;
    h.settings = std::make_shared<UserSettings>(iniIn(dir));
    h.create(LanguageCode::English);
    h.wizard->setLanguage(LanguageCode::Danish);
    EXPECT_EQ(UserSettings(iniIn(dir)).language(), LanguageCode::Danish);
    h.wizard->setLanguage(LanguageCode::English);
    EXPECT_EQ(UserSettings(iniIn(dir)).language(), LanguageCode::English);
}
