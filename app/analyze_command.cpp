#include "analyze_command.h"

#include "facts/fact_source.h"
#include <QFileInfo>

#include "core/logging.h"
#include "exit_codes.h"
#include "input/demo_captures.h"
#include "input/input_reader.h"
#include "output.h"
#include "report/analysis.h"
#include "report/report_renderers.h"

#include <cstdio>

namespace jd {

namespace {

RawInput readCommandInput(const CommandLine &cl)
{
    if (!cl.demoName.isEmpty()) {
        RawInput input;
        input.sourceName = QStringLiteral("demo: ") + cl.demoName;
        if (const auto bytes = demoCaptureBytes(cl.demoName)) {
            input.bytes = *bytes;
        } else {
            input.problem = {InputProblemKind::UnknownDemo,
                             cliText(QT_TRANSLATE_NOOP("Cli", "There is no demo called \"%1\"; "
                                                              "see --list-demos."))
                                 .with({cl.demoName})};
        }
        return input;
    }
    if (cl.inputPath == u"-") {
        return readInputStream(stdin, QStringLiteral("stdin"));
    }
    return readInputFile(cl.inputPath);
}

int exitCodeFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Healthy:
        return ExitHealthy;
    case Verdict::Problem:
        return ExitProblem;
    case Verdict::OutOfScope:
        return ExitOutOfScope;
    case Verdict::Unknown:
        break;
    }
    return ExitNotEnoughInfo;
}

int writeAnalysis(const Analysis &analysis, const CommandLine &cl, const Language &lang)
{
    for (const CheckResult &r : analysis.steps) {
        log::checks()->info("step {} {} {} ({} us)", r.step, statusId(r.status), r.code,
                            r.duration.count());
    }
    log::app()->info("verdict={} joinType={} prt={} firstFailingStep={}",
                     verdictId(analysis.verdict), joinTypeId(analysis.facts.joinType),
                     prtStateId(analysis.facts.prt), analysis.firstFailingStep);
    switch (cl.format) {
    case ReportFormat::Text:
        writeStdout(renderTextReport(analysis, lang));
        break;
    case ReportFormat::Json:
        writeStdout(renderJsonReport(analysis, lang));
        break;
    case ReportFormat::Html:
        writeStdout(renderHtmlReport(analysis, lang));
        break;
    }
    return exitCodeFor(analysis.verdict);
}

// A capture folder: dsregcmd output plus registry exports, recognised by content.
int runFolderAnalysis(const CommandLine &cl, const Language &lang)
{
    log::app()->info("==== JoinDoctor {} analyse: folder={} lang={} ====",
                     QStringLiteral(JOINDOCTOR_VERSION_STRING), cl.inputPath, lang.isoCode());
    const LoadedFacts loaded = loadFacts(FactSource::capture(cl.inputPath), CancelToken());
    if (!loaded.facts) {
        writeError(lang.tr(loaded.problem.message));
        return ExitUsageOrInput;
    }
    Analysis analysis = analyseFacts(*loaded.facts);
    analysis.encoding = loaded.encoding;
    return writeAnalysis(analysis, cl, lang);
}

} // namespace

int runAnalyzeCommand(const CommandLine &cl, const Language &lang)
{
    auto logger = log::app();
    if (!cl.inputPath.isEmpty() && QFileInfo(cl.inputPath).isDir()) {
        return runFolderAnalysis(cl, lang);
    }
    const RawInput input = readCommandInput(cl);
    logger->info("==== JoinDoctor {} analyse: source={} bytes={} lang={} ====",
                 QStringLiteral(JOINDOCTOR_VERSION_STRING), input.sourceName, input.bytes.size(),
                 lang.isoCode());
    if (input.problem) {
        logger->warn("input refused: {}", lang.tr(input.problem.message));
        writeError(lang.tr(input.problem.message));
        return ExitUsageOrInput;
    }
    const AnalysisOutcome outcome = analyseBytes(input.bytes, input.sourceName);
    if (!outcome.analysis) {
        logger->warn("input refused: {}", lang.tr(outcome.problem.message));
        writeError(lang.tr(outcome.problem.message));
        return ExitUsageOrInput;
    }
    return writeAnalysis(*outcome.analysis, cl, lang);
}

} // namespace jd
