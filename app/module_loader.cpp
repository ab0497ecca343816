#include "module_loader.h"

#include "command_line.h"
#include "exit_codes.h"
#include "output.h"

#include <initializer_list>
#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace jd {

namespace {

bool hasArgument(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const char *name : names) {
            if (arg == name) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

bool needsUiModule(int argc, char *argv[])
{
    if (hasArgument(argc, argv, {"--help", "-h", "-?", "--version", "-v"})) {
        return false; // the general help lists the module's options too
    }
    if (hasArgument(argc, argv, {"--probe-connectivity", "--probe-directory", "--collect"})) {
        return true;
    }
    return !isTerminalCommand(argc, argv); // the wizard
}

int runInUiModule(int argc, char *argv[])
{
    JoinDoctorUiMain entry = nullptr;
    {
        // For the executable's folder and the language of a message; gone before the module
        // makes its own application object.
        QCoreApplication app(argc, argv);
        const QString here = QCoreApplication::applicationDirPath();
        QStringList problems;
        // Next to the executable (the build tree, Windows), then the installed library folder.
        for (const QString &folder :
             {here, QDir(here).filePath(QStringLiteral(JD_UI_MODULE_DIR))}) {
            QLibrary library(QDir(folder).filePath(QStringLiteral("joindoctor_ui")));
            if (library.load()) {
                entry = reinterpret_cast<JoinDoctorUiMain>(library.resolve("joindoctor_ui_main"));
                if (entry) {
                    break; // stays loaded: QLibrary's destructor does not unload
                }
            }
            problems << library.errorString();
        }
        if (!entry) {
            const Language language(languageFromArguments(QCoreApplication::arguments()));
            writeError(language
                           .tr(cliText(QT_TRANSLATE_NOOP(
                               "Cli", "The wizard and the probes could not be loaded: %1. "
                                      "Install JoinDoctor again.")))
                           .arg(problems.join(QStringLiteral("; "))));
            return ExitUsageOrInput;
        }
    }
    return entry(argc, argv);
}

} // namespace jd
