// joindoctor_ui's entry point: the wizard (with a QApplication), the probes and --collect (with a
// QCoreApplication). Loaded by the executable only for these (module_loader.h).
#include "app_setup.h"
#include "collect_command.h"
#include "command_line.h"
#include "directory_command.h"
#include "exit_codes.h"
#include "logging_setup.h"
#include "output.h"
#include "probe_command.h"
#include "wizard_command.h"

#include <QApplication>

namespace {

int runNetworkCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    jd::describeApplication();
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--probe-directory"))) {
        return jd::checkedExitCode(
            jd::runDirectoryCommand(args, jd::Language(jd::languageFromArguments(args))));
    }
    if (args.contains(QStringLiteral("--probe-connectivity"))) {
        return jd::checkedExitCode(
            jd::runProbeCommand(args, jd::Language(jd::languageFromArguments(args))));
    }
    const jd::CommandLine cl = jd::parseCommandLine(args);
    const jd::Language language(cl.language);
    if (cl.command != jd::CommandLine::Command::Collect) {
        jd::writeError(cl.command == jd::CommandLine::Command::Error ? cl.error : cl.helpText);
        return jd::ExitUsageOrInput;
    }
    return jd::checkedExitCode(
        jd::runCollectCommand(cl, language, jd::setUpLogging(cl.verbose, language)));
}

int runWizard(int argc, char *argv[])
{
    // Parse first with a core application: a usage error or a missing display must be reported
    // before QApplication, which aborts when it finds no display.
    jd::CommandLine cl;
    {
        QCoreApplication probe(argc, argv);
        jd::describeApplication();
        cl = jd::parseCommandLine(QCoreApplication::arguments());
        const jd::Language language(cl.language);
        QString reason;
        if (cl.command == jd::CommandLine::Command::Error) {
            jd::writeError(cl.error);
            return jd::ExitUsageOrInput;
        }
        if (!jd::displayAvailable(cl, language, &reason)) {
            jd::writeError(reason);
            return jd::ExitUsageOrInput;
        }
    }
    if (!cl.screenshotsDir.isEmpty() && !qEnvironmentVariableIsSet("DISPLAY") &&
        !qEnvironmentVariableIsSet("WAYLAND_DISPLAY") &&
        !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        // Screenshots need no screen: render offscreen.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    jd::describeApplication();
    jd::setUpLogging(cl.verbose, jd::Language(cl.language));
    return jd::runWizardCommand(cl);
}

bool hasNetworkCommand(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--probe-connectivity" || arg == "--probe-directory" || arg == "--collect") {
            return true;
        }
    }
    return false;
}

} // namespace

extern "C" Q_DECL_EXPORT int joindoctor_ui_main(int argc, char *argv[])
{
    return hasNetworkCommand(argc, argv) ? runNetworkCommand(argc, argv) : runWizard(argc, argv);
}
