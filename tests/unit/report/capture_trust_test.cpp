// How far to trust the input: who ran dsregcmd, where, how old the output was, and what each
// limitation means; never an age from "now" for an output that does not say when it was taken.
#include "fixtures.h"
#include "input/demo_captures.h"
#include "report/capture_trust.h"
#include "report/report_renderers.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace jd;
using jd::test::analyseText;

namespace {

// The demo as a plain text with Unix line ends (the demos are stored as Windows writes them).
QString healthyDemo()
{
    return QString::fromUtf8(*demoCaptureBytes(QStringLiteral("healthy")))
        .remove(QLatin1Char('\r'));
}

QString withClientTime(QString text, const char *when)
{
    const QString anchor = QStringLiteral("AadRecoveryEnabled : NO\n");
    return text.replace(
        anchor,
        anchor +
            QStringLiteral("               Client Time : %1\n").arg(QString::fromLatin1(when)));
}

const QDateTime kAnalysedAt(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC);

} // namespace

TEST(CaptureTrust, AnOutputAsSystemSaysStepSixCannotBeJudged)
{
    const Analysis a = jd::test::analyseFixture(QStringLiteral("hybrid_run_as_system.txt"));
    EXPECT_EQ(a.trust.runner, CaptureRunner::System);
    const QString text = captureTrustText(a.trust, Language(LanguageCode::English));
    EXPECT_TRUE(text.contains(u"taken as SYSTEM")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"step 6 cannot be judged"));
}

TEST(CaptureTrust, AgeFromClientTimeInMinutesHoursOrDays)
{
    const Language en(LanguageCode::English);
    const Facts facts =
        analyseText(withClientTime(healthyDemo(), "2026-11-25 07:58:00.000 UTC")).facts;
    Facts notDemo = facts;
    notDemo.sourceName = QStringLiteral("pc-0142.txt");
    const CaptureTrust trust = captureTrustOf(notDemo, kAnalysedAt);
    ASSERT_TRUE(trust.ageSeconds.has_value());
    EXPECT_EQ(*trust.ageSeconds / 3600, 72);
    EXPECT_TRUE(captureTrustLine(trust, en).contains(u"3 days before the analysis"));
    EXPECT_TRUE(captureTrustText(trust, en).contains(u"more than a day old"));
    EXPECT_TRUE(
        captureTrustLine(
            captureTrustOf(notDemo, QDateTime(QDate(2026, 11, 25), QTime(13, 0), Qt::UTC)), en)
            .contains(u"5 h before"));
    EXPECT_TRUE(
        captureTrustLine(
            captureTrustOf(notDemo, QDateTime(QDate(2026, 11, 25), QTime(8, 10), Qt::UTC)), en)
            .contains(u"12 min before"));
}

TEST(CaptureTrust, NoClientTimeMeansAnUnknownAgeNeverNow)
{
    Facts facts = analyseText(healthyDemo()).facts;
    facts.sourceName = QStringLiteral("saved.txt");
    const CaptureTrust trust = captureTrustOf(facts, kAnalysedAt);
    EXPECT_FALSE(trust.takenAt.isValid());
    EXPECT_FALSE(trust.ageSeconds.has_value());
    const QString text = captureTrustText(trust, Language(LanguageCode::English));
    EXPECT_TRUE(text.contains(u"at an unknown time"));
    EXPECT_TRUE(text.contains(u"no Client Time"));
}

TEST(CaptureTrust, ACaptureTellsItsOwnTime)
{
    Facts facts = analyseText(healthyDemo()).facts;
    facts.sourceName = QStringLiteral("pc.jdcapture");
    facts.collectedAt = kAnalysedAt.addSecs(-30 * 60);
    const CaptureTrust trust = captureTrustOf(facts, kAnalysedAt);
    EXPECT_TRUE(trust.takenAtFromCapture);
    ASSERT_TRUE(trust.ageSeconds.has_value());
    EXPECT_EQ(*trust.ageSeconds, 30 * 60);
}

TEST(CaptureTrust, ARemoteSessionAndTheAccountAreNamed)
{
    QString text = healthyDemo();
    text.replace(QStringLiteral("SessionIsNotRemote : YES"),
                 QStringLiteral("SessionIsNotRemote : NO"));
    const Analysis a = analyseText(text);
    EXPECT_EQ(a.trust.remoteSession, Tri::Yes);
    EXPECT_EQ(a.trust.runner, CaptureRunner::ElevatedUser); // the key test ran
    const QString da = captureTrustText(a.trust, Language(LanguageCode::Danish));
    EXPECT_TRUE(da.contains(u"i en fjernsession")) << da.toStdString();
}

TEST(CaptureTrust, TheDemosHaveNoAge)
{
    const AnalysisOutcome demo =
        analyseBytes(*demoCaptureBytes(QStringLiteral("healthy")), QStringLiteral("demo: healthy"));
    ASSERT_TRUE(demo.analysis);
    EXPECT_FALSE(demo.analysis->trust.ageApplies);
    EXPECT_TRUE(captureTrustLine(demo.analysis->trust, Language(LanguageCode::English))
                    .contains(u"from a built-in demo"));
}

TEST(CaptureTrust, EveryReportCarriesIt)
{
    const Analysis a = jd::test::analyseFixture(QStringLiteral("hybrid_run_as_system.txt"));
    const Language en(LanguageCode::English);
    const QJsonObject trust =
        QJsonDocument::fromJson(renderJsonReport(a, en)).object().value(u"captureTrust").toObject();
    EXPECT_EQ(trust.value(u"runAs").toString(), QStringLiteral("system"));
    EXPECT_FALSE(trust.value(u"limitations").toArray().isEmpty());
    EXPECT_TRUE(trust.contains(u"ageMinutes"));
    EXPECT_TRUE(renderTextReport(a, en).contains(u"taken as SYSTEM"));
    EXPECT_TRUE(renderHtmlReport(a, en).contains(u"taken as SYSTEM"));
}
