#include "facts/trace_facts.h"

namespace jd {

namespace {
Evidence traceEvidence(const DsregTraceLine &line)
{
    return Evidence{line.function.isEmpty() ? QStringLiteral("dsregcmd /debug") : line.function,
                    line.text, QStringLiteral("dsregcmd /debug"), line.line};
}
} // namespace

TraceFacts readTraceFacts(const DsregDocument &document)
{
    TraceFacts trace;
    trace.present = !document.traceLines.isEmpty();
    for (const DsregTraceLine &line : document.traceLines) {
        if (!line.hint.isEmpty()) {
            if (trace.hint == TraceHint::None) {
                trace.hint = classifyTraceHint(line.hint);
                trace.hintEvidence = traceEvidence(line);
            }
            // The hint's own code (access denied) says how dsregcmd was run, not why a join
            // failed.
            continue;
        }
        // Each layer of a failing call reports the code again on its way out, so the last
        // failing line carries the code the command ended with.
        if (line.failure) {
            trace.failureCode = line.codes.first();
            trace.failure = traceEvidence(line);
        }
    }
    return trace;
}

} // namespace jd
