#include "analysis.h"

#include "dsreg_parser.h"
#include "facts_builder.h"
#include "step_check.h"
#include "text_decoder.h"

#include <QElapsedTimer>

namespace jd {

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Healthy:
        return QStringLiteral("healthy");
    case Verdict::Problem:
        return QStringLiteral("problem");
    case Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QList<FoundErrorCode> findErrorCodesIn(const DsregDocument &document)
{
    QList<FoundErrorCode> found;
    auto note = [&found](const QString &id, const Evidence &where) {
        for (FoundErrorCode &f : found) {
            if (f.id.compare(id, Qt::CaseInsensitive) == 0) {
                if (!f.foundIn.contains(where)) {
                    f.foundIn.append(where);
                }
                return;
            }
        }
        found.append(FoundErrorCode{id, lookupErrorCode(id), {where}});
    };
    for (const DsregField *field : document.allFields()) {
        const Evidence where = evidenceOf(*field);
        for (const QString &code : findErrorCodes(field->rawValue)) {
            note(code, where);
        }
        for (const QString &code : findAadstsCodes(field->rawValue)) {
            note(code, where);
        }
        if (field->key == u"deviceauthstatus" &&
            field->value.startsWith(QStringLiteral("FAILED"), Qt::CaseInsensitive)) {
            const QString id = QStringLiteral("DeviceAuthStatus: ") + field->value;
            if (lookupErrorCode(id)) {
                note(id, where);
            }
        }
    }
    for (const QString &line : document.otherLines) {
        const Evidence where{QString(), line, QString(), 0};
        for (const QString &code : findErrorCodes(line) + findAadstsCodes(line)) {
            // Free text is noisy: only codes the catalogue knows are reported from it.
            if (lookupErrorCode(code)) {
                note(code, where);
            }
        }
    }
    return found;
}

Analysis analyseFacts(Facts facts, const CancelToken &cancel)
{
    Analysis analysis;
    analysis.analysedAt = QDateTime::currentDateTimeUtc();
    analysis.facts = std::move(facts);
    const auto checks = makeStepChecks();
    for (const auto &check : checks) {
        if (cancel.isCancelled()) {
            break;
        }
        QElapsedTimer timer;
        timer.start();
        CheckResult result = check->run(analysis.facts, cancel);
        result.duration = std::chrono::microseconds(timer.nsecsElapsed() / 1000);
        analysis.steps.at(size_t(check->step() - 1)) = std::move(result);
    }

    bool anyUnknown = analysis.facts.joinType == JoinType::Unknown;
    for (const CheckResult &r : analysis.steps) {
        if (r.status == StepStatus::Failed && analysis.firstFailingStep == 0) {
            analysis.firstFailingStep = r.step;
        }
        anyUnknown =
            anyUnknown || r.status == StepStatus::Unknown || r.status == StepStatus::NotRun;
    }
    analysis.verdict = analysis.firstFailingStep != 0 ? Verdict::Problem
                       : anyUnknown                   ? Verdict::Unknown
                                                      : Verdict::Healthy;
    analysis.errorCodes = findErrorCodesIn(analysis.facts.document);
    return analysis;
}

AnalysisOutcome analyseBytes(const QByteArray &bytes, const QString &sourceName,
                             const CancelToken &cancel)
{
    AnalysisOutcome outcome;
    const DecodedText decoded = decodeText(bytes);
    if (decoded.problem) {
        outcome.problem = decoded.problem;
        return outcome;
    }
    ParseOutcome parsed = parseDsregStatus(decoded.text);
    if (parsed.problem) {
        outcome.problem = parsed.problem;
        return outcome;
    }
    Analysis analysis = analyseFacts(buildFacts(std::move(parsed.document), sourceName), cancel);
    analysis.encoding = encodingName(decoded.encoding);
    outcome.analysis = std::move(analysis);
    return outcome;
}

} // namespace jd
