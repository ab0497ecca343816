#pragma once
// The command line: which command, its input, format and language. Parsing never exits the
// process; main() decides what to print and which exit code to use.

#include "core/language.h"
#include "report/report_renderers.h"

#include <QString>
#include <QStringList>

namespace jd {

struct CommandLine
{
    enum class Command
    {
        Wizard,
        Analyze,
        ListCodes,
        ListDemos,
        Collect,
        Fleet,
        Help,
        Version,
        Error
    };

    Command command = Command::Error;
    QString inputPath; // a file, or "-" for standard input
    QString demoName;
    QString capturePath;    // Wizard: open on this saved output
    QString screenshotsDir; // Wizard: save every page as PNG here, then exit
    bool overwrite = false; // with screenshotsDir or ticketPath: replace files already there
    bool exitAfterFirstPaint = false; // Wizard: quit once the first page is on screen (benchmarks)
    QString theme = QStringLiteral("system"); // Wizard: system, dark or high-contrast
    QString collectPath;                      // Collect: the capture file to write
    QString fleetPath;                        // Fleet: the folder (or Intune export) to judge
    QString outputPath;     // Fleet: write the report here (atomically) instead of to stdout
    int threads = 0;        // Fleet: inputs judged at once; 0 = one per core
    bool redact = false;    // every command: hide names and IDs in all it shows and writes
    QString ticketPath;     // Analyze and Wizard: also write the one-file ticket (HTML) here
    bool ticketPdf = false; // with ticketPath: a PDF of the report beside it
    ReportFormat format = ReportFormat::Text;
    LanguageCode language = LanguageCode::English;
    bool languageGiven = false; // --lang was on the command line (else: the system's language)
    bool verbose = false;
    QString error;    // one line, already translated, for Command::Error
    QString helpText; // for Command::Help
};

// `arguments` includes the program name, as QCoreApplication::arguments() returns it.
CommandLine parseCommandLine(const QStringList &arguments);
// --lang from the arguments, or the system's language; needed before any parsing (for messages).
LanguageCode languageFromArguments(const QStringList &arguments);

// True when the arguments ask for a terminal command (analysis, lists, help, version), so no
// QApplication and no display are needed. Decided before any Qt application object exists.
bool isTerminalCommand(int argc, char **argv);

} // namespace jd
