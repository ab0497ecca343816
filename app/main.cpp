// joindoctor: entry point. The terminal commands that only read (--analyze, --list-codes, …) run
// here with QtCore alone; the wizard, the probes and --collect run in the joindoctor_ui module,
// loaded only for them (module_loader.h).

#include "analyze_command.h"
#include "app_setup.h"
#include "command_line.h"
#include "exit_codes.h"
#include "fleet_command.h"
#include "list_command.h"
#include "logging_setup.h"
#include "module_loader.h"
#include "output.h"

#include <QCoreApplication>

#if defined(Q_OS_WIN)
#include "console_output.h"
#include "core/logging.h"
#include "process_end.h"
#endif

namespace {

int runReadOnlyCommand()
{
    const jd::CommandLine cl = jd::parseCommandLine(QCoreApplication::arguments());
    const jd::Language language(cl.language);
    switch (cl.command) {
    case jd::CommandLine::Command::Help:
        jd::writeStdout(cl.helpText);
        return jd::ExitHealthy;
    case jd::CommandLine::Command::Version:
        jd::writeStdout(
            QStringLiteral("JoinDoctor %1\n").arg(QCoreApplication::applicationVersion()));
        return jd::ExitHealthy;
    case jd::CommandLine::Command::Error:
        jd::writeError(cl.error);
        return jd::ExitUsageOrInput;
    case jd::CommandLine::Command::Analyze:
        jd::setUpLogging(cl.verbose, language);
        return jd::runAnalyzeCommand(cl, language);
    case jd::CommandLine::Command::ListCodes:
        jd::setUpLogging(cl.verbose, language);
        return jd::runListCodesCommand(cl, language);
    case jd::CommandLine::Command::ListDemos:
        return jd::runListDemosCommand(language);
    case jd::CommandLine::Command::Fleet:
        jd::setUpLogging(cl.verbose, language);
        return jd::runFleetCommand(cl, language);
    case jd::CommandLine::Command::Collect:
    case jd::CommandLine::Command::Wizard:
        break; // the module's (needsUiModule)
    }
    return jd::ExitUsageOrInput;
}

int runProgram(int argc, char *argv[])
{
    if (jd::needsUiModule(argc, argv)) {
        return jd::runInUiModule(argc, argv);
    }
    QCoreApplication app(argc, argv);
    jd::describeApplication();
    return jd::checkedExitCode(runReadOnlyCommand());
}

} // namespace

int main(int argc, char *argv[])
{
#if defined(Q_OS_WIN)
    // The same bytes as elsewhere in a pipe or a file (no CRLF); and joindoctor.exe, a GUI program
    // (no console window on a double-click), still prints a terminal command's output in the
    // cmd or PowerShell it was started from. Scripts use joindoctor-cli.exe, which cmd waits for.
    jd::platform::useBinaryStandardStreams();
    if (jd::isTerminalCommand(argc, argv)) {
        jd::platform::attachParentConsoleIfNone();
    }
#endif
    const int exitCode = runProgram(argc, argv);
#if defined(Q_OS_WIN) && defined(__MINGW32__)
    // Everything is written and the application object is gone; skip the teardown that hangs
    // (process_end.h).
    jd::log::flushAll();
    jd::platform::endProcessWithoutTeardown(exitCode);
#endif
    return exitCode;
}
