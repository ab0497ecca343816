#include "fixtures.h"

#include <gtest/gtest.h>
#include <QFile>

namespace jd::test {

QString fixturePath(const QString &name)
{
    return QStringLiteral(JD_FIXTURE_DIR "/") + name;
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(fixturePath(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

Analysis analyseFixture(const QString &name)
{
    AnalysisOutcome outcome = analyseBytes(fixtureBytes(name), name);
    EXPECT_TRUE(outcome.analysis.has_value()) << name.toStdString();
    return outcome.analysis ? *outcome.analysis : Analysis{};
}

Analysis analyseText(const QString &text)
{
    AnalysisOutcome outcome = analyseBytes(text.toUtf8(), QStringLiteral("test"));
    EXPECT_TRUE(outcome.analysis.has_value());
    return outcome.analysis ? *outcome.analysis : Analysis{};
}

} // namespace jd::test
