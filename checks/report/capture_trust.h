#pragma once
// How far to trust the input: who ran dsregcmd, in a remote session or not, and how old the
// output was at the analysis, each with what it means for the verdicts. Only the output's own
// time (Client Time) or the time a capture recorded is compared with the time of analysis; a
// saved output without either has an unknown age, and the report says so.

#include "core/language.h"
#include "core/tr_text.h"
#include "facts/capture_runner.h"
#include "facts/facts.h"

#include <optional>
#include <QDateTime>
#include <QJsonObject>

namespace jd {

struct CaptureTrust
{
    CaptureRunner runner = CaptureRunner::Unknown;
    Tri remoteSession = Tri::Unknown; // from SessionIsNotRemote
    QDateTime takenAt;                // invalid when unknown
    bool takenAtFromCapture = false;  // the capture's own time rather than Client Time
    std::optional<qint64> ageSeconds; // takenAt to the analysis, when both are known
    bool ageApplies = true;           // false for the built-in demos
    QList<TrText> limitations;        // what each limitation means for the verdicts
};

CaptureTrust captureTrustOf(const Facts &facts, const QDateTime &analysedAt);

// "Taken as SYSTEM, in a remote session, 3 days before the analysis."
QString captureTrustLine(const CaptureTrust &trust, const Language &language);
// The line and every limitation, one per line.
QString captureTrustText(const CaptureTrust &trust, const Language &language);
QJsonObject captureTrustJson(const CaptureTrust &trust, const Language &language);

} // namespace jd
