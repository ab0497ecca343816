// Google Benchmark for the core: decoding and parsing, the six checks, and the whole analysis of
// one capture as `--analyze` does it (parse + checks + JSON report). Goal: ≤ 5 ms median for a full
// capture bundle.
#include "core/language.h"
#include "facts/fact_source.h"
#include "input/demo_captures.h"
#include "input/dsreg_parser.h"
#include "input/text_decoder.h"
#include "report/analysis.h"
#include "report/report_renderers.h"

#include <benchmark/benchmark.h>
#include <QFile>

namespace {

QByteArray demo(const char *name)
{
    return jd::demoCaptureBytes(QString::fromLatin1(name)).value_or(QByteArray());
}

// A capture bundle with dsregcmd, event log, task, registry, join info, network, directory and
// connectivity items: the largest input the analysis takes.
QByteArray fullCapture()
{
    QFile file(QStringLiteral(JD_FULL_CAPTURE));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void parse(benchmark::State &state, const QByteArray &bytes)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(jd::parseFacts(bytes, QStringLiteral("bench")));
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}

// Every demo one after the other, repeated to about 2 MiB: a long paste or a log with many
// outputs in it, where the parser's own speed shows.
QString largeDsregText()
{
    QString one;
    for (const jd::DemoCapture &demoCapture : jd::demoCaptures()) {
        one += jd::decodeText(demo(demoCapture.name)).text + u'\n';
    }
    QString text;
    while (text.size() < 2 * 1024 * 1024) {
        text += one;
    }
    return text;
}

// The dsregcmd parser alone (text already decoded); bytes are counted as UTF-8. Goal: ≥ 100 MB/s.
void dsregParser(benchmark::State &state, const QString &text)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(jd::parseDsregStatus(text));
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * text.toUtf8().size());
}

void checks(benchmark::State &state, const QByteArray &bytes)
{
    const jd::LoadedFacts loaded = jd::parseFacts(bytes, QStringLiteral("bench"));
    if (!loaded.facts) {
        state.SkipWithError("input not recognised");
        return;
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(jd::analyseFacts(*loaded.facts));
    }
}

void wholeAnalysis(benchmark::State &state, const QByteArray &bytes)
{
    const jd::Language english(jd::LanguageCode::English);
    for (auto _ : state) {
        const jd::AnalysisOutcome outcome = jd::analyseBytes(bytes, QStringLiteral("bench"));
        if (!outcome.analysis) {
            state.SkipWithError("input not recognised");
            return;
        }
        benchmark::DoNotOptimize(jd::renderJsonReport(*outcome.analysis, english));
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}

} // namespace

BENCHMARK_CAPTURE(dsregParser, large, largeDsregText())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(dsregParser, healthy, jd::decodeText(demo("healthy")).text)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(parse, full_capture, fullCapture())->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(parse, healthy, demo("healthy"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(checks, full_capture, fullCapture())->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(checks, healthy, demo("healthy"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(wholeAnalysis, full_capture, fullCapture())->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(wholeAnalysis, healthy, demo("healthy"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(wholeAnalysis, proxy_blocks_system, demo("proxy-blocks-system"))
    ->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
