#pragma once
// An Intune Remediations export (CSV): one record per device, whose detection output column
// holds the line docs/intune/Detect-HybridJoin.ps1 prints, a compact JSON object:
//   {"jd":1,"device":"PC-0042","joinType":"hybrid","verdict":"problem","firstFailingStep":3,
//    "code":"S3-…","status":["passed",…],"codes":["S1-…",…],"takenAt":"…","version":"…"}
// or {"jd":1,"device":"…","error":"…"} when the script could not judge. The earlier script's
// text lines ("S3-…: headline", "OK (healthy, join type hybrid)") are read too, for devices
// that have not run the new script yet.

#include "fleet/fleet_model.h"

#include <QByteArray>

namespace jd {

// An export is at most this large (about 100,000 devices).
inline constexpr qint64 kMaxIntuneExportBytes = 64 * 1024 * 1024;

struct IntuneExport
{
    QList<FleetRow> rows;
    QList<FleetProblem> problems;
    int records = 0; // data records read
};

// The text has a header with a device name column and a detection output column.
bool looksLikeIntuneExport(const QString &text);
// `sourceName` names the rows' source ("export.csv:12").
IntuneExport readIntuneExport(const QString &text, const QString &sourceName);

// One detection output cell, as a row; false with the reason when it holds no result.
bool readDetectionOutput(const QString &output, FleetRow *row, TrText *reason);

// RFC 4180 records: quoted fields may hold the separator, quotes ("") and line breaks.
QList<QStringList> readCsvRecords(const QString &text, QChar separator);

} // namespace jd
