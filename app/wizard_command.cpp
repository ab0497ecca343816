#include "wizard_command.h"

#include "appearance.h"
#include "core/logging.h"
#include "display_language.h"
#include "exit_codes.h"
#include "facts/fact_source.h"
#include "first_paint.h"
#include "fleet_view.h"
#include "input/demo_captures.h"
#include "input/input_reader.h"
#include "input/text_decoder.h"
#include "joindoctor_wizard.h"
#include "output.h"
#include "report/report_renderers.h"
#include "report_export.h"
#include "screenshot_tour.h"
#include "ticket_export.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace jd {

bool displayAvailable(const CommandLine &cl, const Language &lang, QString *reason)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const bool hasDisplay = qEnvironmentVariableIsSet("DISPLAY") ||
                            qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
                            qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    if (!hasDisplay && cl.screenshotsDir.isEmpty() && cl.ticketPath.isEmpty()) {
        *reason = lang.tr(cliText(QT_TRANSLATE_NOOP(
            "Cli", "No display is available for the wizard; use --analyze to see the analysis in "
                   "the terminal.")));
        return false;
    }
#else
    Q_UNUSED(cl)
    Q_UNUSED(lang)
    Q_UNUSED(reason)
#endif
    return true;
}

namespace {

// --ticket FILE: runs the checks, walks every page into the one-file ticket and exits; with
// --analyze the exit code is the analysis' own.
int saveTicketAndExit(JoinDoctorWizard &wizard, const CommandLine &cl, const Language &lang)
{
    QStringList existing;
    for (const QString &path : {cl.ticketPath, TicketExport::pdfPathFor(cl.ticketPath)}) {
        if (QFileInfo::exists(path) && (path == cl.ticketPath || cl.ticketPdf)) {
            existing << QDir::toNativeSeparators(path);
        }
    }
    if (!existing.isEmpty() && !cl.overwrite) {
        writeError(lang.tr(cliText(QT_TRANSLATE_NOOP(
                               "Cli", "%1 already exists. Use --overwrite to replace it, or "
                                      "choose another name.")))
                       .arg(existing.join(QStringLiteral(", "))));
        return ExitUsageOrInput;
    }
    int exitCode = ExitHealthy;
    QObject::connect(
        &wizard, &JoinDoctorWizard::ticketSaved, &wizard, [&](bool ok, const QString &error) {
            if (!ok) {
                writeError(error);
                exitCode = ExitOutputFailed;
            } else if (cl.command == CommandLine::Command::Analyze && wizard.runner().analysis()) {
                // --analyze as always (the report on stdout, its exit code), the ticket beside.
                const Analysis &analysis = *wizard.runner().analysis();
                const Language reportLanguage(cl.language);
                if (cl.format == ReportFormat::Json) {
                    writeStdout(renderJsonReport(analysis, reportLanguage));
                } else if (cl.format == ReportFormat::Html) {
                    writeStdout(renderHtmlReport(analysis, reportLanguage));
                } else {
                    writeStdout(renderTextReport(analysis, reportLanguage));
                }
                exitCode = exitCodeFor(analysis.verdict);
            } else {
                writeStdout(QDir::toNativeSeparators(QFileInfo(cl.ticketPath).absoluteFilePath()) +
                            u'\n');
            }
            QApplication::exit(0);
        });
    QObject::connect(&wizard.runner(), &CheckRunner::inputRefused, &wizard, [&]() {
        writeError(lang.tr(wizard.runner().inputProblem().message));
        exitCode = ExitUsageOrInput;
        QApplication::exit(0);
    });
    wizard.saveTicketTo(cl.ticketPath, cl.ticketPdf);
    QApplication::exec();
    return exitCode;
}

// --capture FOLDER --screenshots DIR, where the folder holds many devices: the fleet summary as
// one image, once every device is judged.
int saveFleetScreenshotAndExit(JoinDoctorWizard &wizard, const CommandLine &cl,
                               const Language &lang)
{
    const QString file = QDir(cl.screenshotsDir).filePath(QStringLiteral("fleet-summary.png"));
    if (QFileInfo::exists(file) && !cl.overwrite) {
        writeError(lang.tr(cliText(QT_TRANSLATE_NOOP(
                               "Cli", "%1 already has images with these names: %2. Use "
                                      "--overwrite to replace them, or choose another folder.")))
                       .arg(QDir::toNativeSeparators(cl.screenshotsDir),
                            QStringLiteral("fleet-summary.png")));
        return ExitUsageOrInput;
    }
    int exitCode = ExitHealthy;
    FleetView *fleet = wizard.fleetView();
    QObject::connect(fleet, &FleetView::reportShown, &wizard, [&]() {
        // A moment for the tables to lay out before the grab.
        QTimer::singleShot(200, &wizard, [&]() {
            QString error;
            if (!QDir().mkpath(cl.screenshotsDir) ||
                !savePng(fleet->grab().toImage(), file, &error)) {
                writeError(error.isEmpty() ? file : error);
                exitCode = ExitOutputFailed;
            } else {
                writeStdout(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()) + u'\n');
            }
            QApplication::exit(0);
        });
    });
    QApplication::exec();
    return exitCode;
}

} // namespace

int runWizardCommand(const CommandLine &cl)
{
    applyTheme(parseTheme(cl.theme).value_or(Theme::System));
#if !defined(Q_OS_WIN)
    QGuiApplication::setDesktopFileName(QStringLiteral("joindoctor")); // Wayland: the .desktop icon
#endif
    WizardEnvironment env = WizardEnvironment::standard();
    // --lang wins; without it the language the user chose last time, then the system's.
    LanguageCode language = cl.language;
    if (!cl.languageGiven && env.settings) {
        language = env.settings->language().value_or(cl.language);
    }
    JoinDoctorWizard wizard(std::move(env), language);
    wizard.setRedaction(cl.redact);
    const Language &lang = wizard.uiLanguage().language();
    if (cl.command == CommandLine::Command::Analyze && cl.demoName.isEmpty()) {
        // --analyze FILE --ticket: the same input as the terminal analysis.
        if (cl.inputPath == u"-") {
            const RawInput input = readInputStream(stdin, QStringLiteral("stdin"));
            if (input.problem) {
                writeError(lang.tr(input.problem.message));
                return ExitUsageOrInput;
            }
            // Decoded as --analyze - decodes it (UTF-16 from PowerShell, the console's code page).
            const DecodedText decoded = decodeText(input.bytes);
            if (decoded.problem) {
                writeError(lang.tr(decoded.problem.message));
                return ExitUsageOrInput;
            }
            wizard.setSource(FactSource::paste(decoded.text));
        } else {
            wizard.setSource(FactSource::capture(cl.inputPath));
        }
    } else if (!cl.demoName.isEmpty()) {
        if (!demoCaptureBytes(cl.demoName)) {
            writeError(lang.tr(cliText(QT_TRANSLATE_NOOP("Cli", "There is no demo called \"%1\"; "
                                                                "see --list-demos.")))
                           .arg(cl.demoName));
            return ExitUsageOrInput;
        }
        wizard.setSource(FactSource::demo(cl.demoName));
    } else if (!cl.capturePath.isEmpty()) {
        wizard.setSource(FactSource::capture(cl.capturePath));
    } else if (!cl.screenshotsDir.isEmpty() && !liveSourceAvailable()) {
        // Where this computer can be read (Windows), the tour shows it, as a ticket wants;
        // elsewhere a demo with a failing step.
        wizard.setSource(FactSource::demo(QStringLiteral("proxy-blocks-system")));
    }
    log::app()->info("==== JoinDoctor {} wizard: lang={} ====",
                     QStringLiteral(JOINDOCTOR_VERSION_STRING), lang.isoCode());
    wizard.show();
#if !defined(Q_OS_WIN)
    // Windows takes the icon from the executable (app/joindoctor.rc). Elsewhere it is set a moment
    // after the first frame, which does not need it: reading the PNGs (and Qt's image plugins)
    // would add a fifth to the time until the first page is on screen.
    new AfterFirstPaint(wizard.currentPage(), []() {
        QTimer::singleShot(100, qApp, []() { QApplication::setWindowIcon(applicationIcon()); });
    });
#endif
    if (cl.exitAfterFirstPaint) {
        new QuitAfterFirstPaint(wizard.currentPage()); // owned by the page; painting comes later
    }

    if (!cl.ticketPath.isEmpty()) {
        return saveTicketAndExit(wizard, cl, lang);
    }
    // A folder of many devices opens straight on its fleet summary.
    if (!cl.capturePath.isEmpty() && wizard.showFleetIfMany()) {
        if (!cl.screenshotsDir.isEmpty()) {
            return saveFleetScreenshotAndExit(wizard, cl, lang);
        }
        return QApplication::exec() == 0 ? ExitHealthy : ExitUsageOrInput;
    }
    if (cl.screenshotsDir.isEmpty()) {
        return QApplication::exec() == 0 ? ExitHealthy : ExitUsageOrInput;
    }
    const QStringList existing =
        ScreenshotTour::existingFiles(cl.screenshotsDir, ScreenshotTour::FromWelcome);
    if (!existing.isEmpty() && !cl.overwrite) {
        writeError(lang.tr(cliText(QT_TRANSLATE_NOOP(
                               "Cli", "%1 already has images with these names: %2. Use "
                                      "--overwrite to replace them, or choose another folder.")))
                       .arg(QDir::toNativeSeparators(cl.screenshotsDir),
                            existing.join(QStringLiteral(", "))));
        return ExitUsageOrInput;
    }
    int exitCode = ExitHealthy;
    ScreenshotTour tour(&wizard, cl.screenshotsDir, ScreenshotTour::FromWelcome);
    QObject::connect(&tour, &ScreenshotTour::finished, &wizard, [&](bool ok, const QString &error) {
        if (!ok) {
            writeError(error);
            exitCode = ExitUsageOrInput;
        } else {
            writeStdout(QDir::toNativeSeparators(QDir(cl.screenshotsDir).absolutePath()) + u'\n');
        }
        QApplication::exit(0);
    });
    tour.start();
    QApplication::exec();
    return exitCode;
}

} // namespace jd
