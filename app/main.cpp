// joindoctor: command-line entry point. Parses the command line, sets up translations and
// logging, and runs one command. The wizard will be started from here too.

#include "analyze_command.h"
#include "command_line.h"
#include "exit_codes.h"
#include "list_command.h"
#include "logging_setup.h"
#include "output.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("JoinDoctor"));
    QCoreApplication::setApplicationName(QStringLiteral("JoinDoctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOINDOCTOR_VERSION_STRING));

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
    default:
        break;
    }

    jd::setUpLogging(cl.verbose);
    switch (cl.command) {
    case jd::CommandLine::Command::Analyze:
        return jd::runAnalyzeCommand(cl, language);
    case jd::CommandLine::Command::ListCodes:
        return jd::runListCodesCommand(cl, language);
    case jd::CommandLine::Command::ListDemos:
        return jd::runListDemosCommand(language);
    default:
        break;
    }
    return jd::ExitUsageOrInput;
}
