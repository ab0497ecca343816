#include "analyze_command.h"

#include "facts/fact_source.h"
#include <QFileInfo>

#include "core/logging.h"
#include "exit_codes.h"
#include "input/demo_captures.h"
#include "input/input_reader.h"
#include "live/redaction.h"
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

int writeAnalysis(const Analysis &analysis, const CommandLine &cl, const Language &lang)
{
    for (const CheckResult &r : analysis.steps) {
        log::checks()->info("step {} {} {} ({} us)", r.step, statusId(r.status), r.code,
                            r.duration.count());
    }
    log::app()->info("verdict={} joinType={} prt={} firstFailingStep={}",
                     verdictId(analysis.verdict), joinTypeId(analysis.facts.joinType),
                     prtStateId(analysis.facts.prt), analysis.firstFailingStep);
    QString report;
    switch (cl.format) {
    case ReportFormat::Csv: // the command line takes csv only with --fleet
    case ReportFormat::Text:
        report = renderTextReport(analysis, lang);
        break;
    case ReportFormat::Json:
        report = QString::fromUtf8(renderJsonReport(analysis, lang));
        break;
    case ReportFormat::Html:
        report = renderHtmlReport(analysis, lang);
        break;
    }
    writeStdout(report);
    return exitCodeFor(analysis.verdict);
}

// Analyses what was loaded, with names and IDs hidden first when asked.
int analyseLoaded(LoadedFacts loaded, const QString &sourceName, const CommandLine &cl,
                  const Language &lang)
{
    // Redacted facts give redacted reports: the source's name is hidden with the rest.
    if (cl.redact) {
        loaded = redactLoadedFacts(loaded, sourceName);
    }
    Analysis analysis = analyseFacts(*loaded.facts);
    analysis.encoding = loaded.encoding;
    return writeAnalysis(analysis, cl, lang);
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
    return analyseLoaded(loaded, loaded.facts->sourceName, cl, lang);
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
    const LoadedFacts loaded = parseFacts(input.bytes, input.sourceName);
    if (!loaded.facts) {
        logger->warn("input refused: {}", lang.tr(loaded.problem.message));
        writeError(lang.tr(loaded.problem.message));
        return ExitUsageOrInput;
    }
    return analyseLoaded(loaded, input.sourceName, cl, lang);
}

} // namespace jd
