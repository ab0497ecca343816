// Every finding in a step, not only the first: the healthy demo edited one field at a time must
// change the judgement, and a step with several conditions lists them all.
#include "fixtures.h"
#include "input/demo_captures.h"
#include "output_edits.h"
#include "steps/step6_device_findings.h"

#include <gtest/gtest.h>
#include <QRegularExpression>

using namespace jd;
using jd::test::analyseText;
using jd::test::codesOf;
using jd::test::hasCode;
using jd::test::withField;
using jd::test::withLineAfter;

namespace {

QString healthyDemo()
{
    return QString::fromUtf8(*demoCaptureBytes(QStringLiteral("healthy")));
}

CheckResult result(int step, const char *code, StepStatus status)
{
    CheckResult r;
    r.step = step;
    r.code = QString::fromLatin1(code);
    r.status = status;
    return r;
}

} // namespace

TEST(WithFindings, AWorseConditionBecomesTheHeadlineAndAPassedOneGoes)
{
    const CheckResult r = withFindings(
        result(6, "S6-OK", StepStatus::Passed),
        {result(6, "S6-A", StepStatus::Warning), result(6, "S6-B", StepStatus::Failed)});
    EXPECT_EQ(r.code.toStdString(), "S6-B");
    ASSERT_EQ(r.findings.size(), 1);
    EXPECT_EQ(r.findings.at(0).code.toStdString(), "S6-A");
}

TEST(WithFindings, TheHeadlineStaysWhenItWeighsAsMuchAndRepeatsAreDropped)
{
    const CheckResult r = withFindings(
        result(6, "S6-NO-PRT", StepStatus::Failed),
        {result(6, "S6-A", StepStatus::Warning), result(6, "S6-NO-PRT", StepStatus::Failed),
         result(6, "S6-B", StepStatus::Failed), result(6, "S6-A", StepStatus::Warning)});
    EXPECT_EQ(r.code.toStdString(), "S6-NO-PRT");
    EXPECT_EQ(codesOf(r), "S6-NO-PRT S6-B S6-A");
}

TEST(WithFindings, AnUnknownHeadlineIsKeptBesideAFailure)
{
    const CheckResult r = withFindings(result(6, "S6-PRT-NOT-VISIBLE", StepStatus::Unknown),
                                       {result(6, "S6-X", StepStatus::Failed)});
    EXPECT_EQ(codesOf(r), "S6-X S6-PRT-NOT-VISIBLE");
}

TEST(StepFindings, TheHealthyDemoHasNone)
{
    const Analysis a = analyseText(healthyDemo());
    EXPECT_EQ(a.verdict, Verdict::Healthy);
    for (const CheckResult &c : a.steps) {
        EXPECT_TRUE(c.findings.isEmpty()) << c.code.toStdString();
    }
    EXPECT_EQ(a.step(6).code.toStdString(), "S6-OK");
}

struct OneEdit
{
    const char *name;
    const char *field;
    const char *value;
    const char *code;
    StepStatus status;
};

class HealthyDemoEdited : public ::testing::TestWithParam<OneEdit>
{
};

TEST_P(HealthyDemoEdited, ChangesStepSix)
{
    const OneEdit &e = GetParam();
    const Analysis a = analyseText(
        withField(healthyDemo(), QString::fromLatin1(e.field), QString::fromUtf8(e.value)));
    EXPECT_EQ(a.step(6).code.toStdString(), e.code);
    EXPECT_EQ(a.step(6).status, e.status);
    EXPECT_FALSE(a.step(6).evidence.isEmpty());
}

// The demo's newest past time is AzureAdPrtUpdateTime (2026-11-25 07:58 UTC), so a certificate
// valid until 2026-12-05 ends ten days after the output was taken at the earliest.
INSTANTIATE_TEST_SUITE_P(
    OneFieldAtATime, HealthyDemoEdited,
    ::testing::Values(
        OneEdit{"KeysInSoftware", "TpmProtected", "NO", "S6-KEYS-NOT-IN-TPM", StepStatus::Warning},
        OneEdit{"SoftwareProvider", "KeyProvider", "Microsoft Software Key Storage Provider",
                "S6-KEYS-NOT-IN-TPM", StepStatus::Warning},
        OneEdit{"CertificateEndsInTenDays", "DeviceCertificateValidity",
                "[ 2025-12-05 08:14:11.000 UTC -- 2026-12-05 08:44:11.000 UTC ]",
                "S6-DEVICE-CERT-EXPIRING", StepStatus::Warning},
        OneEdit{"CertificateExpired", "DeviceCertificateValidity",
                "[ 2016-03-02 08:14:11.000 UTC -- 2026-03-02 08:44:11.000 UTC ]",
                "S6-DEVICE-CERT-EXPIRED", StepStatus::Failed},
        OneEdit{"WamNo", "WamDefaultSet", "NO", "S6-WAM-NOT-DEFAULT", StepStatus::Warning},
        OneEdit{"KeySignTestFailed", "KeySignTest", "FAILED", "S6-KEY-SIGN-TEST-FAILED",
                StepStatus::Failed},
        OneEdit{"BuiltInAdministrator", "Executing Account Name",
                "PC-KBH-0142\\Administrator, Administrator", "S6-BUILT-IN-ADMINISTRATOR",
                StepStatus::Warning},
        // On a hybrid device a failed authentication test is step 2's; the TPM code in it is
        // step 6's.
        OneEdit{"DeviceAuthTpmError", "DeviceAuthStatus", "FAILED. ERROR (0x80090016)",
                "S6-TPM-ERROR", StepStatus::Failed}),
    [](const ::testing::TestParamInfo<OneEdit> &info) { return std::string(info.param.name); });

TEST(StepFindings, ACloudJoinedDeviceWhoseAuthenticationFailedIsNotHealthy)
{
    const QString cloud = withField(
        withField(withField(healthyDemo(), QStringLiteral("DomainJoined"), QStringLiteral("NO")),
                  QStringLiteral("DomainName"), QString()),
        QStringLiteral("DeviceAuthStatus"), QStringLiteral("FAILED. ERROR"));
    const Analysis a = analyseText(cloud);
    EXPECT_EQ(a.facts.joinType, JoinType::AzureAdJoined);
    EXPECT_EQ(a.step(6).code.toStdString(), "S6-DEVICE-AUTH-FAILED");
    EXPECT_EQ(a.verdict, Verdict::Problem);
}

TEST(StepFindings, SeveralConditionsInOneStepAreAllListed)
{
    QString text = withField(healthyDemo(), QStringLiteral("TpmProtected"), QStringLiteral("NO"));
    text = withField(text, QStringLiteral("WamDefaultSet"), QStringLiteral("NO"));
    text = withField(text, QStringLiteral("KeySignTest"), QStringLiteral("FAILED"));
    const CheckResult s6 = analyseText(text).step(6);
    EXPECT_EQ(s6.code.toStdString(),
              "S6-KEY-SIGN-TEST-FAILED"); // the failure heads, the warnings follow
    EXPECT_EQ(codesOf(s6), "S6-KEY-SIGN-TEST-FAILED S6-KEYS-NOT-IN-TPM S6-WAM-NOT-DEFAULT");
    for (const Finding &f : s6.findings) {
        EXPECT_FALSE(f.evidence.isEmpty()) << f.code.toStdString();
        EXPECT_FALSE(f.summary.isEmpty());
    }
}

TEST(StepFindings, ATpmErrorAnywhereInTheOutputIsFound)
{
    const QString text = withLineAfter(
        healthyDemo(), QStringLiteral("EnterprisePrt : NO"),
        QStringLiteral("        Attempt Status : 0x80280036\n           HTTP Error : 0x0"));
    const CheckResult s6 = analyseText(text).step(6);
    ASSERT_TRUE(hasCode(s6, "S6-TPM-ERROR")) << codesOf(s6);
    const Finding *tpm = nullptr;
    for (const Finding &f : s6.findings) {
        tpm = f.code == u"S6-TPM-ERROR" ? &f : tpm;
    }
    const QStringList codes = tpm ? tpm->errorCodes : s6.errorCodes;
    EXPECT_TRUE(codes.contains(u"0x80280036"));
}

TEST(StepFindings, APrtPastItsExpiryAtClientTimeFails)
{
    const QString text = withLineAfter(healthyDemo(), QStringLiteral("AadRecoveryEnabled"),
                                       QStringLiteral("               Client Time : "
                                                      "2026-12-09 09:00:00.000 UTC"));
    const CheckResult s6 = analyseText(text).step(6);
    EXPECT_EQ(s6.code.toStdString(), "S6-PRT-EXPIRED");
    EXPECT_TRUE(hasCode(s6, "S6-PRT-STALE")); // and it had not been renewed for days
}

TEST(StepFindings, APrtCloseToItsExpiryWarns)
{
    const QString text = withLineAfter(healthyDemo(), QStringLiteral("AadRecoveryEnabled"),
                                       QStringLiteral("               Client Time : "
                                                      "2026-12-08 20:00:00.000 UTC"));
    EXPECT_TRUE(hasCode(analyseText(text).step(6), "S6-PRT-EXPIRING"));
}

TEST(StepFindings, HelloPrerequisitesAreExplainedOneByOneWhenThePolicyAsks)
{
    QString text = withField(healthyDemo(), QStringLiteral("PolicyEnabled"), QStringLiteral("YES"));
    text = withField(text, QStringLiteral("DeviceEligible"), QStringLiteral("NO"));
    text = withField(text, QStringLiteral("SessionIsNotRemote"), QStringLiteral("NO"));
    const CheckResult s6 = analyseText(text).step(6);
    ASSERT_EQ(s6.code.toStdString(), "S6-WHFB-WILL-NOT-PROVISION");
    ASSERT_EQ(s6.details.size(), 2);
    EXPECT_TRUE(QString::fromLatin1(s6.details.at(0).source).startsWith(u"DeviceEligible"));
    EXPECT_TRUE(QString::fromLatin1(s6.details.at(1).source).startsWith(u"SessionIsNotRemote"));
}

TEST(StepFindings, HelloNotAskedForByPolicyIsNoFinding)
{
    // The healthy demo says WillNotProvision with PolicyEnabled NO: Hello is simply not used.
    EXPECT_EQ(analyseText(healthyDemo()).step(6).code.toStdString(), "S6-OK");
}

TEST(StepFindings, AWamErrorSeenByTheUserIsJudged)
{
    // Not elevated: the key test asks for elevation, so the error is the user's own.
    QString text = withField(healthyDemo(), QStringLiteral("WamDefaultSet"),
                             QStringLiteral("ERROR (0xd0020017)"));
    text = withField(text, QStringLiteral("KeySignTest"),
                     QStringLiteral("MUST Run elevated to test."));
    const Analysis a = analyseText(text);
    EXPECT_EQ(a.step(6).code.toStdString(), "S6-WAM-NOT-DEFAULT");
    EXPECT_EQ(a.trust.runner, CaptureRunner::User);
}

TEST(StepFindings, WamStateTakenElevatedIsNotJudged)
{
    QString text = withField(healthyDemo(), QStringLiteral("WamDefaultSet"),
                             QStringLiteral("ERROR (0xd0020017)"));
    text = withLineAfter(text, QStringLiteral("AadRecoveryEnabled"),
                         QStringLiteral("              User Context : ELEVATED User"));
    EXPECT_FALSE(hasCode(analyseText(text).step(6), "S6-WAM-NOT-DEFAULT"));
}

TEST(StepFindings, ARenamedBuiltInAdministratorIsFoundByItsSid)
{
    const QString text =
        withLineAfter(healthyDemo(), QStringLiteral("Executing Account Name"),
                      QStringLiteral("                  User SID : "
                                     "S-1-5-21-1004336348-1177238915-682003330-500"));
    EXPECT_EQ(analyseText(text).step(6).code.toStdString(), "S6-BUILT-IN-ADMINISTRATOR");
}

TEST(StepFindings, StepOneIsNotOkWhenWindowsOwnDiscoveryTestsFailed)
{
    // Domain joined, not hybrid, a tenant ID left from a work account: both tests failed.
    QString text = withField(healthyDemo(), QStringLiteral("AzureAdJoined"), QStringLiteral("NO"));
    text =
        withLineAfter(text, QStringLiteral("AadRecoveryEnabled"),
                      QStringLiteral("      AD Configuration Test : FAIL [0x80070002]\n"
                                     "        DRS Discovery Test : FAIL [0x801c0021/0x80072ee2]"));
    const Analysis a = analyseText(text);
    ASSERT_EQ(a.facts.joinType, JoinType::DomainOnly);
    EXPECT_EQ(a.step(1).code.toStdString(), "S1-SCP-TESTS-FAILED");
    EXPECT_EQ(a.step(1).status, StepStatus::Failed);
}

TEST(StepFindings, ADiscoveryTestAloneWarnsInStepOneAndLeavesTheCauseToStepTwo)
{
    QString text = withField(healthyDemo(), QStringLiteral("AzureAdJoined"), QStringLiteral("NO"));
    text =
        withLineAfter(text, QStringLiteral("AadRecoveryEnabled"),
                      QStringLiteral("      AD Configuration Test : PASS\n"
                                     "        DRS Discovery Test : FAIL [0x801c0021/0x80072ee2]"));
    const Analysis a = analyseText(text);
    EXPECT_EQ(a.step(1).status, StepStatus::Warning);
    EXPECT_EQ(a.step(1).code.toStdString(), "S1-DRS-DISCOVERY-TEST-FAILED");
    EXPECT_NE(a.firstFailingStep, 1);
}

TEST(OutputTime, ClientTimeOrTheNewestPastTimeStamp)
{
    const Analysis a = analyseText(healthyDemo());
    EXPECT_EQ(outputTimeLowerBound(a.facts),
              QDateTime(QDate(2026, 11, 25), QTime(7, 58, 12), Qt::UTC));
    EXPECT_EQ(certificateValidUntil(
                  QStringLiteral("[ 2026-03-02 08:14:11.000 UTC -- 2036-03-02 08:44:11.000 UTC ]")),
              QDateTime(QDate(2036, 3, 2), QTime(8, 44, 11), Qt::UTC));
    EXPECT_FALSE(certificateValidUntil(QStringLiteral("[ garbage ]")).has_value());
}
