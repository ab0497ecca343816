#include "report/report_labels.h"
#include "report/report_renderers.h"
#include "steps/step_check.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jd {

namespace {

QJsonArray evidenceArray(const EvidenceList &list)
{
    QJsonArray array;
    for (const Evidence &e : list) {
        QJsonObject o{{QStringLiteral("field"), e.field}, {QStringLiteral("value"), e.value}};
        if (!e.section.isEmpty()) {
            o.insert(QStringLiteral("section"), e.section);
        }
        if (e.line > 0) {
            o.insert(QStringLiteral("line"), e.line);
        }
        array.append(o);
    }
    return array;
}

QJsonArray textArray(const QList<TrText> &texts, const Language &lang)
{
    QJsonArray array;
    for (const TrText &t : texts) {
        array.append(lang.tr(t));
    }
    return array;
}

QJsonObject findingJson(const QString &code, StepStatus status, const TrText &summary,
                        const TrText &explanation, const QList<TrText> &details,
                        const QList<TrText> &nextSteps, const EvidenceList &evidence,
                        const QStringList &errorCodes, const Language &lang)
{
    return QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("status"), statusId(status)},
        {QStringLiteral("summary"), lang.tr(summary)},
        {QStringLiteral("explanation"), lang.tr(explanation)},
        {QStringLiteral("details"), textArray(details, lang)},
        {QStringLiteral("nextSteps"), textArray(nextSteps, lang)},
        {QStringLiteral("evidence"), evidenceArray(evidence)},
        {QStringLiteral("errorCodes"), QJsonArray::fromStringList(errorCodes)},
    };
}

} // namespace

QJsonObject stepJsonObject(const CheckResult &c, const Language &lang)
{
    // Every finding of the step, the headline first (the same as the step's own fields).
    QJsonArray findings{findingJson(c.code, c.status, c.summary, c.explanation, c.details,
                                    c.nextSteps, c.evidence, c.errorCodes, lang)};
    for (const Finding &f : c.findings) {
        findings.append(findingJson(f.code, f.status, f.summary, f.explanation, f.details,
                                    f.nextSteps, f.evidence, f.errorCodes, lang));
    }
    return QJsonObject{
        {QStringLiteral("findings"), findings},
        {QStringLiteral("step"), c.step},
        {QStringLiteral("title"), lang.tr(stepInfo(c.step).title)},
        {QStringLiteral("status"), statusId(c.status)},
        {QStringLiteral("code"), c.code},
        {QStringLiteral("summary"), lang.tr(c.summary)},
        {QStringLiteral("explanation"), lang.tr(c.explanation)},
        {QStringLiteral("details"), textArray(c.details, lang)},
        {QStringLiteral("nextSteps"), textArray(c.nextSteps, lang)},
        {QStringLiteral("evidence"), evidenceArray(c.evidence)},
        {QStringLiteral("errorCodes"), QJsonArray::fromStringList(c.errorCodes)},
    };
}

QByteArray renderJsonReport(const Analysis &a, const Language &lang)
{
    QJsonArray steps;
    for (const CheckResult &c : a.steps) {
        steps.append(stepJsonObject(c, lang));
    }
    QJsonArray codes;
    for (const FoundErrorCode &f : a.errorCodes) {
        QJsonObject o{{QStringLiteral("hex"), f.id},
                      {QStringLiteral("known"), f.info != nullptr},
                      {QStringLiteral("foundIn"), evidenceArray(f.foundIn)}};
        if (f.info) {
            o.insert(QStringLiteral("name"), QString::fromLatin1(f.info->name));
            o.insert(QStringLiteral("meaning"), lang.tr(f.info->cause));
            o.insert(QStringLiteral("fix"), lang.tr(f.info->fix));
            o.insert(QStringLiteral("step"), f.info->step);
            o.insert(QStringLiteral("phase"), QString::fromLatin1(f.info->phase));
        } else {
            o.insert(QStringLiteral("name"), QString());
            o.insert(QStringLiteral("meaning"), QString());
        }
        codes.append(o);
    }
    QJsonArray openSteps;
    for (const int step : a.openSteps) {
        openSteps.append(step);
    }
    const QJsonObject input{
        {QStringLiteral("missingSections"), QJsonArray::fromStringList(a.missingSections)},
        {QStringLiteral("openSteps"), openSteps},
        {QStringLiteral("debugTraceLines"), int(a.facts.document.traceLines.size())},
        {QStringLiteral("note"), inputCoverageText(a, lang)},
    };
    QJsonObject root{
        {QStringLiteral("joinType"), joinTypeId(a.facts.joinType)},
        {QStringLiteral("prt"), prtStateId(a.facts.prt)},
        {QStringLiteral("firstFailingStep"),
         a.firstFailingStep ? QJsonValue(a.firstFailingStep) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("verdict"), verdictId(a.verdict)},
        {QStringLiteral("headline"), verdictHeadline(a, lang)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("errorCodes"), codes},
        {QStringLiteral("input"), input},
        {QStringLiteral("captureTrust"), captureTrustJson(a.trust, lang)},
        {QStringLiteral("device"), deviceLabel(a.facts)},
        {QStringLiteral("source"), a.facts.sourceName},
        {QStringLiteral("encoding"), a.encoding},
        {QStringLiteral("analysedAt"), a.analysedAt.toString(Qt::ISODate)},
        {QStringLiteral("language"), lang.isoCode()},
        {QStringLiteral("joinDoctorVersion"), joinDoctorVersion()},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace jd
