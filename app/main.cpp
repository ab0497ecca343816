// joindoctor: entry point. Terminal commands (--analyze, --list-codes, …) run without a display;
// everything else opens the wizard.

#include "analyze_command.h"
#include "collect_command.h"
#include "command_line.h"
#include "directory_command.h"
#include "exit_codes.h"
#include "list_command.h"
#include "logging_setup.h"
#include "output.h"
#include "probe_command.h"
#include "wizard_command.h"

#include <memory>
#include <QApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("JoinDoctor"));
    QCoreApplication::setApplicationName(QStringLiteral("JoinDoctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOINDOCTOR_VERSION_STRING));
}

// "--probe-connectivity" or "--probe-directory" when one of them is asked for (they parse their
// own options); empty otherwise.
QByteArray wantedProbe(int argc, char *argv[])
{
    QByteArray probe;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?") {
            return {}; // the general help lists the probes' options
        }
        if (arg == "--probe-connectivity" || arg == "--probe-directory") {
            probe = arg;
        }
    }
    return probe;
}

int runTerminalCommand(int argc, char *argv[])
{
    if (const QByteArray probe = wantedProbe(argc, argv); !probe.isEmpty()) {
        const QStringList args = QCoreApplication::arguments();
        const jd::Language language(jd::languageFromArguments(args));
        return probe == "--probe-directory" ? jd::runDirectoryCommand(args, language)
                                            : jd::runProbeCommand(args, language);
    }
    const jd::CommandLine cl = jd::parseCommandLine(QCoreApplication::arguments());
    const jd::Language language(cl.language);
    // Qt's own texts (command-line parser messages) in the same language.
    QTranslator qtTranslator;
    if (qtTranslator.load(language.locale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
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
    case jd::CommandLine::Command::Collect:
        return jd::runCollectCommand(cl, language, jd::setUpLogging(cl.verbose, language));
    case jd::CommandLine::Command::Wizard:
        break;
    }
    return jd::ExitUsageOrInput;
}

int runTerminal(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    const int code = runTerminalCommand(argc, argv);
    QString reason;
    if (jd::stdoutFailed(&reason)) {
        // A report cut short by a full disk must not look like a finished one.
        const jd::Language language(jd::languageFromArguments(QCoreApplication::arguments()));
        jd::writeError(language
                           .tr(jd::cliText(QT_TRANSLATE_NOOP(
                               "Cli", "The output could not be written completely: %1.")))
                           .arg(reason));
        return jd::ExitOutputFailed;
    }
    return code;
}

int runWizard(int argc, char *argv[])
{
    // Parse first with a core application: a usage error or a missing display must be reported
    // before QApplication, which aborts when it finds no display.
    jd::CommandLine cl;
    {
        QCoreApplication probe(argc, argv);
        describeApplication();
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
    describeApplication();
    jd::setUpLogging(cl.verbose, jd::Language(cl.language));
    return jd::runWizardCommand(cl);
}

} // namespace

int main(int argc, char *argv[])
{
    return jd::isTerminalCommand(argc, argv) ? runTerminal(argc, argv) : runWizard(argc, argv);
}
