#pragma once
// The command line: which command, its input, format and language. Parsing never exits the
// process; main() decides what to print and which exit code to use.

#include "language.h"
#include "report_renderers.h"

#include <QString>
#include <QStringList>

namespace jd {

struct CommandLine
{
    enum class Command
    {
        Analyze,
        ListCodes,
        ListDemos,
        Help,
        Version,
        Error
    };

    Command command = Command::Error;
    QString inputPath; // a file, or "-" for standard input
    QString demoName;
    ReportFormat format = ReportFormat::Text;
    LanguageCode language = LanguageCode::English;
    bool verbose = false;
    QString error;    // one line, already translated, for Command::Error
    QString helpText; // for Command::Help
};

// `arguments` includes the program name, as QCoreApplication::arguments() returns it.
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace jd
