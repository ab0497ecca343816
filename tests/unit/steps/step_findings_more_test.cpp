// Findings from fields that were parsed but never judged (MDM URLs, Fallback to Sync-Join, the
// registration's HTTP Error), PRT failures by their own code, and live evidence (the clock
// against Microsoft's Date header, slow endpoints, an automatic proxy, Windows' version).
#include "facts/bundle_facts.h"
#include "fixtures.h"
#include "input/demo_captures.h"
#include "output_edits.h"

#include <gtest/gtest.h>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace jd;
using jd::test::analyseFixture;
using jd::test::analyseText;
using jd::test::codesOf;
using jd::test::hasCode;
using jd::test::withField;
using jd::test::withLineAfter;

namespace {

QString demo(const char *name)
{
    return QString::fromUtf8(*demoCaptureBytes(QString::fromLatin1(name)));
}

const Finding *findingOf(const CheckResult &r, const char *code)
{
    for (const Finding &f : r.findings) {
        if (f.code == QLatin1String(code)) {
            return &f;
        }
    }
    return nullptr;
}

Facts factsOf(const QString &text)
{
    const LoadedFacts loaded = parseFacts(text.toUtf8(), QStringLiteral("test"));
    EXPECT_TRUE(loaded.facts);
    return loaded.facts ? *loaded.facts : Facts{};
}

EndpointResult answered(const char *url, qint64 ms, const QDateTime &server, const QDateTime &local)
{
    EndpointResult r;
    r.kind = EndpointKind::Login;
    r.url = QUrl(QString::fromLatin1(url));
    r.cause = ProbeCause::Ok;
    r.httpStatus = 200;
    r.elapsedMs = ms;
    r.serverDate = server;
    r.localDate = local;
    r.done = true;
    return r;
}

// The healthy demo as a capture bundle whose device item says which Windows it came from.
Analysis analyseOnWindows(const QString &text, const QString &os, const QString &kernel)
{
    CaptureBundle bundle;
    bundle.set({QStringLiteral("dsregcmd-status"), true, {}, {}, text.toUtf8()});
    bundle.set({QStringLiteral("device"),
                true,
                {},
                {},
                QJsonDocument(QJsonObject{{QStringLiteral("computerName"), QStringLiteral("PC1")},
                                          {QStringLiteral("os"), os},
                                          {QStringLiteral("kernel"), kernel}})
                    .toJson()});
    const LoadedFacts loaded = factsFromBundle(bundle, QStringLiteral("test"));
    EXPECT_TRUE(loaded.facts);
    return analyseFacts(loaded.facts ? *loaded.facts : Facts{});
}

} // namespace

TEST(MdmFindings, AnEnrollmentUrlWithoutComplianceUrlIsInformationForTheTechnician)
{
    const QString text =
        withField(demo("healthy"), QStringLiteral("MdmUrl"),
                  QStringLiteral("https://enrollment.manage.microsoft.com/enrollmentserver/"
                                 "discovery.svc"));
    const Analysis a = analyseText(text);
    const Finding *f = findingOf(a.step(6), "S6-MDM-NO-COMPLIANCE-URL");
    ASSERT_TRUE(f) << codesOf(a.step(6));
    EXPECT_EQ(f->status, StepStatus::Passed);
    EXPECT_EQ(f->evidence.size(), 2);
    EXPECT_EQ(a.step(6).code.toStdString(), "S6-OK"); // information, not a problem
    EXPECT_EQ(a.verdict, Verdict::Healthy);
}

TEST(MdmFindings, AComplianceUrlWithoutEnrollmentUrlPointsToTheUserScope)
{
    const QString text =
        withField(demo("healthy"), QStringLiteral("MdmComplianceUrl"),
                  QStringLiteral("https://portal.manage.microsoft.com/?portalAction=Compliance"));
    EXPECT_TRUE(findingOf(analyseText(text).step(6), "S6-MDM-NO-ENROLLMENT-URL"));
}

TEST(MdmFindings, BothEmptyOrBothSetSayNothing)
{
    QString text = demo("healthy");
    const CheckResult empty = analyseText(text).step(6);
    EXPECT_TRUE(empty.findings.isEmpty()) << codesOf(empty);
    text = withField(text, QStringLiteral("MdmUrl"), QStringLiteral("https://a.example/e"));
    text =
        withField(text, QStringLiteral("MdmComplianceUrl"), QStringLiteral("https://a.example/c"));
    const CheckResult s6 = analyseText(text).step(6);
    EXPECT_TRUE(s6.findings.isEmpty()) << codesOf(s6);
}

TEST(JoinPathFindings, AFailingFederatedJoinWithoutFallbackIsNamed)
{
    const CheckResult s4 = analyseFixture(QStringLiteral("federated_auth_failed.txt")).step(4);
    ASSERT_TRUE(hasCode(s4, "S4-SYNC-JOIN-FALLBACK-OFF")) << codesOf(s4);
}

TEST(JoinPathFindings, AFailingFederatedJoinWithFallbackGoesTheSyncWay)
{
    const QString text = withField(
        QString::fromUtf8(jd::test::fixtureBytes(QStringLiteral("federated_auth_failed.txt"))),
        QStringLiteral("Fallback to Sync-Join"), QStringLiteral("ENABLED"));
    const CheckResult s4 = analyseText(text).step(4);
    const Finding *f = findingOf(s4, "S4-SYNC-JOIN-FALLBACK-USED");
    ASSERT_TRUE(f) << codesOf(s4);
    EXPECT_TRUE(f->errorCodes.contains(u"0xcaa90017"));
    EXPECT_FALSE(hasCode(s4, "S4-SYNC-JOIN-FALLBACK-OFF"));
}

TEST(JoinPathFindings, AFallbackTurnedOffIsInformationWhileNothingFails)
{
    const QString text = withField(demo("pending"), QStringLiteral("Fallback to Sync-Join"),
                                   QStringLiteral("DISABLED"));
    const Analysis a = analyseText(text);
    const Finding *f = findingOf(a.step(4), "S4-SYNC-JOIN-FALLBACK-DISABLED");
    ASSERT_TRUE(f) << codesOf(a.step(4));
    EXPECT_EQ(f->status, StepStatus::Passed);
    EXPECT_EQ(a.step(4).status, analyseText(demo("pending")).step(4).status);
}

struct PrtCase
{
    const char *name;
    const char *status;
    const char *description;
    const char *code;
};

class PrtAttemptCode : public ::testing::TestWithParam<PrtCase>
{
};

TEST_P(PrtAttemptCode, GetsItsOwnResult)
{
    const PrtCase &c = GetParam();
    QString text = withField(demo("joined-no-prt"), QStringLiteral("Attempt Status"),
                             QString::fromLatin1(c.status));
    text = withField(text, QStringLiteral("Server Error Description"),
                     QString::fromLatin1(c.description));
    const CheckResult s6 = analyseText(text).step(6);
    EXPECT_EQ(s6.code.toStdString(), c.code);
    EXPECT_EQ(s6.status, StepStatus::Failed);
}

INSTANTIATE_TEST_SUITE_P(
    MicrosoftsPrtGuidance, PrtAttemptCode,
    ::testing::Values(PrtCase{"LockedInAzureAd", "0xc000006d",
                              "AADSTS50053: The account is locked.", "S6-PRT-ACCOUNT-LOCKED"},
                      PrtCase{"LockedInAd", "0xc0000234", "", "S6-PRT-ACCOUNT-LOCKED"},
                      PrtCase{"ExpiredInAzureAd", "0xc000006d",
                              "AADSTS50055: The password is expired.", "S6-PRT-PASSWORD-EXPIRED"},
                      PrtCase{"MustChange", "0xc0000224", "", "S6-PRT-PASSWORD-EXPIRED"},
                      PrtCase{"Disabled", "0xc000006d",
                              "AADSTS50057: The user account is disabled.",
                              "S6-PRT-ACCOUNT-DISABLED"},
                      PrtCase{"SidMissing", "0xc0048442", "", "S6-PRT-ANSWER-ALTERED"},
                      PrtCase{"WrongPassword", "0xc000006d",
                              "AADSTS50126: Error validating credentials.", "S6-PRT-PASSWORD"}),
    [](const ::testing::TestParamInfo<PrtCase> &info) { return std::string(info.param.name); });

// The not-synced demo's last attempt without the service's answer, and this HTTP Error under it.
QString attemptWithoutAnswer(const char *httpError)
{
    QString text = demo("not-synced");
    text.remove(QRegularExpression(
        QStringLiteral("^ *(Server ErrorCode|Server Message|Https Status|Request Id) :[^\\n]*\\n"),
        QRegularExpression::MultilineOption));
    return withLineAfter(text, QStringLiteral("Client ErrorCode"),
                         QStringLiteral("                HTTP Error : ") +
                             QString::fromLatin1(httpError));
}

TEST(RegistrationHttpError, AnUnreadableAnswerDuringRegistrationIsTheProxys)
{
    const QString text = attemptWithoutAnswer("0x8007000d");
    const Analysis a = analyseText(text);
    EXPECT_EQ(a.facts.lastRegistration.httpError.toStdString(), "0x8007000d");
    EXPECT_EQ(a.step(2).code.toStdString(), "S2-PROXY-INTERFERES");
    EXPECT_TRUE(a.step(2).errorCodes.contains(u"0x8007000d"));
}

TEST(RegistrationHttpError, AWinHttpErrorByNameIsJudgedLikeItsNumber)
{
    const QString byName = attemptWithoutAnswer("ERROR_WINHTTP_TIMEOUT");
    const QString byNumber = attemptWithoutAnswer("0x80072ee2");
    const CheckResult a = analyseText(byName).step(2);
    const CheckResult b = analyseText(byNumber).step(2);
    EXPECT_EQ(a.status, StepStatus::Failed);
    EXPECT_EQ(a.code, b.code);
    EXPECT_TRUE(a.errorCodes.contains(u"0x80072ee2"));
}

TEST(LiveFindings, AClockFiveMinutesOffFailsStepTwo)
{
    Facts facts = factsOf(demo("healthy"));
    const QDateTime server(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    facts.connectivity = ConnectivitySnapshot{
        {answered("https://login.microsoftonline.com/", 300, server, server.addSecs(7 * 60 + 5))},
        std::nullopt};
    const CheckResult s2 = analyseFacts(facts).step(2);
    EXPECT_EQ(s2.code.toStdString(), "S2-CLOCK-SKEW");
    EXPECT_EQ(s2.status, StepStatus::Failed);
    ASSERT_FALSE(s2.evidence.isEmpty());
    EXPECT_EQ(s2.evidence.first().section.toStdString(), "login.microsoftonline.com");
}

TEST(LiveFindings, AClockWithinFiveMinutesIsFine)
{
    Facts facts = factsOf(demo("healthy"));
    const QDateTime server(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    facts.connectivity = ConnectivitySnapshot{
        {answered("https://login.microsoftonline.com/", 300, server, server.addSecs(-299))},
        std::nullopt};
    const CheckResult s2 = analyseFacts(facts).step(2);
    EXPECT_EQ(s2.status, StepStatus::Passed) << codesOf(s2);
    EXPECT_FALSE(hasCode(s2, "S2-CLOCK-SKEW"));
}

TEST(LiveFindings, AnEndpointSlowerThanTwoSecondsWarns)
{
    Facts facts = factsOf(demo("healthy"));
    facts.connectivity = ConnectivitySnapshot{
        {answered("https://login.microsoftonline.com/", 1900, {}, {}),
         answered("https://enterpriseregistration.windows.net/", 2600, {}, {})},
        std::nullopt};
    const CheckResult s2 = analyseFacts(facts).step(2);
    EXPECT_EQ(s2.code.toStdString(), "S2-ENDPOINT-SLOW");
    ASSERT_EQ(s2.evidence.size(), 1);
    EXPECT_EQ(s2.evidence.first().field.toStdString(), "enterpriseregistration.windows.net");
}

TEST(LiveFindings, AnAutomaticUserProxyBesideAFailingJoinIsNamed)
{
    QString text = withField(demo("proxy-blocks-system"), QStringLiteral("Auto Detect Settings"),
                             QStringLiteral("YES"));
    text = withField(text, QStringLiteral("Proxy Server List"), QString());
    const CheckResult s2 = analyseText(text).step(2);
    EXPECT_EQ(s2.status, StepStatus::Failed);
    const Finding *f = findingOf(s2, "S2-AUTOMATIC-PROXY");
    ASSERT_TRUE(f) << codesOf(s2);
    EXPECT_FALSE(f->evidence.isEmpty());
    // A working join with the same proxy settings is no finding.
    const CheckResult healthy =
        analyseText(withField(demo("healthy"), QStringLiteral("Auto Detect Settings"),
                              QStringLiteral("YES")))
            .step(2);
    EXPECT_FALSE(hasCode(healthy, "S2-AUTOMATIC-PROXY")) << codesOf(healthy);
}

TEST(OsFindings, WindowsEightPointOneCannotHybridJoin)
{
    const Analysis a = analyseOnWindows(demo("pending"), QStringLiteral("Windows 8.1"),
                                        QStringLiteral("6.3.9600"));
    EXPECT_EQ(a.facts.os.major, 6);
    // Beside the pending registration it explains.
    const Finding *f = findingOf(a.step(5), "S5-OS-DOWN-LEVEL");
    ASSERT_TRUE(f) << codesOf(a.step(5));
    EXPECT_EQ(f->status, StepStatus::Failed);
    EXPECT_EQ(f->evidence.first().section.toStdString(), "device");
}

TEST(OsFindings, WindowsTenBefore1803Warns)
{
    const Analysis a = analyseOnWindows(demo("healthy"), QStringLiteral("Windows 10 Pro"),
                                        QStringLiteral("10.0.16299"));
    EXPECT_EQ(a.step(5).code.toStdString(), "S5-OS-OLD-BUILD");
    EXPECT_EQ(a.step(5).status, StepStatus::Warning);
}

TEST(OsFindings, HelloOnABuildBefore21H2CannotUseCloudKerberosTrust)
{
    const QString hello =
        withField(demo("healthy"), QStringLiteral("NgcSet"), QStringLiteral("YES"));
    const Analysis old =
        analyseOnWindows(hello, QStringLiteral("Windows 10 Pro"), QStringLiteral("10.0.18363"));
    EXPECT_TRUE(hasCode(old.step(6), "S6-OS-NO-CLOUD-KERBEROS")) << codesOf(old.step(6));
    const Analysis current =
        analyseOnWindows(hello, QStringLiteral("Windows 11 Pro"), QStringLiteral("10.0.22631"));
    EXPECT_TRUE(current.step(6).findings.isEmpty()) << codesOf(current.step(6));
    EXPECT_TRUE(current.step(5).findings.isEmpty()) << codesOf(current.step(5));
    // Without Hello the version does not matter for step 6.
    const Analysis noHello = analyseOnWindows(demo("healthy"), QStringLiteral("Windows 10 Pro"),
                                              QStringLiteral("10.0.18363"));
    EXPECT_FALSE(hasCode(noHello.step(6), "S6-OS-NO-CLOUD-KERBEROS"));
}

TEST(OsFindings, ACaptureFromAnotherSystemGivesNoWindowsVersion)
{
    const Analysis a = analyseOnWindows(demo("healthy"), QStringLiteral("Debian GNU/Linux 12"),
                                        QStringLiteral("6.1.0-27-amd64"));
    EXPECT_FALSE(a.facts.os.known());
    EXPECT_EQ(a.step(5).code.toStdString(), "S5-OK");
}

TEST(OsFindings, AWorkgroupDeviceWithHelloOnAnOldBuildStaysOutOfScope)
{
    QString text =
        withField(demo("healthy"), QStringLiteral("AzureAdJoined"), QStringLiteral("NO"));
    text = withField(text, QStringLiteral("DomainJoined"), QStringLiteral("NO"));
    text = withField(text, QStringLiteral("NgcSet"), QStringLiteral("YES"));
    const Analysis a =
        analyseOnWindows(text, QStringLiteral("Windows 10 Pro"), QStringLiteral("10.0.18363"));
    EXPECT_EQ(a.facts.joinType, JoinType::Workgroup);
    EXPECT_EQ(a.step(6).status, StepStatus::NotApplicable) << codesOf(a.step(6));
    EXPECT_TRUE(a.step(6).findings.isEmpty()) << codesOf(a.step(6));
    EXPECT_EQ(a.verdict, Verdict::OutOfScope);
}

TEST(OsFindings, WindowsServer2016IsNotAnOldWindows10)
{
    const Analysis a =
        analyseOnWindows(demo("healthy"), QStringLiteral("Windows Server 2016 Datacenter"),
                         QStringLiteral("10.0.14393"));
    EXPECT_EQ(a.step(5).code.toStdString(), "S5-OK") << codesOf(a.step(5));
}

TEST(JoinPathFindings, AFederatedAttemptThatFailedInDiscoveryDoesNotBlameTheFederation)
{
    QString text = withField(
        QString::fromUtf8(jd::test::fixtureBytes(QStringLiteral("federated_auth_failed.txt"))),
        QStringLiteral("Token acquisition Test"), QStringLiteral("SKIPPED"));
    text = withField(text, QStringLiteral("Error Phase"), QStringLiteral("discover"));
    const CheckResult s4 = analyseText(text).step(4);
    EXPECT_FALSE(hasCode(s4, "S4-SYNC-JOIN-FALLBACK-OFF")) << codesOf(s4);
    EXPECT_TRUE(hasCode(s4, "S4-SYNC-JOIN-FALLBACK-DISABLED")) << codesOf(s4);
}

TEST(RegistrationHttpError, AServiceThatAnsweredKeepsItsOwnStep)
{
    // The registration service answered DirectoryError (HTTP 400): the sync is the cause.
    const QString text = withLineAfter(demo("not-synced"), QStringLiteral("Https Status"),
                                       QStringLiteral("                HTTP Error : 0x8007000d"));
    const Analysis a = analyseText(text);
    EXPECT_EQ(a.step(4).code, analyseText(demo("not-synced")).step(4).code);
    EXPECT_EQ(a.step(4).status, StepStatus::Failed);
}

TEST(LiveFindings, AnAutomaticProxyIsNotBlamedWhenTheServiceAnswered)
{
    // The registration service was busy (503): the requests got through.
    QString text = withField(demo("proxy-blocks-system"), QStringLiteral("Auto Detect Settings"),
                             QStringLiteral("YES"));
    text = withField(text, QStringLiteral("Proxy Server List"), QString());
    text = withField(text, QStringLiteral("DRS Discovery Test"),
                     QStringLiteral("FAIL [0x801c0021/0x801c0025]"));
    text = withField(text, QStringLiteral("Client ErrorCode"), QStringLiteral("0x801c0025"));
    const CheckResult s2 = analyseText(text).step(2);
    EXPECT_EQ(s2.code.toStdString(), "S2-SERVICE-BUSY");
    EXPECT_FALSE(hasCode(s2, "S2-AUTOMATIC-PROXY")) << codesOf(s2);
}
