// GUI tests: one QApplication, the offscreen platform unless a developer asks for another, and
// English as the starting language (test_program.h).
#include "test_program.h"

#include <QApplication>

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#if defined(Q_OS_WIN)
    // The offscreen platform reads font files itself: Windows' own.
    if (!qEnvironmentVariableIsSet("QT_QPA_FONTDIR")) {
        qputenv("QT_QPA_FONTDIR", qgetenv("WINDIR") + "\\Fonts");
    }
#endif
    return jd::test::runTestProgram<QApplication>(argc, argv);
}
