#include "fixtures.h"
#include "input/demo_captures.h"
#include "report/report_renderers.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace jd;

TEST(JsonReport, FollowsTheContract)
{
    const Analysis a = jd::test::analyseFixture(QStringLiteral("console_wrapped_80.txt"));
    const Language en(LanguageCode::English);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(renderJsonReport(a, en), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    EXPECT_EQ(root.value(QStringLiteral("joinType")).toString(), QStringLiteral("domainOnly"));
    EXPECT_EQ(root.value(QStringLiteral("prt")).toString(), QStringLiteral("missing"));
    EXPECT_EQ(root.value(QStringLiteral("firstFailingStep")).toInt(), 4);
    EXPECT_EQ(root.value(QStringLiteral("verdict")).toString(), QStringLiteral("problem"));
    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 6);
    for (int i = 0; i < 6; ++i) {
        const QJsonObject s = steps.at(i).toObject();
        EXPECT_EQ(s.value(QStringLiteral("step")).toInt(), i + 1);
        for (const char *key : {"status", "code", "summary", "explanation"}) {
            EXPECT_TRUE(s.value(QLatin1String(key)).isString()) << key;
            EXPECT_FALSE(s.value(QLatin1String(key)).toString().isEmpty()) << key;
        }
        EXPECT_TRUE(s.value(QStringLiteral("nextSteps")).isArray());
        EXPECT_TRUE(s.value(QStringLiteral("evidence")).isArray());
        for (const QJsonValue &e : s.value(QStringLiteral("evidence")).toArray()) {
            EXPECT_TRUE(e.toObject().value(QStringLiteral("field")).isString());
            EXPECT_TRUE(e.toObject().value(QStringLiteral("value")).isString());
        }
    }
    EXPECT_EQ(steps.at(3).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("S4-NOT-SYNCED"));
    const QJsonArray codes = root.value(QStringLiteral("errorCodes")).toArray();
    ASSERT_FALSE(codes.isEmpty());
    const QJsonObject first = codes.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("hex")).toString(), QStringLiteral("0x801c03f2"));
    EXPECT_EQ(first.value(QStringLiteral("name")).toString(),
              QStringLiteral("DSREG_E_DIRECTORY_FAILURE"));
    EXPECT_FALSE(first.value(QStringLiteral("meaning")).toString().isEmpty());
}

TEST(JsonReport, AFragmentSaysWhatItCannotShow)
{
    const Analysis a =
        jd::test::analyseText(QStringLiteral("DeviceAuthStatus : FAILED. Error: 0x80072ee7\n"
                                             "Attempt Status : 0xc000023c\n"
                                             "HTTP Error : 0x80072ee7\n"));
    const Language en(LanguageCode::English);
    const QJsonObject root = QJsonDocument::fromJson(renderJsonReport(a, en)).object();
    EXPECT_EQ(root.value(QStringLiteral("firstFailingStep")).toInt(), 2);
    EXPECT_EQ(root.value(QStringLiteral("steps"))
                  .toArray()
                  .at(1)
                  .toObject()
                  .value(QStringLiteral("code")),
              QStringLiteral("S2-PRT-DNS"));
    const QJsonObject input = root.value(QStringLiteral("input")).toObject();
    const QJsonArray missing = input.value(QStringLiteral("missingSections")).toArray();
    EXPECT_TRUE(missing.contains(QStringLiteral("Device State")));
    EXPECT_TRUE(missing.contains(QStringLiteral("Diagnostic Data")));
    EXPECT_FALSE(missing.contains(QStringLiteral("SSO State"))) << "its fields are there";
    EXPECT_FALSE(input.value(QStringLiteral("openSteps")).toArray().isEmpty());
    EXPECT_TRUE(input.value(QStringLiteral("note")).toString().contains(QStringLiteral("open")));

    const QString text = renderTextReport(a, en);
    EXPECT_TRUE(text.contains(QStringLiteral("This is part of an output: it has no Device State")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Steps left open by what is missing:")));
}

TEST(JsonReport, AWholeOutputHasNothingMissing)
{
    const Analysis a = jd::test::analyseFixture(QStringLiteral("win11_hybrid_healthy.txt"));
    EXPECT_TRUE(a.missingSections.isEmpty()) << a.missingSections.join(u',').toStdString();
    EXPECT_TRUE(a.openSteps.isEmpty());
}

TEST(JsonReport, NullFirstFailingStepWhenHealthy)
{
    const Analysis a = jd::test::analyseFixture(QStringLiteral("win11_hybrid_healthy.txt"));
    const QJsonObject root =
        QJsonDocument::fromJson(renderJsonReport(a, Language(LanguageCode::English))).object();
    EXPECT_TRUE(root.value(QStringLiteral("firstFailingStep")).isNull());
    EXPECT_EQ(root.value(QStringLiteral("verdict")).toString(), QStringLiteral("healthy"));
}

TEST(JsonReport, DanishTextsWithIdsUnchanged)
{
    const Analysis a = jd::test::analyseFixture(QStringLiteral("proxy_html_page.txt"));
    const QJsonObject da =
        QJsonDocument::fromJson(renderJsonReport(a, Language(LanguageCode::Danish))).object();
    const QJsonObject en =
        QJsonDocument::fromJson(renderJsonReport(a, Language(LanguageCode::English))).object();
    const QJsonObject daStep = da.value(QStringLiteral("steps")).toArray().at(1).toObject();
    const QJsonObject enStep = en.value(QStringLiteral("steps")).toArray().at(1).toObject();
    EXPECT_EQ(daStep.value(QStringLiteral("code")), enStep.value(QStringLiteral("code")));
    EXPECT_EQ(daStep.value(QStringLiteral("status")), enStep.value(QStringLiteral("status")));
    EXPECT_NE(daStep.value(QStringLiteral("summary")), enStep.value(QStringLiteral("summary")));
    EXPECT_EQ(da.value(QStringLiteral("language")).toString(), QStringLiteral("da"));
}

TEST(TextReport, HasHeaderStepsAndEvidence)
{
    const Analysis a = jd::test::analyseFixture(QStringLiteral("win11_hybrid_healthy.txt"));
    const QString en = renderTextReport(a, Language(LanguageCode::English));
    EXPECT_TRUE(en.contains(QStringLiteral("PC-KBH-0142.fabrikam.dk")));
    EXPECT_TRUE(en.contains(QStringLiteral("S6-OK")));
    EXPECT_TRUE(en.contains(QStringLiteral("AzureAdPrt : YES")));
    const QString da = renderTextReport(a, Language(LanguageCode::Danish));
    EXPECT_TRUE(da.contains(QStringLiteral("Trin 6")));
    EXPECT_TRUE(da.contains(QStringLiteral("S6-OK")));
}

TEST(HtmlReport, EscapesValuesFromTheInput)
{
    const QString text = QStringLiteral("AzureAdJoined : NO\nDomainJoined : YES\n"
                                        "Device Name : <script>alert(1)</script>\n");
    const Analysis a = jd::test::analyseText(text);
    const QString html = renderHtmlReport(a, Language(LanguageCode::English));
    EXPECT_FALSE(html.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;")));
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("lang=\"en\"")));
}

namespace {

// The healthy demo whose keys are outside the TPM and whose key test failed: step 6 has a
// failure as headline and a warning beside it.
Analysis withTwoStepSixFindings()
{
    QString text = QString::fromUtf8(*demoCaptureBytes(QStringLiteral("healthy")));
    text.replace(QStringLiteral("TpmProtected : YES"), QStringLiteral("TpmProtected : NO"));
    text.replace(QStringLiteral("KeySignTest : PASSED"), QStringLiteral("KeySignTest : FAILED"));
    return jd::test::analyseText(text);
}

} // namespace

TEST(JsonReport, ListsEveryFindingOfAStepHeadlineFirst)
{
    const Analysis a = withTwoStepSixFindings();
    const QJsonObject root =
        QJsonDocument::fromJson(renderJsonReport(a, Language(LanguageCode::Danish))).object();
    const QJsonObject step6 = root.value(u"steps").toArray().at(5).toObject();
    const QJsonArray findings = step6.value(u"findings").toArray();
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings.at(0).toObject().value(u"code").toString(), step6.value(u"code").toString());
    EXPECT_EQ(findings.at(0).toObject().value(u"code").toString(),
              QStringLiteral("S6-KEY-SIGN-TEST-FAILED"));
    const QJsonObject second = findings.at(1).toObject();
    EXPECT_EQ(second.value(u"code").toString(), QStringLiteral("S6-KEYS-NOT-IN-TPM"));
    EXPECT_EQ(second.value(u"status").toString(), QStringLiteral("warning"));
    EXPECT_TRUE(second.value(u"summary").toString().contains(u"sikkerhedschip"));
    EXPECT_FALSE(second.value(u"evidence").toArray().isEmpty());
    // A step with one finding has just its headline there.
    const QJsonObject step1 = root.value(u"steps").toArray().at(0).toObject();
    EXPECT_EQ(step1.value(u"findings").toArray().size(), 1);
}

TEST(TextReport, ShowsTheFurtherFindingsOfAStep)
{
    const Analysis a = withTwoStepSixFindings();
    const QString text = renderTextReport(a, Language(LanguageCode::English));
    EXPECT_TRUE(text.contains(u"Also found in this step:"));
    EXPECT_TRUE(text.contains(u"S6-KEY-SIGN-TEST-FAILED (+ S6-KEYS-NOT-IN-TPM)"));
    EXPECT_TRUE(text.contains(u"TpmProtected : NO"));
    const QString html = renderHtmlReport(a, Language(LanguageCode::Danish));
    EXPECT_TRUE(html.contains(u"Også fundet i dette trin:"));
    EXPECT_TRUE(html.contains(u"S6-KEYS-NOT-IN-TPM"));
}

TEST(TextReport, AFindingThatIsInformationIsANoteNotAnOk)
{
    QString text = QString::fromUtf8(*demoCaptureBytes(QStringLiteral("healthy")));
    text.replace(QRegularExpression(QStringLiteral("MdmUrl : [^\\r\\n]*")),
                 QStringLiteral("MdmUrl : https://enrollment.manage.microsoft.com/e"));
    const Analysis a = jd::test::analyseText(text);
    const QString report = renderTextReport(a, Language(LanguageCode::English));
    EXPECT_TRUE(report.contains(u"\u2139 Note  S6-MDM-NO-COMPLIANCE-URL")) << report.toStdString();
    const QString html = renderHtmlReport(a, Language(LanguageCode::Danish));
    EXPECT_TRUE(html.contains(u"<span class=\"status note\">\u2139 Bemærk</span>"));
}
