#pragma once
// The wizard's look: the system's (default), or a dark or high-contrast palette chosen with
// --theme, for users who need one where the platform style offers none (Qt 6.4's Windows style
// has no dark mode) and for checking that every page stays readable in them.

#include <optional>
#include <QIcon>
#include <QString>

namespace jd {

enum class Theme
{
    System,
    Dark,
    HighContrast
};

// "system", "dark", "high-contrast"; nullopt for anything else.
std::optional<Theme> parseTheme(const QString &name);
// Applies the theme to the running QApplication, before the wizard is built. System changes
// nothing; the others use the Fusion style, which follows the palette everywhere.
void applyTheme(Theme theme);

// JoinDoctor's icon in every size from 16 to 256 px (rendered from resources/icons/joindoctor.svg),
// for the window, the taskbar and every dialog.
QIcon applicationIcon();

} // namespace jd
