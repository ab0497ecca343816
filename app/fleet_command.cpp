#include "fleet_command.h"

#include "core/atomic_file.h"
#include "core/logging.h"
#include "exit_codes.h"
#include "fleet/fleet_analysis.h"
#include "fleet/fleet_report.h"
#include "output.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <atomic>
#include <csignal>

namespace jd {

namespace {

// Lock-free, so a handler may set it, on whichever thread the signal arrives.
std::atomic_bool g_interrupted{false};
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

// Ctrl+C (and a polite kill) stop the run between inputs; the report is written whole or not at
// all, so nothing half-written is left behind.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        m_int = std::signal(SIGINT, onInterrupt);
        m_term = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    void (*m_int)(int) = SIG_DFL;
    void (*m_term)(int) = SIG_DFL;
};

QString progressBar(int done, int total)
{
    constexpr int kWidth = 30;
    const int filled = total > 0 ? int(qint64(done) * kWidth / total) : kWidth;
    return u'[' + QString(filled, u'#') + QString(kWidth - filled, u'.') + u']';
}

QByteArray render(const FleetReport &report, ReportFormat format, const Language &lang)
{
    switch (format) {
    case ReportFormat::Csv:
        return renderFleetCsv(report, lang);
    case ReportFormat::Json:
        return renderFleetJson(report, lang);
    case ReportFormat::Html:
        return renderFleetHtml(report, lang).toUtf8();
    case ReportFormat::Text:
        break;
    }
    return renderFleetText(report, lang).toUtf8();
}

int exitCodeOf(const FleetReport &report)
{
    if (report.rows.isEmpty()) {
        return ExitNotEnoughInfo;
    }
    const bool problem = std::any_of(report.rows.begin(), report.rows.end(), [](const FleetRow &r) {
        return r.verdict == Verdict::Problem || r.verdict == Verdict::OutOfScope;
    });
    return problem ? ExitProblem : ExitHealthy;
}

} // namespace

int runFleetCommand(const CommandLine &cl, const Language &lang)
{
    // First, so that Ctrl+C at any moment from here on stops the run cleanly.
    g_interrupted.store(false);
    const InterruptGuard guard;
    auto say = [&lang](const char *source) {
        return lang.tr(cliText(source));
    };
    const QFileInfo input(cl.fleetPath);
    if (!input.exists()) {
        writeError(
            lang.tr(cliText(QT_TRANSLATE_NOOP("Cli", "%1 does not exist.")).with({cl.fleetPath})));
        return ExitUsageOrInput;
    }
    if (!cl.outputPath.isEmpty() && QFileInfo::exists(cl.outputPath) && !cl.overwrite) {
        writeError(lang.tr(
            cliText(QT_TRANSLATE_NOOP("Cli", "%1 is already there; add --overwrite to replace it."))
                .with({cl.outputPath})));
        return ExitUsageOrInput;
    }
    log::app()->info("==== JoinDoctor {} fleet: path={} threads={} lang={} ====",
                     QStringLiteral(JOINDOCTOR_VERSION_STRING), cl.fleetPath, cl.threads,
                     lang.isoCode());

    FleetOptions options;
    options.redact = cl.redact;
    options.threads = cl.threads;
    options.excludedFile = cl.outputPath;
    const CancelToken cancel;
    QElapsedTimer timer;
    timer.start();
    bool drewProgress = false;
    auto progress = [&](int done, int total) {
        if (g_interrupted.load()) {
            cancel.cancel();
        }
        const double seconds = std::max(0.001, timer.elapsed() / 1000.0);
        drewProgress =
            writeProgressLine(QStringLiteral("%1 %2").arg(
                progressBar(done, total),
                lang.tr(cliText(QT_TRANSLATE_NOOP("Cli", "%1 of %2 inputs, %3 per second"))
                            .with({lang.locale().toString(done), lang.locale().toString(total),
                                   lang.locale().toString(qint64(done / seconds))})))) ||
            drewProgress;
    };
    const FleetReport report = analyseFleet(cl.fleetPath, options, progress, cancel);
    if (drewProgress) {
        writeProgressLine(QString(79, u' ') + u'\r');
    }
    const double seconds = std::max(0.001, timer.elapsed() / 1000.0);
    if (report.cancelled || g_interrupted.load()) {
        writeError(say(QT_TRANSLATE_NOOP("Cli", "Stopped; no report was written.")));
        return ExitCancelled;
    }
    if (report.inputCount == 0) {
        writeError(lang.tr(cliText(QT_TRANSLATE_NOOP("Cli", "%1 holds no inputs to judge."))
                               .with({cl.fleetPath})));
        return ExitUsageOrInput;
    }
    log::app()->info("fleet: {} inputs, {} devices, {} not judged in {:.2f} s", report.inputCount,
                     report.rows.size(), report.problems.size(), seconds);
    writeError(
        lang.tr(cliText(QT_TRANSLATE_NOOP("Cli", "Inputs judged: %1 in %2 s (%3 per second). "
                                                 "Devices: %4; inputs not judged: %5."))
                    .with({lang.locale().toString(report.inputCount),
                           lang.locale().toString(seconds, 'f', 1),
                           lang.locale().toString(qint64(report.inputCount / seconds)),
                           lang.locale().toString(qlonglong(report.rows.size())),
                           lang.locale().toString(qlonglong(report.problems.size()))})));

    const QByteArray bytes = render(report, cl.format, lang);
    if (g_interrupted.load()) { // while the report was made: still nothing is written
        writeError(say(QT_TRANSLATE_NOOP("Cli", "Stopped; no report was written.")));
        return ExitCancelled;
    }
    if (cl.outputPath.isEmpty()) {
        writeStdout(bytes);
        return exitCodeOf(report);
    }
    QString error;
    if (!writeFileAtomically(cl.outputPath, bytes, &error)) {
        writeError(lang.tr(cliText(QT_TRANSLATE_NOOP("Cli", "Could not write %1: %2"))
                               .with({cl.outputPath, error})));
        return ExitOutputFailed;
    }
    return exitCodeOf(report);
}

} // namespace jd
