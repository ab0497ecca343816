// One QCoreApplication for every test in the executable; locale fixed so results never depend
// on the machine.
#include "fail_on_qt_warnings.h"
#include <gtest/gtest.h>
#include <QCoreApplication>

#include <QLocale>

int main(int argc, char **argv)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    jd::test::failOnQtWarnings();
    return RUN_ALL_TESTS();
}
