#pragma once
// Runs the six step checks for one fact source on worker threads and reports back by value on
// the thread that owns the runner (the GUI thread in the wizard). Every run has a generation:
// results of a cancelled or superseded run are dropped, never delivered late.

#include "core/cancel_token.h"
#include "facts/fact_source.h"
#include "input/capture_bundle.h"
#include "live/redaction.h"
#include "probes/directory_probe.h"
#include "probes/endpoint_probe.h"
#include "report/analysis.h"
#include "steps/step_check.h"

#include <array>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <vector>

namespace jd {

enum class StepRunState
{
    Idle,
    Waiting,
    Running,
    Done,
    Cancelled
};

class CheckRunner : public QObject
{
    Q_OBJECT
public:
    using Checks = std::vector<std::shared_ptr<const StepCheck>>;
    // Reads this computer's live state; empty where this build cannot (not Windows).
    using LiveLoader = std::function<LoadedFacts(const CancelToken &)>;
    // For the live source: which endpoints to probe and through which proxy (the one SYSTEM uses).
    // The user's proxy is probed too when it differs, so "works in the browser" shows.
    struct ProbePlan
    {
        ProbeSettings system;
        std::optional<ProbeSettings> user;
    };
    using ProbeSettingsProvider = std::function<std::optional<ProbePlan>(const Facts &)>;
    // For the live source: where to read Active Directory for steps 1 and 3; nullopt: not at all.
    using DirectorySettingsProvider =
        std::function<std::optional<DirectoryProbeSettings>(const Facts &)>;

    explicit CheckRunner(QObject *parent = nullptr);
    // Tests inject their own checks (slow, blocking, counting) here.
    explicit CheckRunner(Checks checks, QObject *parent = nullptr);
    ~CheckRunner() override; // cancels and joins: no worker outlives the runner

    // Cancels any run in progress and starts a fresh one: loads the source again, then runs all
    // six checks at once.
    void start(const FactSource &source);
    // Stops the current run at once; its workers finish in the background and are ignored.
    void cancel();
    // Waits for every worker thread, including those of cancelled runs.
    void join();

    // Hides names and IDs in everything a run delivers: facts, results, analysis, capture. Taken
    // at the start of the next run. A live run is redacted once it is complete (its probes need
    // the real names), so its steps arrive together at the end.
    void setRedaction(bool on) { m_redact = on; }
    bool redaction() const { return m_redact; }
    // The setting the current (or last) run started with: what its results show.
    bool runRedacted() const { return m_runRedacted; }
    // Text about the source (its file name, a proxy's address) with the run's identifiers hidden;
    // unchanged without redaction.
    QString redacted(const QString &text) const { return m_redaction.apply(text); }

    bool isRunning() const { return m_running; }
    int runCount() const { return m_runCount; }
    void setCheckTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setLiveLoader(LiveLoader loader) { m_liveLoader = std::move(loader); }
    void setProbeSettingsProvider(ProbeSettingsProvider provider)
    {
        m_probeSettings = std::move(provider);
    }

    void setDirectorySettingsProvider(DirectorySettingsProvider provider)
    {
        m_directorySettings = std::move(provider);
    }
    // Whether the current run reads Active Directory (steps 1 and 3 wait for it).
    bool directoryInUse() const { return m_directoryInUse; }

    // The live connectivity probe of the current run (step 2), when there is one.
    bool probeInUse() const { return m_probeInUse; }
    const QList<EndpointResult> &probeResults() const { return m_probe->results(); }
    std::optional<QUrl> probeProxy() const { return m_probeProxy; }
    bool userProbeInUse() const { return m_userProbeInUse; }
    const QList<EndpointResult> &userProbeResults() const { return m_userProbe->results(); }
    std::optional<QUrl> userProbeProxy() const { return m_userProbeProxy; }

    const FactSource &source() const { return m_source; }
    std::shared_ptr<const Facts> facts() const { return m_facts; }
    const InputProblem &inputProblem() const { return m_problem; }
    StepRunState stepState(int step) const { return m_states.at(size_t(step - 1)); }
    const std::optional<CheckResult> &result(int step) const
    {
        return m_results.at(size_t(step - 1));
    }
    const std::optional<Analysis> &analysis() const { return m_analysis; }
    // Everything the finished run read, as a capture for a ticket (probe results included);
    // nullopt before the input was loaded.
    std::optional<CaptureBundle> captureBundle() const;

signals:
    void runStarted();
    void inputLoaded();  // facts() is set: device name and source are known
    void inputRefused(); // inputProblem() says why; no step will run
    void stepFinished(int step);
    void runFinished(); // analysis() is set
    void runCancelled();
    void probeStarted(); // probeResults() lists the endpoints, none finished yet
    void probeEndpointFinished(int index);

private:
    struct ReadInput
    {
        LoadedFacts loaded;
        RedactionMap redaction;
    };
    void onFactsLoaded(int generation, const ReadInput &read);
    void onStepDone(int generation, CheckResult result);
    void onTimeout();
    void finishIfComplete();
    void startCheck(const std::shared_ptr<const StepCheck> &check,
                    const std::shared_ptr<const Facts> &facts);
    void onProbeFinished(int generation);
    void onDirectoryRead(int generation, const DirectoryFacts &directory);
    bool waitsForInput(int step) const;
    bool holdsResults() const;
    void redactFinishedLiveRun();
    void completeRun();

    Checks m_checks;
    LiveLoader m_liveLoader;
    ProbeSettingsProvider m_probeSettings;
    DirectorySettingsProvider m_directorySettings;
    bool m_directoryInUse = false;
    ConnectivityProbe *m_probe;
    ConnectivityProbe *m_userProbe;
    bool m_probeInUse = false;
    bool m_userProbeInUse = false;
    int m_probesRunning = 0;
    std::optional<QUrl> m_probeProxy;
    std::optional<QUrl> m_userProbeProxy;
    QThreadPool m_pool;
    QTimer m_deadline;
    std::chrono::milliseconds m_timeout{60000};
    CancelToken m_cancel;
    int m_generation = 0;
    int m_runCount = 0;
    bool m_running = false;
    FactSource m_source;
    std::shared_ptr<const Facts> m_facts;
    std::shared_ptr<const CaptureBundle> m_bundle;
    QString m_encoding;
    InputProblem m_problem;
    std::array<StepRunState, kStepCount> m_states{};
    std::array<std::optional<CheckResult>, kStepCount> m_results;
    std::optional<Analysis> m_analysis;
    bool m_redact = false;
    bool m_runRedacted = false; // the setting the current run started with
    RedactionMap m_redaction;
};

} // namespace jd
