#include "app_setup.h"

#include "command_line.h"
#include "exit_codes.h"
#include "output.h"

#include <QCoreApplication>

namespace jd {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("JoinDoctor"));
    QCoreApplication::setApplicationName(QStringLiteral("JoinDoctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOINDOCTOR_VERSION_STRING));
}

int checkedExitCode(int code)
{
    QString reason;
    if (!stdoutFailed(&reason)) {
        return code;
    }
    const Language language(languageFromArguments(QCoreApplication::arguments()));
    writeError(language
                   .tr(cliText(
                       QT_TRANSLATE_NOOP("Cli", "The output could not be written completely: %1.")))
                   .arg(reason));
    return ExitOutputFailed;
}

} // namespace jd
