// joindoctor_ui's entry point: the wizard (with a QApplication), the probes and --collect (with a
// QCoreApplication). Loaded by the executable only for these (module_loader.h).
#include "app_setup.h"
#include "collect_command.h"
#include "command_line.h"
#include "core/logging.h"
#include "directory_command.h"
#include "exit_codes.h"
#include "logging_setup.h"
#include "output.h"
#include "probe_command.h"
#include "wizard_command.h"

#include <QApplication>
#include <QDir>

#if defined(Q_OS_WIN)
#include "own_console.h"
#endif

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

#if !defined(Q_OS_WIN)
// The wizard's command line, read before any application object exists: a usage error or a
// missing display must be reported before QApplication, which aborts when it finds no display, and
// a throw-away QCoreApplication would cost the start-up time. Off Windows, Qt itself reads argv as
// local 8-bit text, so this is exactly QCoreApplication::arguments(); on Windows (always a display)
// the wide command line is read once QApplication exists.
QStringList argumentsBeforeApplication(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args << QString::fromLocal8Bit(argv[i]);
    }
    return args;
}
#endif

int runWizard(int argc, char *argv[])
{
#if defined(Q_OS_WIN)
    jd::platform::releaseConsoleOpenedForUs();
    // Qt's offscreen platform (-platform offscreen: screenshots on a server, in a scheduled task)
    // reads font files from QT_QPA_FONTDIR instead of asking Windows, and draws no text without
    // it. The windows platform ignores the variable.
    if (!qEnvironmentVariableIsSet("QT_QPA_FONTDIR") && qEnvironmentVariableIsSet("WINDIR")) {
        qputenv("QT_QPA_FONTDIR",
                QDir::toNativeSeparators(qEnvironmentVariable("WINDIR") + QStringLiteral("/Fonts"))
                    .toLocal8Bit());
    }
    QApplication app(argc, argv);
    const jd::CommandLine cl = jd::parseCommandLine(QCoreApplication::arguments());
#else
    const jd::CommandLine cl = jd::parseCommandLine(argumentsBeforeApplication(argc, argv));
#endif
    if (cl.command == jd::CommandLine::Command::Error) {
        jd::writeError(cl.error);
        return jd::ExitUsageOrInput;
    }
    QString reason;
    if (!jd::displayAvailable(cl, jd::Language(cl.language), &reason)) {
        jd::writeError(reason);
        return jd::ExitUsageOrInput;
    }
#if !defined(Q_OS_WIN)
    if ((!cl.screenshotsDir.isEmpty() || !cl.ticketPath.isEmpty()) &&
        !qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY") &&
        !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        // Screenshots and tickets need no screen: render offscreen.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
#endif
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
    const int exitCode =
        hasNetworkCommand(argc, argv) ? runNetworkCommand(argc, argv) : runWizard(argc, argv);
    jd::log::flushAll(); // this module's loggers: the executable may end without library teardown
    return exitCode;
}
