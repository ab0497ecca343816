#include "fleet/fleet_report.h"

#include "report/report_labels.h"
#include "steps/step_check.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jd {

QByteArray renderFleetJson(const FleetReport &report, const Language &lang)
{
    QJsonArray devices;
    for (const FleetRow &row : report.rows) {
        QJsonArray status;
        QJsonArray codes;
        for (size_t i = 0; i < 6; ++i) {
            status.append(statusId(row.status.at(i)));
            codes.append(row.codes.at(i));
        }
        devices.append(QJsonObject{
            {QStringLiteral("device"), row.device},
            {QStringLiteral("joinType"), joinTypeId(row.joinType)},
            {QStringLiteral("verdict"), verdictId(row.verdict)},
            {QStringLiteral("firstFailingStep"),
             row.firstFailingStep > 0 ? QJsonValue(row.firstFailingStep) : QJsonValue()},
            {QStringLiteral("code"), row.code().isEmpty() ? QJsonValue() : QJsonValue(row.code())},
            {QStringLiteral("status"), status},
            {QStringLiteral("codes"), codes},
            {QStringLiteral("takenAt"), row.dataTime.isValid()
                                            ? QJsonValue(row.dataTime.toUTC().toString(Qt::ISODate))
                                            : QJsonValue()},
            {QStringLiteral("takenAtFromFile"), row.dataTimeFromFile},
            {QStringLiteral("source"), row.source},
        });
    }
    QJsonArray steps;
    for (int step = 1; step <= 6; ++step) {
        const FleetStepCounts &c = report.steps.at(size_t(step - 1));
        steps.append(QJsonObject{{QStringLiteral("step"), step},
                                 {QStringLiteral("title"), lang.tr(stepInfo(step).title)},
                                 {QStringLiteral("failed"), c.failed},
                                 {QStringLiteral("warning"), c.warning},
                                 {QStringLiteral("passed"), c.passed},
                                 {QStringLiteral("unknown"), c.unknown}});
    }
    QJsonArray codes;
    for (const FleetCodeCount &code : report.topCodes) {
        QJsonObject o{{QStringLiteral("code"), code.code},
                      {QStringLiteral("step"), code.step},
                      {QStringLiteral("status"), statusId(code.status)},
                      {QStringLiteral("devices"), code.devices}};
        if (const ResultCodeDef *def = fleetCodeDefinition(code.code)) {
            o.insert(QStringLiteral("summary"), lang.tr(def->summary));
            o.insert(QStringLiteral("fix"),
                     def->nextSteps.isEmpty() ? QString() : lang.tr(def->nextSteps.first()));
        }
        codes.append(o);
    }
    QJsonArray problems;
    for (const FleetProblem &p : report.problems) {
        problems.append(QJsonObject{{QStringLiteral("source"), p.source},
                                    {QStringLiteral("reason"), lang.tr(p.reason)}});
    }
    QJsonObject verdicts;
    for (const auto &[verdict, count] : fleetVerdictCounts(report)) {
        verdicts.insert(verdictId(verdict), count);
    }
    const QJsonObject root{
        {QStringLiteral("path"), report.path},
        {QStringLiteral("createdAt"), report.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("redacted"), report.redacted},
        {QStringLiteral("inputs"), report.inputCount},
        {QStringLiteral("verdicts"), verdicts},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("topCodes"), codes},
        {QStringLiteral("devices"), devices},
        {QStringLiteral("notJudged"), problems},
        {QStringLiteral("language"), lang.isoCode()},
        {QStringLiteral("joinDoctorVersion"), joinDoctorVersion()},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace jd
