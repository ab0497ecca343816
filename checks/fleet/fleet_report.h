#pragma once
// The fleet report in every form: text for the terminal (the counts, the top codes, what could not
// be judged), CSV for Excel (the language's separator, UTF-8 with a byte order mark), JSON for
// scripts (ids, not words) and one self-contained HTML file (a bar chart per step, the top codes
// with their fix, a sortable and filterable device table; no network).

#include "core/language.h"
#include "fleet/fleet_model.h"

#include <QByteArray>
#include <QString>

namespace jd {

QString renderFleetText(const FleetReport &report, const Language &language);
QByteArray renderFleetCsv(const FleetReport &report, const Language &language);
QByteArray renderFleetJson(const FleetReport &report, const Language &language);
QString renderFleetHtml(const FleetReport &report, const Language &language);

// The catalogue's texts for a result code; null for a code this version does not know.
const ResultCodeDef *fleetCodeDefinition(const QString &code);
// "2026-12-07 09:12 UTC", or the language's "unknown".
QString fleetTimeText(const FleetRow &row, const Language &language);
// How many devices have each verdict, in the order Problem, OutOfScope, Unknown, Healthy.
QList<QPair<Verdict, int>> fleetVerdictCounts(const FleetReport &report);

} // namespace jd
