#pragma once
// Edits of a real-looking dsregcmd output for tests that change one field at a time, and the
// codes a step result carries, for readable failure messages.

#include "steps/check_result.h"

#include <QString>
#include <string>

namespace jd::test {

// The output with one field's value replaced; the field must be there.
QString withField(QString text, const QString &field, const QString &value);
// The output with a line added after the first line that contains `after`.
QString withLineAfter(QString text, const QString &after, const QString &line);
// "S6-A S6-B": the headline's code, then the findings' codes.
std::string codesOf(const CheckResult &result);
// Whether the headline or one of the findings has this code.
bool hasCode(const CheckResult &result, const char *code);

} // namespace jd::test
