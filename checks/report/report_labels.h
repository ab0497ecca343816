#pragma once
// Words and headlines shared by the text, JSON and HTML reports (and later the wizard).

#include "core/language.h"
#include "core/tr_text.h"
#include "report/analysis.h"

namespace jd {

TrText statusLabel(StepStatus status);   // "OK", "Warning", "Failed", …
QString statusSymbol(StepStatus status); // a symbol that goes with the word, never alone
// The same for a step's further finding: one that passed is a note for the technician.
TrText findingLabel(StepStatus status);
QString findingSymbol(StepStatus status);
TrText joinTypeLabel(JoinType type);
TrText prtLabel(PrtState state);
TrText verdictLabel(Verdict verdict);
// One sentence that sums up the whole analysis.
QString verdictHeadline(const Analysis &analysis, const Language &language);
// What a partial input cannot show: its missing sections and the steps they leave open, and a
// /debug trace when there is one; empty for a full output.
QString inputCoverageText(const Analysis &analysis, const Language &language);
// The same in one sentence, for the wizard's summary; empty for a full output.
QString inputCoverageLine(const Analysis &analysis, const Language &language);
// Device name for the report header: "Device Name", else the NetBIOS domain, else "?".
QString deviceLabel(const Facts &facts);
QString joinDoctorVersion();

} // namespace jd
