#pragma once
// Step 6's further findings on the device's own health, judged beside the headline: the device
// certificate's validity, keys outside the TPM, TPM errors anywhere in the output, the key
// signing test, the Web Account Manager default, Windows Hello for Business prerequisites, the
// built-in Administrator, device authentication on every join type and the PRT's age.

#include "facts/facts.h"
#include "steps/check_result.h"

#include <optional>
#include <QDateTime>

namespace jd {

QList<CheckResult> deviceHealthFindings(const Facts &facts);
QList<const ResultCodeDef *> deviceHealthCodes();

// The time the output was taken, or at least a time it was taken after: Client Time when
// printed, else the newest time stamp in the output that lies in the past when written (update
// and attempt times, not expiry times). Invalid when the output has none.
QDateTime outputTimeLowerBound(const Facts &facts);

// "[ 2026-03-02 08:14:11.000 UTC -- 2036-03-02 08:44:11.000 UTC ]": the end, when readable.
std::optional<QDateTime> certificateValidUntil(const QString &value);

// TPM and key-storage error codes written anywhere in the output, with where they were found.
struct TpmErrors
{
    QStringList codes;
    EvidenceList evidence;
};
TpmErrors tpmErrorsIn(const Facts &facts);

} // namespace jd
