#include "fleet/fleet_analysis.h"

#include "facts/fact_source.h"
#include "fleet/fleet_inputs.h"
#include "fleet/intune_export.h"
#include "input/capture_bundle.h"
#include "input/input_reader.h"
#include "input/text_decoder.h"
#include "report/report_labels.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace jd {

namespace {

QString deviceOfFacts(const LoadedFacts &loaded, const QString &path)
{
    // A redacted capture names every device "host1": such captures are named after the device
    // (Intune's platform script writes COMPUTERNAME.jdcapture), as are outputs without the field.
    const bool placeholder = loaded.bundle && loaded.bundle->redacted;
    if (!loaded.facts->deviceName.isEmpty() && !placeholder) {
        return fleetSafeText(loaded.facts->deviceName);
    }
    return fleetSafeText(QFileInfo(path).completeBaseName());
}

struct InputResult
{
    bool judged = false;
    FleetRow row;
    TrText reason;
};

QString relativeSource(const QDir &root, const QString &path, bool rootIsFile)
{
    return fleetSafeText(rootIsFile ? QFileInfo(path).fileName()
                                    : root.relativeFilePath(QFileInfo(path).absoluteFilePath()));
}

void readCsvInput(const QString &file, const QString &source, FleetReport &report)
{
    ++report.inputCount;
    const RawInput raw = readInputFile(file, kMaxIntuneExportBytes);
    if (raw.problem) {
        report.problems.append({source, raw.problem.message});
        return;
    }
    const DecodedText decoded = decodeText(raw.bytes);
    if (decoded.problem) {
        report.problems.append({source, decoded.problem.message});
        return;
    }
    if (!looksLikeIntuneExport(decoded.text)) {
        report.problems.append(
            {source, fleetText(QT_TRANSLATE_NOOP("Fleet", "A CSV file, but not an Intune export "
                                                          "with a device name and a detection "
                                                          "output column."))});
        return;
    }
    IntuneExport exported = readIntuneExport(decoded.text, source);
    if (exported.records == 0) {
        report.problems.append(
            {source, fleetText(QT_TRANSLATE_NOOP("Fleet", "The Intune export holds no devices."))});
        return;
    }
    report.inputCount += exported.records - 1; // the file counted once above
    report.rows += exported.rows;
    report.problems += exported.problems;
}

} // namespace

bool analyseFleetInput(const QString &path, FleetRow *row, TrText *reason,
                       const CancelToken &cancel)
{
    const LoadedFacts loaded = loadFacts(FactSource::capture(path), cancel);
    if (!loaded.facts) {
        *reason = loaded.problem.message.isEmpty()
                      ? fleetText(QT_TRANSLATE_NOOP("Fleet", "The input could not be read."))
                      : loaded.problem.message;
        return false;
    }
    const Analysis analysis = analyseFacts(*loaded.facts, cancel);
    row->device = deviceOfFacts(loaded, path).left(100);
    row->joinType = analysis.facts.joinType;
    row->verdict = analysis.verdict;
    row->firstFailingStep = analysis.firstFailingStep;
    for (size_t i = 0; i < 6; ++i) {
        row->status.at(i) = analysis.steps.at(i).status;
        row->codes.at(i) = analysis.steps.at(i).code;
    }
    row->dataTime = analysis.trust.takenAt;
    if (!row->dataTime.isValid()) {
        row->dataTime = QFileInfo(path).lastModified().toUTC();
        row->dataTimeFromFile = row->dataTime.isValid();
    }
    return true;
}

void keepNewestPerDevice(FleetReport &report)
{
    QHash<QString, qsizetype> newest; // device key -> index in `kept`
    QList<FleetRow> kept;
    kept.reserve(report.rows.size());
    // The data's own time beats a file's time (when it was saved or copied), which beats none.
    auto rank = [](const FleetRow &row) {
        return !row.dataTime.isValid() ? 0 : row.dataTimeFromFile ? 1 : 2;
    };
    auto older = [&rank](const FleetRow &a, const FleetRow &b) {
        if (rank(a) != rank(b)) {
            return rank(a) < rank(b);
        }
        return a.dataTime.isValid() && a.dataTime < b.dataTime;
    };
    auto duplicate = [&report](const FleetRow &dropped, const FleetRow &shown) {
        report.problems.append(
            {dropped.source,
             fleetText(QT_TRANSLATE_NOOP("Fleet", "Older data of %1; the newer data in %2 is "
                                                  "shown."))
                 .with({dropped.device, shown.source})});
    };
    for (FleetRow &row : report.rows) {
        const QString key = row.device.toLower();
        const auto found = newest.constFind(key);
        if (found == newest.constEnd()) {
            newest.insert(key, kept.size());
            kept.append(std::move(row));
            continue;
        }
        FleetRow &current = kept[*found];
        if (older(current, row)) {
            duplicate(current, row);
            current = std::move(row);
        } else {
            duplicate(row, current);
        }
    }
    std::sort(kept.begin(), kept.end(), [](const FleetRow &a, const FleetRow &b) {
        const int byName = a.device.compare(b.device, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.source < b.source;
    });
    report.rows = std::move(kept);
}

void redactFleet(FleetReport &report)
{
    const int width = int(QString::number(report.rows.size() + report.problems.size()).size());
    auto number = [width](qsizetype n) {
        return QString::number(n).rightJustified(width, u'0');
    };
    // Original name (any case) and source -> label; both filled before anything is replaced, so
    // that the problems' arguments, which name devices and sources, map to the same labels.
    QHash<QString, QString> devices;
    QHash<QString, QString> sources;
    auto sourceLabel = [&sources, &number](const QString &source) {
        auto found = sources.constFind(source);
        if (found == sources.constEnd()) {
            found = sources.insert(source, QStringLiteral("Input ") + number(sources.size() + 1));
        }
        return *found;
    };
    for (const FleetRow &row : std::as_const(report.rows)) {
        const QString key = row.device.toLower();
        if (!devices.contains(key)) {
            devices.insert(key, QStringLiteral("Device ") + number(devices.size() + 1));
        }
        sourceLabel(row.source);
    }
    for (const FleetProblem &problem : std::as_const(report.problems)) {
        sourceLabel(problem.source);
    }
    for (FleetProblem &problem : report.problems) {
        const QString own = sourceLabel(problem.source);
        // Arguments name devices, files and folders; only plain numbers (sizes, counts) stay.
        for (QString &arg : problem.reason.args) {
            bool number = false;
            arg.toLongLong(&number);
            if (devices.contains(arg.toLower())) {
                arg = devices.value(arg.toLower());
            } else if (sources.contains(arg)) {
                arg = sources.value(arg);
            } else if (!number) {
                arg = own;
            }
        }
        problem.source = own;
    }
    for (FleetRow &row : report.rows) {
        row.device = devices.value(row.device.toLower());
        row.source = sourceLabel(row.source);
    }
    report.path.clear();
    report.redacted = true;
}

FleetReport analyseFleet(const QString &path, const FleetOptions &options,
                         const FleetProgress &progress, const CancelToken &cancel)
{
    FleetReport report;
    report.path = path;
    report.createdAt = QDateTime::currentDateTimeUtc();
    const QFileInfo given(path);
    const bool rootIsFile = !given.isDir();
    const QDir root(rootIsFile ? given.absolutePath() : given.absoluteFilePath());
    const FleetInputs inputs = findFleetInputs(path, options.excludedFile);

    for (const QString &csv : inputs.csvFiles) {
        readCsvInput(csv, relativeSource(root, csv, rootIsFile), report);
    }

    QStringList work = inputs.files + inputs.captureFolders;
    std::sort(work.begin(), work.end());
    const int total = int(work.size());
    std::vector<InputResult> results(size_t(work.size()));
    std::atomic_int next{0};
    std::atomic_int done{0};
    auto worker = [&]() {
        for (int i = next++; i < total && !cancel.isCancelled(); i = next++) {
            InputResult &result = results.at(size_t(i));
            result.judged = analyseFleetInput(work.at(i), &result.row, &result.reason, cancel);
            // Release: the result above is read by the thread that sees this count (acquire).
            done.fetch_add(1, std::memory_order_release);
        }
    };
    const int threads = std::clamp(
        options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1, std::max(1, total));
    // QThread rather than std::thread: MinGW's win32 thread model has no std::thread.
    std::vector<std::unique_ptr<QThread>> pool;
    auto startWorker = [&pool, &worker]() {
        pool.emplace_back(QThread::create(worker));
        pool.back()->start();
    };
    for (int t = 1; t < threads; ++t) {
        startWorker();
    }
    if (progress && total > 0) {
        // This thread reports progress; the others judge.
        startWorker();
        while (done.load() < total && !cancel.isCancelled()) {
            progress(done.load(), total);
            QThread::msleep(100);
        }
    } else {
        worker();
    }
    for (const auto &thread : pool) {
        thread->wait();
    }
    // Acquire: every result counted is visible here (QThread::wait alone is not, to TSan).
    const int judged = done.load(std::memory_order_acquire);
    Q_UNUSED(judged)
    if (progress && total > 0) {
        progress(done.load(), total);
    }

    report.inputCount += total;
    for (int i = 0; i < total; ++i) {
        InputResult &result = results.at(size_t(i));
        const QString source = relativeSource(root, work.at(i), rootIsFile);
        if (result.judged) {
            result.row.source = source;
            result.row.path = QFileInfo(work.at(i)).absoluteFilePath();
            report.rows.append(std::move(result.row));
        } else if (!cancel.isCancelled() || !result.reason.isEmpty()) {
            report.problems.append({source, result.reason});
        }
    }
    report.cancelled = cancel.isCancelled();
    for (FleetProblem &problem : report.problems) {
        for (QString &arg : problem.reason.args) {
            arg = fleetSafeText(arg);
        }
    }
    keepNewestPerDevice(report);
    if (options.redact) {
        redactFleet(report);
    }
    summariseFleet(report);
    return report;
}

} // namespace jd
