#include "runner/check_runner.h"

#include "core/background_call.h"
#include "facts/bundle_facts.h"
#include "live/live_collector.h"

#include "core/logging.h"

namespace jd {

namespace {

CheckRunner::Checks defaultChecks()
{
    CheckRunner::Checks checks;
    for (auto &check : makeStepChecks()) {
        checks.push_back(std::move(check));
    }
    return checks;
}

} // namespace

CheckRunner::CheckRunner(QObject *parent) : CheckRunner(defaultChecks(), parent)
{
}

CheckRunner::CheckRunner(Checks checks, QObject *parent)
    : QObject(parent), m_checks(std::move(checks)), m_probe(new ConnectivityProbe(this)),
      m_userProbe(new ConnectivityProbe(this))
{
    connect(m_userProbe, &ConnectivityProbe::endpointFinished, this,
            &CheckRunner::probeEndpointFinished);
    connect(m_probe, &ConnectivityProbe::endpointFinished, this,
            &CheckRunner::probeEndpointFinished);
    // One thread per check, one for loading, one for the directory read.
    m_pool.setMaxThreadCount(int(m_checks.size()) + 2);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &CheckRunner::onTimeout);
}

CheckRunner::~CheckRunner()
{
    cancel();
    join();
}

void CheckRunner::start(const FactSource &source)
{
    cancel();
    const int generation = ++m_generation;
    ++m_runCount;
    m_cancel = CancelToken();
    m_running = true;
    m_source = source;
    m_facts.reset();
    m_bundle.reset();
    m_probeInUse = false;
    m_userProbeInUse = false;
    m_directoryInUse = false;
    m_encoding.clear();
    m_problem = {};
    m_analysis.reset();
    m_runRedacted = m_redact;
    m_redaction = RedactionMap();
    m_states.fill(StepRunState::Waiting);
    for (auto &r : m_results) {
        r.reset();
    }
    log::checks()->info("==== check run {} started: source={} ====", generation, source.label());
    emit runStarted();

    const CancelToken cancel = m_cancel;
    const LiveLoader live = source.kind == FactSource::Kind::Live ? m_liveLoader : LiveLoader();
    const bool redact = m_runRedacted;
    // Reading and redacting both happen off the GUI thread: a capture with event logs has
    // hundreds of identifiers to replace.
    runInBackground<ReadInput>(
        &m_pool, this,
        [source, cancel, live, redact]() {
            ReadInput read;
            if (live) {
                read.loaded = live(cancel);
            } else {
                read.loaded = source.kind == FactSource::Kind::Live ? loadThisComputer(cancel)
                                                                    : loadFacts(source, cancel);
            }
            if (redact && read.loaded.facts) {
                if (source.kind != FactSource::Kind::Live) {
                    read.loaded = redactLoadedFacts(read.loaded, read.loaded.facts->sourceName,
                                                    &read.redaction);
                } else if (read.loaded.bundle) {
                    // A live run is redacted once its probes are done (they need the real
                    // names); until then this hides the device's name.
                    read.redaction = RedactionMap::of(*read.loaded.bundle);
                }
            }
            return read;
        },
        [this, generation](const ReadInput &read) { onFactsLoaded(generation, read); });
}

void CheckRunner::onFactsLoaded(int generation, const ReadInput &read)
{
    if (generation != m_generation || !m_running) {
        return;
    }
    const LoadedFacts &loaded = read.loaded;
    m_redaction = read.redaction;
    if (!loaded.facts) {
        m_problem = loaded.problem;
        m_running = false;
        m_states.fill(StepRunState::Idle);
        log::checks()->warn("run {}: input refused", generation);
        emit inputRefused();
        return;
    }
    m_facts = loaded.facts;
    m_bundle = loaded.bundle;
    m_encoding = loaded.encoding;
    emit inputLoaded();

    // On the live source step 2 also probes the endpoints from here; its check then waits for
    // the probe (on this thread's event loop, as QNetworkAccessManager needs).
    std::optional<ProbePlan> probe;
    if (m_source.kind == FactSource::Kind::Live && m_probeSettings) {
        probe = m_probeSettings(*m_facts);
    }
    std::optional<DirectoryProbeSettings> directory;
    if (m_source.kind == FactSource::Kind::Live && m_directorySettings) {
        directory = m_directorySettings(*m_facts);
    }
    m_directoryInUse = directory.has_value();
    m_probeInUse = probe.has_value();
    m_userProbeInUse = probe && probe->user.has_value();
    m_probeProxy = probe ? probe->system.proxy : std::nullopt;
    m_userProbeProxy = m_userProbeInUse ? probe->user->proxy : std::nullopt;
    for (const auto &check : m_checks) {
        m_states.at(size_t(check->step() - 1)) = StepRunState::Running;
        if (!waitsForInput(check->step())) {
            startCheck(check, m_facts);
        }
    }
    if (directory) {
        const CancelToken cancel = m_cancel;
        runInBackground<DirectoryFacts>(
            &m_pool, this,
            [settings = *directory, cancel]() { return probeDirectory(settings, cancel); },
            [this, generation](const DirectoryFacts &d) { onDirectoryRead(generation, d); });
    }
    if (m_probeInUse) {
        m_probesRunning = m_userProbeInUse ? 2 : 1;
        for (ConnectivityProbe *p : {m_probe, m_userProbe}) {
            if (p == m_userProbe && !m_userProbeInUse) {
                continue;
            }
            connect(
                p, &ConnectivityProbe::finished, this,
                [this, generation]() { onProbeFinished(generation); }, Qt::SingleShotConnection);
        }
        m_probe->start(probe->system);
        if (m_userProbeInUse) {
            m_userProbe->start(*probe->user);
        }
        emit probeStarted();
    }
    m_deadline.start(m_timeout);
}

void CheckRunner::startCheck(const std::shared_ptr<const StepCheck> &check,
                             const std::shared_ptr<const Facts> &facts)
{
    const int generation = m_generation;
    const CancelToken cancel = m_cancel;
    runInBackground<CheckResult>(
        &m_pool, this, [check, facts, cancel]() { return runTimedCheck(*check, *facts, cancel); },
        [this, generation](CheckResult result) { onStepDone(generation, std::move(result)); });
}

void CheckRunner::onProbeFinished(int generation)
{
    if (generation != m_generation || !m_running || --m_probesRunning > 0) {
        return;
    }
    auto withProbe = std::make_shared<Facts>(*m_facts);
    withProbe->connectivity = ConnectivitySnapshot{m_probe->results(), m_probeProxy};
    if (m_userProbeInUse) {
        withProbe->userConnectivity =
            ConnectivitySnapshot{m_userProbe->results(), m_userProbeProxy};
    }
    m_facts = withProbe;
    for (const auto &check : m_checks) {
        if (check->step() == 2) {
            startCheck(check, m_facts);
        }
    }
}

bool CheckRunner::waitsForInput(int step) const
{
    return (m_probeInUse && step == 2) || (m_directoryInUse && (step == 1 || step == 3));
}

void CheckRunner::onDirectoryRead(int generation, const DirectoryFacts &directory)
{
    if (generation != m_generation || !m_running) {
        return;
    }
    auto withDirectory = std::make_shared<Facts>(*m_facts);
    withDirectory->directory = directory;
    m_facts = withDirectory;
    for (const auto &check : m_checks) {
        if (check->step() == 1 || check->step() == 3) {
            startCheck(check, m_facts);
        }
    }
}

void CheckRunner::onStepDone(int generation, CheckResult result)
{
    if (generation != m_generation || result.step < 1 || result.step > kStepCount ||
        m_states.at(size_t(result.step - 1)) != StepRunState::Running) {
        return; // a cancelled, superseded or timed-out run
    }
    const int step = result.step;
    log::checks()->info("run {}: step {} {} {} ({} us)", generation, step, statusId(result.status),
                        result.code, result.duration.count());
    m_states.at(size_t(step - 1)) = StepRunState::Done;
    m_results.at(size_t(step - 1)) = std::move(result);
    if (!holdsResults()) {
        emit stepFinished(step);
    }
    finishIfComplete();
}

void CheckRunner::onTimeout()
{
    if (!m_running) {
        return;
    }
    // Checks still busy get a result that says so; their workers are told to stop.
    m_cancel.cancel();
    m_probe->cancel();
    m_userProbe->cancel();
    for (int step = 1; step <= kStepCount; ++step) {
        if (m_states.at(size_t(step - 1)) == StepRunState::Running) {
            log::checks()->warn("run {}: step {} timed out", m_generation, step);
            CheckResult timedOut = makeResult(timeoutResultCode(step));
            timedOut.duration = m_timeout;
            m_states.at(size_t(step - 1)) = StepRunState::Done;
            m_results.at(size_t(step - 1)) = timedOut;
            if (!holdsResults()) {
                emit stepFinished(step);
            }
        }
    }
    finishIfComplete();
}

void CheckRunner::finishIfComplete()
{
    for (const StepRunState state : m_states) {
        if (state != StepRunState::Done) {
            return;
        }
    }
    m_deadline.stop();
    if (holdsResults()) {
        redactFinishedLiveRun(); // finishes the run when that is done
        return;
    }
    completeRun();
}

void CheckRunner::completeRun()
{
    Analysis analysis;
    analysis.facts = *m_facts;
    analysis.encoding = m_encoding;
    analysis.analysedAt = QDateTime::currentDateTimeUtc();
    for (int step = 1; step <= kStepCount; ++step) {
        analysis.steps.at(size_t(step - 1)) = *m_results.at(size_t(step - 1));
    }
    finaliseAnalysis(analysis);
    m_analysis = std::move(analysis);
    m_running = false;
    log::checks()->info("run {} finished: verdict={}", m_generation,
                        verdictId(m_analysis->verdict));
    emit runFinished();
}

bool CheckRunner::holdsResults() const
{
    return m_runRedacted && m_source.kind == FactSource::Kind::Live;
}

void CheckRunner::redactFinishedLiveRun()
{
    // Everything the run read, probes included, as a capture: redacted and judged again by the
    // same checks (off the GUI thread), which gives the results a saved capture of this run
    // would. A step that timed out keeps its time-out: it is not run again.
    struct Redacted
    {
        RedactionMap map;
        std::shared_ptr<const CaptureBundle> bundle;
        LoadedFacts loaded;
        std::array<std::optional<CheckResult>, kStepCount> results;
    };
    const CaptureBundle bundle = withProbeResults(*m_bundle, *m_facts);
    const QString sourceName = m_facts->sourceName;
    std::array<bool, kStepCount> timedOut{};
    for (int step = 1; step <= kStepCount; ++step) {
        timedOut.at(size_t(step - 1)) =
            m_results.at(size_t(step - 1))->code == QLatin1String(timeoutResultCode(step).code);
    }
    const int generation = m_generation;
    runInBackground<Redacted>(
        &m_pool, this,
        [bundle, sourceName, timedOut, checks = m_checks]() {
            Redacted r;
            r.map = RedactionMap::of(bundle);
            r.bundle = std::make_shared<const CaptureBundle>(redactBundle(bundle, r.map));
            r.loaded = factsFromBundle(*r.bundle, r.map.apply(sourceName));
            if (r.loaded.facts) {
                for (const auto &check : checks) {
                    if (!timedOut.at(size_t(check->step() - 1))) {
                        r.results.at(size_t(check->step() - 1)) =
                            runTimedCheck(*check, *r.loaded.facts, CancelToken());
                    }
                }
            }
            return r;
        },
        [this, generation](const Redacted &r) {
            if (generation != m_generation || !m_running) {
                return;
            }
            m_redaction = r.map;
            for (int step = 1; step <= kStepCount; ++step) {
                auto &result = m_results.at(size_t(step - 1));
                if (r.results.at(size_t(step - 1))) {
                    result = r.results.at(size_t(step - 1));
                } else if (!r.loaded.facts) {
                    // Cannot happen with a bundle this run made; never show the names instead.
                    result = makeResult(timeoutResultCode(step));
                }
            }
            if (r.loaded.facts) {
                m_facts = r.loaded.facts;
                m_bundle = r.bundle;
            }
            emit inputLoaded();
            for (int step = 1; step <= kStepCount; ++step) {
                emit stepFinished(step);
            }
            completeRun();
        });
}

std::optional<CaptureBundle> CheckRunner::captureBundle() const
{
    if (!m_bundle || !m_facts) {
        return std::nullopt;
    }
    return withProbeResults(*m_bundle, *m_facts);
}

void CheckRunner::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancel.cancel();
    m_probe->cancel();
    m_userProbe->cancel();
    ++m_generation; // whatever the workers still return is dropped
    m_running = false;
    m_deadline.stop();
    for (StepRunState &state : m_states) {
        if (state == StepRunState::Waiting || state == StepRunState::Running) {
            state = StepRunState::Cancelled;
        }
    }
    log::checks()->info("check run cancelled");
    emit runCancelled();
}

void CheckRunner::join()
{
    m_pool.waitForDone();
}

} // namespace jd
