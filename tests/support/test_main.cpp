// One QCoreApplication for every test in the executable (test_program.h).
#include "test_program.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    return jd::test::runTestProgram<QCoreApplication>(argc, argv);
}
