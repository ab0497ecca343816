#include "module_loader.h"

#include "command_line.h"
#include "exit_codes.h"
#include "output.h"

#if defined(Q_OS_WIN)
#include "executable_path.h"
#endif

#include <initializer_list>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

// Next to the executable (the build tree, Windows), then the installed library folder; never the
// current folder or a search path, where anybody could have put a file of that name.
QStringList moduleFolders()
{
#if defined(Q_OS_WIN)
    const QString folder = QString::fromStdWString(platform::executableFolder());
    return folder.isEmpty() ? QStringList() : QStringList{folder};
#else
    const QString here = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (here.isEmpty()) {
        return {}; // no /proc
    }
    const QString folder = QFileInfo(here).absolutePath();
    return {folder, QDir(folder).filePath(QStringLiteral(JD_UI_MODULE_DIR))};
#endif
}

} // namespace

bool needsUiModule(int argc, char *argv[])
{
    if (hasArgument(argc, argv, {"--help", "-h", "-?", "/?", "--version", "-v"})) {
        return false; // the general help lists the module's options too
    }
    if (hasArgument(argc, argv,
                    {"--probe-connectivity", "--probe-directory", "--collect", "--ticket"})) {
        return true;
    }
    return !isTerminalCommand(argc, argv); // the wizard
}

int runInUiModule(int argc, char *argv[])
{
    // Found without an application object: one made and dropped here costs the wizard's start-up
    // a few milliseconds, and the module makes its own.
    const QStringList folders = moduleFolders();
    QStringList problems;
    if (folders.isEmpty()) {
        problems << QStringLiteral("the executable's own folder is unknown");
    }
    for (const QString &folder : folders) {
        QLibrary library(QDir(folder).filePath(QStringLiteral("joindoctor_ui")));
        if (library.load()) {
            if (const auto entry =
                    reinterpret_cast<JoinDoctorUiMain>(library.resolve("joindoctor_ui_main"))) {
                return entry(argc, argv); // stays loaded: QLibrary's destructor does not unload
            }
        }
        problems << library.errorString();
    }
    QCoreApplication app(argc, argv); // for the language of the message
    const Language language(languageFromArguments(QCoreApplication::arguments()));
    writeError(language
                   .tr(cliText(QT_TRANSLATE_NOOP(
                       "Cli", "The wizard and the probes could not be loaded: %1. "
                              "Install JoinDoctor again.")))
                   .arg(problems.join(QStringLiteral("; "))));
    return ExitUsageOrInput;
}

} // namespace jd
