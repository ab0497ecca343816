#pragma once
// Makes any Qt warning during a test a test failure: a warning is a bug we have not seen yet.

#include <QtGlobal>

namespace jd::test {

void failOnQtWarnings();

} // namespace jd::test
