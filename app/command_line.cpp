#include "command_line.h"

#include <QCommandLineParser>

namespace jd {

namespace {

TrText c(const char *source)
{
    return cliText(source);
}

} // namespace

LanguageCode languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size()) {
            value = arguments.at(i + 1);
        } else if (arguments.at(i).startsWith(QStringLiteral("--lang="))) {
            value = arguments.at(i).mid(7);
        }
        if (const auto code = Language::parse(value)) {
            return *code;
        }
    }
    return Language::fromSystemLocale();
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine cl;
    cl.language = languageFromArguments(arguments);
    const Language lang(cl.language);
    auto text = [&lang](const char *source) {
        return lang.tr(c(source));
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(text(QT_TRANSLATE_NOOP(
        "Cli", "JoinDoctor finds out why a Windows device is not fully hybrid Azure AD joined and "
               "has no Primary Refresh Token (PRT), step by step.")));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")},
        text(QT_TRANSLATE_NOOP("Cli", "Show this help.")));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     text(QT_TRANSLATE_NOOP("Cli", "Show the version.")));
    const QCommandLineOption analyze(
        QStringLiteral("analyze"),
        text(QT_TRANSLATE_NOOP("Cli", "Analyse a saved dsregcmd /status output: give a file, or - "
                                      "to read standard input.")));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        text(QT_TRANSLATE_NOOP("Cli", "With --analyze: analyse a built-in demo capture.")),
        QStringLiteral("name"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        text(QT_TRANSLATE_NOOP("Cli", "Output format: text (default), json or html; csv with "
                                      "--fleet.")),
        QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        text(QT_TRANSLATE_NOOP("Cli", "Language of the output: da or en (default: the system's).")),
        QStringLiteral("da|en"));
    const QCommandLineOption listCodes(
        QStringLiteral("list-codes"),
        text(QT_TRANSLATE_NOOP("Cli",
                               "Print the helpdesk code sheet: JoinDoctor's result codes and "
                               "the Windows and Azure error codes it decodes.")));
    const QCommandLineOption listDemos(
        QStringLiteral("list-demos"),
        text(QT_TRANSLATE_NOOP("Cli", "List the built-in demo captures, one per line.")));
    const QCommandLineOption capture(
        QStringLiteral("capture"),
        text(QT_TRANSLATE_NOOP("Cli", "Open the wizard on a saved dsregcmd /status output.")),
        QStringLiteral("path"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        text(QT_TRANSLATE_NOOP("Cli", "Walk the wizard through every page, save one PNG per page "
                                      "in this folder, and exit.")),
        QStringLiteral("folder"));
    const QCommandLineOption overwrite(
        QStringLiteral("overwrite"),
        text(QT_TRANSLATE_NOOP("Cli", "With --screenshots: replace images already in the folder "
                                      "(without it, JoinDoctor refuses to).")));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        text(QT_TRANSLATE_NOOP("Cli", "The wizard's colours: system (default), dark or "
                                      "high-contrast.")),
        QStringLiteral("name"), QStringLiteral("system"));
    const QCommandLineOption firstPaint(
        QStringLiteral("exit-after-first-paint"),
        text(QT_TRANSLATE_NOOP("Cli", "Open the wizard and quit as soon as its first page is "
                                      "painted (for start-up measurements).")));
    const QCommandLineOption probe(
        QStringLiteral("probe-connectivity"),
        text(QT_TRANSLATE_NOOP(
            "Cli", "Test Microsoft's endpoints from this computer: --cloud global|usgov|china, "
                   "--tenant NAME, --endpoint KIND=URL, --proxy URL|direct, --ca-file PEM, "
                   "--expect-issuer TEXT, --timeout-ms N.")));
    const QCommandLineOption directory(
        QStringLiteral("probe-directory"),
        text(QT_TRANSLATE_NOOP(
            "Cli", "Read the SCP and this computer's object from Active Directory: --ldap-url "
                   "ldap://HOST:PORT, --base-dn DN, --computer NAME, --bind-dn DN --password-file "
                   "FILE, --domain NAME --dns-server IP, --timeout-ms N; --check-tenant asks "
                   "Azure AD whether the SCP's tenant name and ID belong together.")));
    const QCommandLineOption collect(
        QStringLiteral("collect"),
        text(QT_TRANSLATE_NOOP("Cli", "Save everything JoinDoctor reads on this Windows device "
                                      "in one capture file for a ticket (open it anywhere with "
                                      "--capture or --analyze).")),
        QStringLiteral("file"));
    const QCommandLineOption redact(
        QStringLiteral("redact"),
        text(QT_TRANSLATE_NOOP("Cli", "Hide names and IDs in everything written and shown: user "
                                      "names, device and tenant IDs, host names, thumbprints and "
                                      "IP addresses become placeholders (with --analyze, "
                                      "--collect, --ticket and the wizard).")));
    const QCommandLineOption ticket(
        QStringLiteral("ticket"),
        text(QT_TRANSLATE_NOOP("Cli", "Write one self-contained HTML file for a ticket: the "
                                      "report, every page as an image and the capture (with "
                                      "--analyze, --demo or --capture; --format pdf adds a PDF "
                                      "of the report beside it).")),
        QStringLiteral("file"));
    const QCommandLineOption fleet(
        QStringLiteral("fleet"),
        text(QT_TRANSLATE_NOOP(
            "Cli", "Judge many devices at once: a folder (searched with its subfolders) of "
                   "captures, capture folders and saved dsregcmd outputs, or an Intune "
                   "Remediations export (CSV) of docs/intune/Detect-HybridJoin.ps1. The counts per "
                   "step, the top codes and what could not be read; --format html, csv or json "
                   "adds one line per device.")),
        QStringLiteral("path"));
    const QCommandLineOption output(
        QStringLiteral("out"),
        text(QT_TRANSLATE_NOOP("Cli", "With --fleet: write the report to this file (whole or not "
                                      "at all; Ctrl+C leaves no file) instead of standard "
                                      "output.")),
        QStringLiteral("file"));
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        text(QT_TRANSLATE_NOOP("Cli", "With --fleet: how many inputs are judged at once "
                                      "(default: one per processor core).")),
        QStringLiteral("n"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        text(QT_TRANSLATE_NOOP("Cli", "Also write the log to standard error.")));
    parser.addOptions({help,      version, analyze,    demo,    capture,  screenshots,
                       overwrite, theme,   firstPaint, format,  language, listCodes,
                       listDemos, probe,   directory,  collect, redact,   ticket,
                       fleet,     output,  threads,    verbose});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 text(QT_TRANSLATE_NOOP("Cli", "dsregcmd /status output, or -.")),
                                 QStringLiteral("[file|-]"));

    auto fail = [&cl](const QString &message) {
        cl.command = CommandLine::Command::Error;
        cl.error = message;
        return cl;
    };
    // "/?" as Windows' own tools take it.
    QStringList args = arguments;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"/?") {
            args[i] = QStringLiteral("--help");
        }
    }
    if (!parser.parse(args)) {
        return fail(parser.errorText());
    }
    cl.verbose = parser.isSet(verbose);
    cl.languageGiven = parser.isSet(language);
    cl.helpText =
        parser.helpText() + u'\n' +
        text(QT_TRANSLATE_NOOP(
            "Cli",
            "Exit codes: 0 nothing wrong found, 1 a problem was found, 2 usage "
            "or input error, 3 not enough information to judge, 4 the result "
            "could not be written completely, 5 hybrid join cannot happen on "
            "this device (a workgroup or only registered device).\nThe codes in the results are "
            "explained in docs/codes (also installed with the documentation).")) +
        u'\n';
    if (parser.isSet(help)) {
        cl.command = CommandLine::Command::Help;
        return cl;
    }
    if (parser.isSet(version)) {
        cl.command = CommandLine::Command::Version;
        return cl;
    }
    if (parser.isSet(language) && !Language::parse(parser.value(language))) {
        return fail(lang.tr(c(QT_TRANSLATE_NOOP("Cli", "Unknown language \"%1\"; use da or en.")))
                        .arg(parser.value(language)));
    }
    const QString themeName = parser.value(theme).toLower();
    if (themeName != u"system" && themeName != u"dark" && themeName != u"high-contrast") {
        return fail(lang.tr(c(QT_TRANSLATE_NOOP(
                                "Cli", "Unknown theme \"%1\"; use system, dark or high-contrast.")))
                        .arg(parser.value(theme)));
    }
    cl.theme = themeName;
    const QString formatName = parser.value(format).toLower();
    if (formatName == u"text") {
        cl.format = ReportFormat::Text;
    } else if (formatName == u"json") {
        cl.format = ReportFormat::Json;
    } else if (formatName == u"html") {
        cl.format = ReportFormat::Html;
    } else if (formatName == u"csv" && parser.isSet(fleet)) {
        cl.format = ReportFormat::Csv;
    } else if (formatName == u"pdf" && parser.isSet(ticket)) {
        cl.ticketPdf = true; // the ticket's report also as PDF; the terminal output stays text
    } else {
        return fail(lang.tr(c(QT_TRANSLATE_NOOP(
                                "Cli", "Unknown format \"%1\"; use text, json or html (csv with "
                                       "--fleet, pdf with --ticket).")))
                        .arg(parser.value(format)));
    }

    const QStringList positional = parser.positionalArguments();
    const int commands = int(parser.isSet(analyze)) + int(parser.isSet(listCodes)) +
                         int(parser.isSet(listDemos)) + int(parser.isSet(collect)) +
                         int(parser.isSet(fleet));
    if (parser.isSet(overwrite) && !parser.isSet(screenshots) && !parser.isSet(ticket) &&
        !parser.isSet(output)) {
        return fail(text(QT_TRANSLATE_NOOP(
            "Cli", "--overwrite is used with --screenshots, --ticket or --out.")));
    }
    if ((parser.isSet(output) || parser.isSet(threads)) && !parser.isSet(fleet)) {
        return fail(text(QT_TRANSLATE_NOOP("Cli", "--out and --threads are used with --fleet.")));
    }
    if (parser.isSet(screenshots) && parser.isSet(ticket)) {
        return fail(text(QT_TRANSLATE_NOOP(
            "Cli", "Give either --screenshots or --ticket: the ticket file holds every page.")));
    }
    cl.redact = parser.isSet(redact);
    cl.ticketPath = parser.value(ticket);
    if (parser.isSet(ticket) && cl.ticketPath.isEmpty()) {
        return fail(text(QT_TRANSLATE_NOOP("Cli", "--ticket needs the file to write.")));
    }
    if (commands == 0) {
        // No terminal command: the wizard, on a demo, a saved output, or this computer.
        if (!positional.isEmpty()) {
            return fail(text(
                QT_TRANSLATE_NOOP("Cli", "To analyse a file in the terminal use --analyze FILE; "
                                         "to open it in the wizard use --capture FILE.")));
        }
        if (parser.isSet(demo) && parser.isSet(capture)) {
            return fail(text(QT_TRANSLATE_NOOP("Cli", "Give either a file or --demo, not both.")));
        }
        cl.command = CommandLine::Command::Wizard;
        cl.demoName = parser.value(demo);
        cl.capturePath = parser.value(capture);
        cl.screenshotsDir = parser.value(screenshots);
        cl.overwrite = parser.isSet(overwrite);
        cl.exitAfterFirstPaint = parser.isSet(firstPaint);
        return cl;
    }
    if (commands != 1 || parser.isSet(capture) || parser.isSet(screenshots)) {
        return fail(text(QT_TRANSLATE_NOOP(
            "Cli", "Give exactly one of --analyze, --collect, --fleet, --list-codes or "
                   "--list-demos (see --help).")));
    }
    if (parser.isSet(fleet)) {
        if (!positional.isEmpty() || parser.isSet(demo) || parser.isSet(ticket)) {
            return fail(text(QT_TRANSLATE_NOOP(
                "Cli", "--fleet takes only the folder or Intune export to judge.")));
        }
        cl.command = CommandLine::Command::Fleet;
        cl.fleetPath = parser.value(fleet);
        cl.outputPath = parser.value(output);
        cl.overwrite = parser.isSet(overwrite);
        if (parser.isSet(threads)) {
            bool ok = false;
            cl.threads = parser.value(threads).toInt(&ok);
            if (!ok || cl.threads < 1 || cl.threads > 256) {
                return fail(
                    text(QT_TRANSLATE_NOOP("Cli", "--threads takes a number from 1 to 256.")));
            }
        }
        if (cl.fleetPath.isEmpty() || (parser.isSet(output) && cl.outputPath.isEmpty())) {
            return fail(text(QT_TRANSLATE_NOOP("Cli", "--fleet needs a folder or a file, and "
                                                      "--out the file to write.")));
        }
        return cl;
    }
    if (parser.isSet(collect)) {
        if (!positional.isEmpty() || parser.isSet(demo)) {
            return fail(text(QT_TRANSLATE_NOOP("Cli", "--collect takes only the capture file to "
                                                      "write.")));
        }
        cl.command = CommandLine::Command::Collect;
        if (parser.isSet(ticket)) {
            return fail(text(QT_TRANSLATE_NOOP("Cli", "--ticket is used with --analyze, --demo "
                                                      "or --capture.")));
        }
        cl.collectPath = parser.value(collect);
        return cl;
    }
    if (parser.isSet(listCodes) || parser.isSet(listDemos)) {
        if (!positional.isEmpty() || parser.isSet(demo) || parser.isSet(ticket) ||
            parser.isSet(redact)) {
            return fail(text(QT_TRANSLATE_NOOP("Cli", "This command takes no file or demo.")));
        }
        cl.command = parser.isSet(listCodes) ? CommandLine::Command::ListCodes
                                             : CommandLine::Command::ListDemos;
        if (cl.command == CommandLine::Command::ListCodes && cl.format == ReportFormat::Html) {
            return fail(text(QT_TRANSLATE_NOOP("Cli", "--list-codes writes text or json.")));
        }
        return cl;
    }

    cl.command = CommandLine::Command::Analyze;
    cl.overwrite = parser.isSet(overwrite);
    if (parser.isSet(demo)) {
        if (!positional.isEmpty()) {
            return fail(text(QT_TRANSLATE_NOOP("Cli", "Give either a file or --demo, not both.")));
        }
        cl.demoName = parser.value(demo);
        return cl;
    }
    if (positional.size() != 1) {
        return fail(text(QT_TRANSLATE_NOOP(
            "Cli", "--analyze needs one file, - for standard input, or --demo NAME.")));
    }
    cl.inputPath = positional.first();
    return cl;
}

bool isTerminalCommand(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--fleet=")) {
            return true;
        }
        for (const char *terminal : {"--analyze", "--collect", "--fleet", "--list-codes",
                                     "--list-demos", "--probe-connectivity", "--probe-directory",
                                     "--help", "-h", "--version", "-v", "-?", "/?"}) {
            if (arg == terminal) {
                return true;
            }
        }
    }
    return false;
}

} // namespace jd
