// One QCoreApplication for every test in the executable; locale fixed so results never depend
// on the machine.
#include "fail_on_qt_warnings.h"
#include <gtest/gtest.h>
#include <QCoreApplication>

#include <QLocale>

#if defined(Q_OS_WIN)
#include "process_end.h"
#endif

int main(int argc, char **argv)
{
    // The system locale too (what "the system's language" means, also for programs started by a
    // test), unless a developer sets one; one variable here, because a list in ctest's
    // ENVIRONMENT does not survive gtest_discover_tests.
    if (!qEnvironmentVariableIsSet("LC_ALL")) {
        qputenv("LC_ALL", "C.UTF-8");
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    int result = 0;
    {
        QCoreApplication app(argc, argv);
        ::testing::InitGoogleTest(&argc, argv);
        jd::test::failOnQtWarnings();
        result = RUN_ALL_TESTS();
    }
#if defined(Q_OS_WIN) && defined(__MINGW32__)
    jd::platform::endProcessWithoutTeardown(result); // as the application does (process_end.h)
#endif
    return result;
}
