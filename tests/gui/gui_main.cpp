// GUI tests: one QApplication, the offscreen platform unless a developer asks for another, and
// English as the starting language.
#include "fail_on_qt_warnings.h"
#include <gtest/gtest.h>
#include <QApplication>

#include <QLocale>

#if defined(Q_OS_WIN)
#include "process_end.h"
#endif

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
    // The system locale too (what "the system's language" means, also for programs started by a
    // test), unless a developer sets one; one variable here, because a list in ctest's
    // ENVIRONMENT does not survive gtest_discover_tests.
    if (!qEnvironmentVariableIsSet("LC_ALL")) {
        qputenv("LC_ALL", "C.UTF-8");
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    int result = 0;
    {
        QApplication app(argc, argv);
        ::testing::InitGoogleTest(&argc, argv);
        jd::test::failOnQtWarnings();
        result = RUN_ALL_TESTS();
    }
#if defined(Q_OS_WIN) && defined(__MINGW32__)
    jd::platform::endProcessWithoutTeardown(result); // as the application does (process_end.h)
#endif
    return result;
}
