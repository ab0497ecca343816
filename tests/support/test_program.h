#pragma once
// What every test program's main() does around its one application object (App: QCoreApplication
// or QApplication): the locale fixed so results never depend on the machine, GoogleTest, a Qt
// warning as a failure, and with mingw-w64 the end without library teardown the application
// itself uses (process_end.h).
#include "fail_on_qt_warnings.h"

#include <gtest/gtest.h>
#include <QLocale>

#if defined(Q_OS_WIN)
#include "process_end.h"
#endif

namespace jd::test {

template <typename App> int runTestProgram(int argc, char **argv)
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
        App app(argc, argv);
        ::testing::InitGoogleTest(&argc, argv);
        failOnQtWarnings();
        result = RUN_ALL_TESTS();
    }
#if defined(Q_OS_WIN) && defined(__MINGW32__)
    jd::platform::endProcessWithoutTeardown(result);
#endif
    return result;
}

} // namespace jd::test
