#include "collect_command.h"

#include "core/logging.h"
#include "exit_codes.h"
#include "facts/bundle_facts.h"
#include "facts/probe_serialisation.h"
#include "live/capture_writer.h"
#include "live/live_collector.h"
#include "live/redaction.h"
#include "output.h"
#include "probes/directory_probe.h"
#include "steps/step2_probe_result.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

namespace jd {

namespace {

TrText c(const char *source)
{
    return cliText(source);
}

// The probes "this computer" runs in the wizard, added to the capture.
void addProbes(CaptureBundle &bundle, const Facts &facts)
{
    ConnectivityProbe system;
    ConnectivityProbe user;
    const ProbeSettings systemSettings = probeSettingsFor(facts);
    const std::optional<ProbeSettings> userSettings = userProbeSettingsFor(facts, systemSettings);
    QEventLoop loop;
    int running = userSettings ? 2 : 1;
    for (ConnectivityProbe *p : {&system, &user}) {
        QObject::connect(p, &ConnectivityProbe::finished, &loop, [&]() {
            if (--running == 0) {
                loop.quit();
            }
        });
    }
    system.start(systemSettings);
    if (userSettings) {
        user.start(*userSettings);
    }
    // A probe whose every endpoint fails at once (a proxy port where nothing listens) finishes
    // inside start(); an event loop started after that would wait forever.
    if (running > 0) {
        loop.exec();
    }
    std::optional<ConnectivitySnapshot> userSnapshot;
    if (userSettings) {
        userSnapshot = ConnectivitySnapshot{user.results(), userSettings->proxy};
    }
    bundle.set({QLatin1String(capture_item::kConnectivity), true, QString(), QString(),
                connectivityToJson({system.results(), systemSettings.proxy}, userSnapshot)});
    if (const auto settings = liveDirectorySettings()) {
        const DirectoryFacts directory = probeDirectory(*settings, CancelToken());
        bundle.set({QLatin1String(capture_item::kDirectory), true, QString(), QString(),
                    directoryToJson(directory, TenantCheck())});
    } else {
        bundle.set({QLatin1String(capture_item::kDirectory),
                    false,
                    QStringLiteral("this computer has no DNS domain"),
                    QString(),
                    {}});
    }
}

} // namespace

int runCollectCommand(const CommandLine &cl, const Language &lang, const QString &logFile)
{
    const auto environment = platformLiveEnvironment(logFile);
    if (!environment) {
        writeError(lang.tr(c(QT_TRANSLATE_NOOP(
            "Cli", "--collect reads a Windows device; run it there, then open the file here "
                   "with --capture or --analyze."))));
        return ExitUsageOrInput;
    }
    if (QFileInfo::exists(cl.collectPath)) {
        writeError(lang.tr(c(QT_TRANSLATE_NOOP("Cli", "%1 already exists; choose another name.")))
                       .arg(cl.collectPath));
        return ExitUsageOrInput;
    }
    CaptureBundle bundle = collectLive(*environment, CancelToken());
    const LoadedFacts loaded = factsFromBundle(bundle, QStringLiteral("live"));
    if (loaded.facts) {
        addProbes(bundle, *loaded.facts);
    }
    if (cl.redact) {
        bundle = redactBundle(bundle);
    }
    QString error;
    if (!writeCaptureFile(bundle, cl.collectPath, &error)) {
        writeError(
            lang.tr(c(QT_TRANSLATE_NOOP("Cli", "The capture could not be saved: %1"))).arg(error));
        return ExitUsageOrInput;
    }
    QString summary =
        lang.tr(c(QT_TRANSLATE_NOOP("Cli", "Capture saved: %1"))).arg(cl.collectPath) + u'\n';
    for (const CaptureItem &item : bundle.items) {
        summary +=
            QStringLiteral("  %1 %2%3\n")
                .arg(item.collected ? QStringLiteral("ok  ") : QStringLiteral("--  "), item.name,
                     item.collected ? QString() : QStringLiteral(": ") + item.error);
    }
    writeStdout(summary);
    return ExitHealthy;
}

} // namespace jd
