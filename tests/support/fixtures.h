#pragma once
// Access to the hand-written dsregcmd outputs in tests/fixtures.

#include "qt_printers.h"
#include "report/analysis.h"

#include <QByteArray>
#include <QString>

namespace jd::test {

QByteArray fixtureBytes(const QString &name);
QString fixturePath(const QString &name);
// Decodes, parses and analyses a fixture; fails the test if the input is refused.
Analysis analyseFixture(const QString &name);
Analysis analyseText(const QString &text);

} // namespace jd::test
