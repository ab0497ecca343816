#pragma once
// Helpers shared by the step checks: evidence from the document, and which step the last
// recorded registration error belongs to.

#include "facts/facts.h"
#include "steps/check_result.h"

#include <initializer_list>

namespace jd {

// Evidence for whichever of these fields are present (searched in all sections).
EvidenceList fieldEvidence(const Facts &facts, std::initializer_list<const char *> keys);
EvidenceList joinStateEvidence(const Facts &facts);
// The value of the first field with this key (preferring these sections), or "" when absent.
QString fieldValue(const Facts &facts, const char *key,
                   std::initializer_list<const char *> sections = {});

// Hybrid join does not apply to cloud-only, registered-only and workgroup devices.
bool hybridStepsApply(JoinType type);
// One sentence on what the device is, for the not-applicable results.
TrText joinTypeDescription(JoinType type);
// A step that does not apply to this kind of device: the join state as evidence, and why.
CheckResult notApplicableResult(const ResultCodeDef &def, const Facts &facts);

// The step (1–6) the last recorded registration error points to, or 0 when none was recorded.
int stepOfLastRegistrationError(const Facts &facts);
// The codes of an "HTTP Error" field; a WinHTTP error by name or number as its HRESULT
// (ERROR_WINHTTP_TIMEOUT and 0x2ee2 both give 0x80072ee2).
QStringList httpErrorCodes(const QString &httpError);
// All error codes of the last registration error and of failed pre-join tests.
QStringList registrationErrorCodes(const Facts &facts);
// "The last registration attempt (time) failed in the X phase with code Y." plus the server's
// answer, as details for a result.
QList<TrText> lastRegistrationDetails(const Facts &facts);

// True when the last recorded attempt failed in a phase after this one ("pre-check", "discover",
// "auth", "join"), which shows that this phase itself worked at that attempt.
bool lastAttemptGotPast(const Facts &facts, const char *phase);

// Steps 1 and 3 without a directory read say so when they cannot pass: the plain reason a
// capture or a device off the company network leaves them open.
CheckResult withDirectoryNote(CheckResult result, const Facts &facts);

bool containsAny(const QStringList &codes, std::initializer_list<const char *> wanted);

} // namespace jd
