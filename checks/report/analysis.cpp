#include "report/analysis.h"

#include "facts/event_records.h"
#include "steps/error_catalogue.h"

#include <algorithm>

#include "facts/fact_source.h"
#include "steps/step_check.h"

#include <QElapsedTimer>

namespace jd {

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Healthy:
        return QStringLiteral("healthy");
    case Verdict::Problem:
        return QStringLiteral("problem");
    case Verdict::OutOfScope:
        return QStringLiteral("outOfScope");
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
        QStringList codes = findErrorCodes(field->rawValue);
        codes += findAadstsCodes(field->rawValue);
        codes += findMsisCodes(field->rawValue);
        if (field->key == u"deviceauthstatus" &&
            field->value.startsWith(QStringLiteral("FAILED"), Qt::CaseInsensitive)) {
            const QString id = QStringLiteral("DeviceAuthStatus: ") + field->value;
            if (lookupErrorCode(id)) {
                codes.append(id);
            }
        }
        if (codes.isEmpty()) {
            continue; // most fields: no evidence to make
        }
        const Evidence where = evidenceOf(*field);
        for (const QString &code : std::as_const(codes)) {
            note(code, where);
        }
    }
    // A /debug trace is dsregcmd's own text: every code in it counts.
    for (const DsregTraceLine &line : document.traceLines) {
        const Evidence where{line.function, line.text, QStringLiteral("dsregcmd /debug"),
                             line.line};
        for (const QString &code : line.codes) {
            note(code, where);
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

QList<StepChange> compareAnalyses(const Analysis &before, const Analysis &after)
{
    QList<StepChange> changes;
    for (size_t i = 0; i < before.steps.size(); ++i) {
        const CheckResult &b = before.steps.at(i);
        const CheckResult &a = after.steps.at(i);
        if (b.code != a.code || b.status != a.status) {
            changes.append(StepChange{int(i) + 1, b.code, a.code, b.status, a.status});
        }
    }
    return changes;
}

// The recent events behind a step that did not pass: what Windows logged while it tried, with
// their codes decoded like those in dsregcmd's output. At most five per step, newest first.
void attachEventEvidence(Analysis &analysis)
{
    std::array<int, kStepCount> attached{};
    for (const EventLogFacts &log : analysis.facts.eventLogs) {
        for (const EventRecord &event : log.events) {
            const int step = stepOfEvent(event.channel, event.id);
            if (step == 0 || event.level > 3 || attached.at(size_t(step - 1)) >= 5) {
                continue;
            }
            CheckResult &result = analysis.steps.at(size_t(step - 1));
            if (result.status == StepStatus::Passed || result.status == StepStatus::NotApplicable) {
                continue;
            }
            ++attached.at(size_t(step - 1));
            const Evidence evidence = eventEvidence(event);
            result.evidence.append(evidence);
            for (const QString &code : event.codes) {
                if (!result.errorCodes.contains(code)) {
                    result.errorCodes.append(code);
                }
                auto found =
                    std::find_if(analysis.errorCodes.begin(), analysis.errorCodes.end(),
                                 [&code](const FoundErrorCode &f) { return f.id == code; });
                if (found == analysis.errorCodes.end()) {
                    analysis.errorCodes.append({code, lookupErrorCode(code), {evidence}});
                } else {
                    found->foundIn.append(evidence);
                }
            }
        }
    }
}

// The sections of a full output that are not in the input. Device and Tenant Details only exist
// on a joined device; the old one-block layout (Windows 10 1607) has none of the others.
QStringList missingSectionsOf(const Facts &facts)
{
    const DsregDocument &doc = facts.document;
    if (doc.legacyLayout || (doc.knownFieldCount == 0 && doc.traceLines.isEmpty())) {
        return {};
    }
    QStringList expected = {QStringLiteral("Device State")};
    if (facts.azureAdJoined != Tri::No) {
        expected << QStringLiteral("Device Details") << QStringLiteral("Tenant Details");
    }
    expected << QStringLiteral("User State") << QStringLiteral("SSO State")
             << QStringLiteral("Diagnostic Data");
    QStringList missing;
    for (const QString &title : expected) {
        if (!doc.section(title)) {
            missing.append(title);
        }
    }
    // Fields pasted without their headers still count for their section.
    static const QList<QPair<QString, QStringList>> markers = {
        {QStringLiteral("Device State"),
         {QStringLiteral("AzureAdJoined"), QStringLiteral("DomainJoined")}},
        {QStringLiteral("Device Details"),
         {QStringLiteral("DeviceId"), QStringLiteral("DeviceAuthStatus")}},
        {QStringLiteral("Tenant Details"),
         {QStringLiteral("TenantId"), QStringLiteral("TenantName")}},
        {QStringLiteral("User State"),
         {QStringLiteral("WorkplaceJoined"), QStringLiteral("NgcSet"),
          QStringLiteral("WamDefaultSet")}},
        {QStringLiteral("SSO State"),
         {QStringLiteral("AzureAdPrt"), QStringLiteral("Attempt Status"),
          QStringLiteral("EnterprisePrt")}},
        {QStringLiteral("Diagnostic Data"),
         {QStringLiteral("User Context"), QStringLiteral("Client Time"),
          QStringLiteral("AD Connectivity Test"), QStringLiteral("Previous Registration")}},
    };
    for (const auto &[title, keys] : markers) {
        for (const QString &key : keys) {
            if (missing.contains(title) && doc.find(key)) {
                missing.removeAll(title);
            }
        }
    }
    return missing;
}

void finaliseAnalysis(Analysis &analysis)
{
    analysis.missingSections = missingSectionsOf(analysis.facts);
    analysis.trust = captureTrustOf(analysis.facts, analysis.analysedAt);
    analysis.openSteps.clear();
    if (!analysis.missingSections.isEmpty()) {
        for (const CheckResult &r : analysis.steps) {
            if (r.status == StepStatus::Unknown) {
                analysis.openSteps.append(r.step);
            }
        }
    }
    analysis.firstFailingStep = 0;
    bool anyUnknown = analysis.facts.joinType == JoinType::Unknown;
    for (const CheckResult &r : analysis.steps) {
        if (r.status == StepStatus::Failed && analysis.firstFailingStep == 0) {
            analysis.firstFailingStep = r.step;
        }
        anyUnknown =
            anyUnknown || r.status == StepStatus::Unknown || r.status == StepStatus::NotRun;
    }
    const JoinType type = analysis.facts.joinType;
    const bool outOfScope = type == JoinType::Workgroup || type == JoinType::RegisteredOnly;
    analysis.verdict = analysis.firstFailingStep != 0 ? Verdict::Problem
                       : outOfScope                   ? Verdict::OutOfScope
                       : anyUnknown                   ? Verdict::Unknown
                                                      : Verdict::Healthy;
    analysis.errorCodes = findErrorCodesIn(analysis.facts.document);
    attachEventEvidence(analysis);
}

CheckResult runTimedCheck(const StepCheck &check, const Facts &facts, const CancelToken &cancel)
{
    QElapsedTimer timer;
    timer.start();
    CheckResult result = check.run(facts, cancel);
    result.duration = std::chrono::microseconds(timer.nsecsElapsed() / 1000);
    return result;
}

Analysis analyseFacts(Facts facts, const CancelToken &cancel)
{
    Analysis analysis;
    analysis.analysedAt = QDateTime::currentDateTimeUtc();
    analysis.facts = std::move(facts);
    for (const auto &check : makeStepChecks()) {
        if (cancel.isCancelled()) {
            break;
        }
        analysis.steps.at(size_t(check->step() - 1)) =
            runTimedCheck(*check, analysis.facts, cancel);
    }
    finaliseAnalysis(analysis);
    return analysis;
}

AnalysisOutcome analyseBytes(const QByteArray &bytes, const QString &sourceName,
                             const CancelToken &cancel)
{
    AnalysisOutcome outcome;
    LoadedFacts loaded = parseFacts(bytes, sourceName);
    if (!loaded.facts) {
        outcome.problem = loaded.problem;
        return outcome;
    }
    Analysis analysis = analyseFacts(*loaded.facts, cancel);
    analysis.encoding = loaded.encoding;
    outcome.analysis = std::move(analysis);
    return outcome;
}

} // namespace jd
