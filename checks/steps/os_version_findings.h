#pragma once
// Windows' version against what the join and the sign-in need, when the input says which
// Windows it came from (a capture's device description): step 5 for the join itself (Windows 10
// or later; version 1803 for the fallback to sync join), step 6 for Windows Hello for Business
// cloud Kerberos trust (Windows 10 21H2 or Windows 11 with the update of February 2022).

#include "facts/facts.h"
#include "steps/check_result.h"

namespace jd {

inline constexpr int kBuildWindows10v1803 = 17134;
inline constexpr int kBuildWindows10v21H2 = 19044;

QList<CheckResult> joinOsFindings(const Facts &facts);
QList<CheckResult> cloudKerberosOsFindings(const Facts &facts);
QList<const ResultCodeDef *> joinOsCodes();
QList<const ResultCodeDef *> cloudKerberosOsCodes();

} // namespace jd
