#include "fleet/fleet_report.h"

#include "steps/result_codes.h"

#include <QHash>

namespace jd {

const ResultCodeDef *fleetCodeDefinition(const QString &code)
{
    static const QHash<QString, const ResultCodeDef *> byCode = [] {
        QHash<QString, const ResultCodeDef *> all;
        for (const ResultCodeDef *def : allResultCodes()) {
            all.insert(QString::fromLatin1(def->code), def);
        }
        return all;
    }();
    return byCode.value(code);
}

QString fleetTimeText(const FleetRow &row, const Language &language)
{
    if (!row.dataTime.isValid()) {
        return language.tr(fleetText(QT_TRANSLATE_NOOP("Fleet", "unknown")));
    }
    return row.dataTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

QList<QPair<Verdict, int>> fleetVerdictCounts(const FleetReport &report)
{
    QList<QPair<Verdict, int>> counts = {{Verdict::Problem, 0},
                                         {Verdict::OutOfScope, 0},
                                         {Verdict::Unknown, 0},
                                         {Verdict::Healthy, 0}};
    for (const FleetRow &row : report.rows) {
        for (auto &count : counts) {
            if (count.first == row.verdict) {
                ++count.second;
            }
        }
    }
    return counts;
}

} // namespace jd
