// One case per step and cause: a dsregcmd text that differs in one fact, and the result code the
// step must give for it.
#include "dsreg_text_builder.h"
#include "fixtures.h"
#include "probes/system_proxy.h"
#include "steps/step2_probe_result.h"
#include "steps/step_check.h"

#include <gtest/gtest.h>

using namespace jd;
using jd::test::DsregTextBuilder;

namespace {

using Fields = QList<QPair<QString, QString>>;

QString domainOnly(const Fields &tests, const Fields &registration = {}, const Fields &extra = {})
{
    DsregTextBuilder b = DsregTextBuilder::domainJoinedNotRegistered();
    for (const auto &[name, value] : tests) {
        b.field(name, value);
    }
    if (!registration.isEmpty()) {
        b.blank();
        for (const auto &[name, value] : registration) {
            b.field(name, value);
        }
    }
    for (const auto &[name, value] : extra) {
        if (value.isNull()) {
            b.section(name);
        } else {
            b.field(name, value);
        }
    }
    return b.text();
}

QPair<QString, QString> f(const char *name, const char *value)
{
    return {QString::fromLatin1(name), QString::fromUtf8(value)};
}
QPair<QString, QString> sectionStart(const char *title)
{
    return {QString::fromLatin1(title), QString()};
}

const Fields kAllPass = {f("AD Connectivity Test", "PASS"), f("AD Configuration Test", "PASS"),
                         f("DRS Discovery Test", "PASS"), f("DRS Connectivity Test", "PASS"),
                         f("Token acquisition Test", "SKIPPED")};

Fields joinError(const char *code, const char *serverCode = "", const char *message = "")
{
    Fields r = {f("Previous Registration", "2026-11-25 07:50:00.000 UTC"), f("Error Phase", "join"),
                f("Client ErrorCode", code)};
    if (*serverCode) {
        r.append(f("Server ErrorCode", serverCode));
    }
    if (*message) {
        r.append(f("Server Message", message));
    }
    return r;
}

struct Case
{
    const char *name;
    QString text;
    int step;
    const char *code;
    StepStatus status;
};

// Test names and failure messages show the case name, not its bytes.
void PrintTo(const Case &value, std::ostream *os)
{
    *os << value.name;
}

QString hybridWith(const Fields &sso, const char *deviceAuth = "SUCCESS", const Fields &extra = {})
{
    DsregTextBuilder b =
        DsregTextBuilder::hybridJoined(sso.isEmpty() ? QStringLiteral("YES") : sso.first().second);
    for (qsizetype i = 1; i < sso.size(); ++i) {
        b.field(sso.at(i).first, sso.at(i).second);
    }
    for (const auto &[name, value] : extra) {
        if (value.isNull()) {
            b.section(name);
        } else {
            b.field(name, value);
        }
    }
    return b.text().replace(QStringLiteral("SUCCESS"), QString::fromLatin1(deviceAuth));
}

Fields prtFailure(const char *status, const char *description = "", const char *httpError = "0x0")
{
    return {f("AzureAdPrt", "NO"), f("AcquirePrtDiagnostics", "PRESENT"),
            f("Attempt Status", status), f("HTTP Error", httpError),
            f("Server Error Description", description)};
}

std::vector<Case> cases()
{
    return {
        // Step 1
        {"s1_scp_missing",
         domainOnly(
             {f("AD Connectivity Test", "PASS"), f("AD Configuration Test", "FAIL [0x80070002]")}),
         1, "S1-SCP-NOT-FOUND", StepStatus::Failed},
        {"s1_scp_error_only",
         domainOnly({}, {f("Error Phase", "discover"), f("Client ErrorCode", "0x801c001d")}), 1,
         "S1-SCP-NOT-FOUND", StepStatus::Failed},
        {"s1_tenant_not_found",
         domainOnly(kAllPass,
                    joinError("0x801c03f2", "DirectoryError", "AADSTS90002: Tenant x not found.")),
         1, "S1-TENANT-NOT-FOUND", StepStatus::Failed},
        {"s1_tenant_not_found_discover",
         domainOnly({}, {f("Error Phase", "discover"), f("Client ErrorCode", "0x801c003a")}), 1,
         "S1-TENANT-NOT-FOUND", StepStatus::Failed},
        {"s1_no_dc",
         domainOnly({f("AD Connectivity Test", "FAIL [0x8007054b]"),
                     f("AD Configuration Test", "SKIPPED")}),
         1, "S1-SCP-NO-DC", StepStatus::Unknown},
        {"s1_scp_ok", domainOnly(kAllPass), 1, "S1-SCP-OK", StepStatus::Passed},
        {"s1_past_discovery", domainOnly({}, joinError("0x801c03f2", "DirectoryError")), 1,
         "S1-SCP-OK", StepStatus::Passed},
        {"s1_not_tested", domainOnly({}), 1, "S1-NOT-TESTED", StepStatus::Unknown},
        {"s1_hybrid", hybridWith({}), 1, "S1-OK", StepStatus::Passed},
        // Step 2
        {"s2_timeout",
         domainOnly({f("AD Connectivity Test", "PASS"),
                     f("DRS Discovery Test", "FAIL [0x801c0021/0x80072ee2]")}),
         2, "S2-DISCOVERY-FAILED", StepStatus::Failed},
        {"s2_winhttp_missing",
         domainOnly({f("DRS Discovery Test", "FAIL [0x801c0021/0x80072efd]")}, {},
                    {sectionStart("IE Proxy Config for Current User"),
                     f("Proxy Server List", "proxy:8080"),
                     sectionStart("WinHttp Default Proxy Config"), f("Access Type", "DIRECT")}),
         2, "S2-WINHTTP-PROXY-MISSING", StepStatus::Failed},
        {"s2_winhttp_set_so_not_missing",
         domainOnly({f("DRS Discovery Test", "FAIL [0x801c0021/0x80072efd]")}, {},
                    {sectionStart("IE Proxy Config for Current User"),
                     f("Proxy Server List", "proxy:8080"),
                     sectionStart("WinHttp Default Proxy Config"), f("Access Type", "PROXY"),
                     f("Proxy Server(s)", "proxy:8080")}),
         2, "S2-DISCOVERY-FAILED", StepStatus::Failed},
        {"s2_html_page", domainOnly({f("DRS Discovery Test", "FAIL [0x801c0021/0x8007000d]")}), 2,
         "S2-PROXY-INTERFERES", StepStatus::Failed},
        {"s2_decoding",
         domainOnly({}, {f("Error Phase", "discover"), f("Client ErrorCode", "0x80072f8f")}), 2,
         "S2-PROXY-INTERFERES", StepStatus::Failed},
        {"s2_busy",
         domainOnly({}, {f("Error Phase", "discover"), f("Client ErrorCode", "0x801c0025")}), 2,
         "S2-SERVICE-BUSY", StepStatus::Warning},
        {"s2_realm",
         domainOnly({}, {f("Error Phase", "discover"), f("Client ErrorCode", "0x801c003d")}), 2,
         "S2-REALM-DISCOVERY-FAILED", StepStatus::Failed},
        {"s2_auth",
         domainOnly({f("Token acquisition Test", "FAIL [0xcaa90017]")},
                    {f("Error Phase", "auth"), f("Client ErrorCode", "0xcaa90017")}),
         2, "S2-AUTHENTICATION-FAILED", StepStatus::Failed},
        {"s2_drs_unreachable",
         domainOnly(
             {f("DRS Discovery Test", "PASS"), f("DRS Connectivity Test", "FAIL [0x80072efd]")}),
         2, "S2-DRS-UNREACHABLE", StepStatus::Failed},
        {"s2_ok_tests", domainOnly(kAllPass), 2, "S2-OK", StepStatus::Passed},
        {"s2_ok_reached_join", domainOnly({}, joinError("0x801c03f2", "DirectoryError")), 2,
         "S2-OK", StepStatus::Passed},
        {"s2_not_tested", domainOnly({f("DRS Discovery Test", "SKIPPED")}), 2, "S2-NOT-TESTED",
         StepStatus::Unknown},
        {"s2_device_auth_error", hybridWith({}, "FAILED. ERROR"), 2, "S2-DEVICE-AUTH-UNTESTED",
         StepStatus::Warning},
        {"s2_hybrid", hybridWith({}), 2, "S2-OK", StepStatus::Passed},
        // Step 3
        {"s3_no_dc", domainOnly({f("AD Connectivity Test", "FAIL [0x8007054b]")}), 3, "S3-NO-DC",
         StepStatus::Failed},
        {"s3_precheck",
         domainOnly({}, {f("Error Phase", "pre-check"), f("Client ErrorCode", "0x801c0021")}), 3,
         "S3-NO-DC", StepStatus::Failed},
        {"s3_task_disabled", domainOnly(kAllPass, joinError("0x80041326")), 3, "S3-TASK-DISABLED",
         StepStatus::Failed},
        {"s3_cert_not_visible", domainOnly(kAllPass), 3, "S3-CERT-NOT-VISIBLE",
         StepStatus::Unknown},
        {"s3_not_tested", domainOnly({}), 3, "S3-NOT-TESTED", StepStatus::Unknown},
        {"s3_hybrid", hybridWith({}), 3, "S3-OK", StepStatus::Passed},
        // Step 4
        {"s4_not_synced",
         domainOnly(kAllPass, joinError("0x801c03f2", "DirectoryError",
                                        "The device object by the given id (x) is not found.")),
         4, "S4-NOT-SYNCED", StepStatus::Failed},
        {"s4_cert_not_synced", domainOnly(kAllPass, joinError("0x801c0002", "AuthenticationError")),
         4, "S4-CERT-NOT-SYNCED", StepStatus::Failed},
        {"s4_throttled",
         domainOnly(
             kAllPass,
             joinError("0x801c03f2", "DirectoryError",
                       "Your request is throttled temporarily. Please try after 300 seconds.")),
         4, "S4-THROTTLED", StepStatus::Warning},
        {"s4_not_visible", domainOnly(kAllPass), 4, "S4-NOT-VISIBLE", StepStatus::Unknown},
        {"s4_disabled_or_deleted", hybridWith({}, "FAILED. Device is either disabled or deleted"),
         4, "S4-DEVICE-DISABLED-OR-DELETED", StepStatus::Failed},
        {"s4_hybrid", hybridWith({}), 4, "S4-OK", StepStatus::Passed},
        // Step 5
        {"s5_not_completed", domainOnly(kAllPass), 5, "S5-NOT-COMPLETED", StepStatus::Failed},
        {"s5_tpm", domainOnly(kAllPass, joinError("0x80090016")), 5, "S5-TPM-ERROR",
         StepStatus::Failed},
        {"s5_completion_failed", domainOnly(kAllPass, joinError("0x801c0006")), 5,
         "S5-COMPLETION-FAILED", StepStatus::Failed},
        {"s5_unknown_join_code", domainOnly(kAllPass, joinError("0x80004005")), 5,
         "S5-COMPLETION-FAILED", StepStatus::Failed},
        {"s5_blocked_earlier", domainOnly({f("AD Configuration Test", "FAIL [0x80070002]")}), 5,
         "S5-NOT-VISIBLE", StepStatus::Unknown},
        {"s5_hybrid", hybridWith({}), 5, "S5-OK", StepStatus::Passed},
        // Step 6
        {"s6_ok", hybridWith({}), 6, "S6-OK", StepStatus::Passed},
        {"s6_no_prt", hybridWith({f("AzureAdPrt", "NO")}), 6, "S6-NO-PRT", StepStatus::Failed},
        {"s6_password",
         hybridWith(prtFailure("0xc000006d", "AADSTS50126: Error validating credentials")), 6,
         "S6-PRT-PASSWORD", StepStatus::Failed},
        {"s6_network_status", hybridWith(prtFailure("0xc000023c")), 6, "S6-PRT-NETWORK",
         StepStatus::Failed},
        {"s6_network_transport", hybridWith(prtFailure("0xc000006d", "", "0x2ee7")), 6,
         "S6-PRT-NETWORK", StepStatus::Failed},
        {"s6_user", hybridWith(prtFailure("0xc000005f")), 6, "S6-PRT-USER-UNKNOWN",
         StepStatus::Failed},
        {"s6_user_aadsts",
         hybridWith(prtFailure("0xc000006d", "AADSTS50034: The user account does not exist")), 6,
         "S6-PRT-USER-UNKNOWN", StepStatus::Failed},
        {"s6_federation", hybridWith(prtFailure("0xc00484c1")), 6, "S6-PRT-FEDERATION",
         StepStatus::Failed},
        {"s6_device_deleted_server",
         hybridWith(prtFailure("0xc000006d", "AADSTS50155: Device authentication failed")), 6,
         "S6-DEVICE-DISABLED-OR-DELETED", StepStatus::Failed},
        {"s6_device_deleted_status", hybridWith({}, "FAILED. Device is either disabled or deleted"),
         6, "S6-DEVICE-DISABLED-OR-DELETED", StepStatus::Failed},
        {"s6_other", hybridWith(prtFailure("0xc00000d0")), 6, "S6-PRT-FAILED", StepStatus::Failed},
        {"s6_refresh_failing",
         hybridWith({f("AzureAdPrt", "YES"), f("RefreshPrtDiagnostics", "PRESENT"),
                     f("Attempt Status", "0xc000023c")}),
         6, "S6-PRT-REFRESH-FAILING", StepStatus::Warning},
        {"s6_recovery",
         hybridWith({}, "SUCCESS",
                    {sectionStart("Diagnostic Data"), f("AadRecoveryEnabled", "YES")}),
         6, "S6-RECOVERY-PENDING", StepStatus::Warning},
        {"s6_dual_state",
         hybridWith({}, "SUCCESS",
                    {sectionStart("User State"), f("WorkplaceJoined", "YES"),
                     sectionStart("Work Account 1"),
                     f("WorkplaceTenantId", "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f")}),
         6, "S6-DUAL-STATE", StepStatus::Warning},
        {"s6_stale",
         hybridWith(
             {f("AzureAdPrt", "YES"), f("AzureAdPrtUpdateTime", "2026-11-24 20:00:00.000 UTC")},
             "SUCCESS",
             {sectionStart("Diagnostic Data"), f("Client Time", "2026-11-25 08:00:00.000 UTC")}),
         6, "S6-PRT-STALE", StepStatus::Warning},
        {"s6_fresh",
         hybridWith(
             {f("AzureAdPrt", "YES"), f("AzureAdPrtUpdateTime", "2026-11-25 06:00:00.000 UTC")},
             "SUCCESS",
             {sectionStart("Diagnostic Data"), f("Client Time", "2026-11-25 08:00:00.000 UTC")}),
         6, "S6-OK", StepStatus::Passed},
        {"s6_as_system",
         hybridWith({f("AzureAdPrt", "NO")}, "SUCCESS",
                    {sectionStart("Diagnostic Data"), f("User Context", "SYSTEM")}),
         6, "S6-PRT-NOT-VISIBLE", StepStatus::Unknown},
        {"s6_domain_only", domainOnly(kAllPass), 6, "S6-NOT-JOINED", StepStatus::Failed},
    };
}

class StepCauses : public ::testing::TestWithParam<Case>
{
};

} // namespace

TEST_P(StepCauses, GivesTheExpectedCode)
{
    const Case &c = GetParam();
    const Analysis a = jd::test::analyseText(c.text);
    const CheckResult &r = a.step(c.step);
    EXPECT_EQ(r.code.toStdString(), c.code) << c.text.toStdString();
    EXPECT_EQ(r.status, c.status);
    EXPECT_EQ(r.step, c.step);
    EXPECT_FALSE(r.summary.isEmpty());
    EXPECT_FALSE(r.explanation.isEmpty());
    if (r.status == StepStatus::Failed || r.status == StepStatus::Warning) {
        EXPECT_FALSE(r.nextSteps.isEmpty()) << "a problem needs a next step";
        EXPECT_FALSE(r.evidence.isEmpty()) << "a problem needs evidence";
    }
}

INSTANTIATE_TEST_SUITE_P(AllCauses, StepCauses, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case> &info) {
                             return std::string(info.param.name);
                         });

TEST(StepChecks, EveryCodeIsDeclaredByItsCheck)
{
    // A check may only return codes listed on the helpdesk code sheet.
    const auto checks = makeStepChecks();
    for (const Case &c : cases()) {
        const Analysis a = jd::test::analyseText(c.text);
        for (const CheckResult &r : a.steps) {
            bool declared = false;
            for (const ResultCodeDef *def : checks.at(size_t(r.step - 1))->codes()) {
                declared = declared || r.code == QLatin1String(def->code);
            }
            EXPECT_TRUE(declared) << r.code.toStdString();
        }
    }
}

TEST(StepChecks, NotApplicableForCloudRegisteredAndWorkgroup)
{
    for (const char *fixture : {"cloud_joined_prt.txt", "registered_only.txt", "workgroup.txt"}) {
        const Analysis a = jd::test::analyseFixture(QString::fromLatin1(fixture));
        for (int step = 1; step <= 5; ++step) {
            EXPECT_EQ(a.step(step).status, StepStatus::NotApplicable)
                << fixture << " step " << step;
            EXPECT_FALSE(a.step(step).details.isEmpty()) << "says what the device is";
        }
        EXPECT_EQ(a.firstFailingStep, 0) << fixture;
    }
}

TEST(StepChecks, EveryStepIsJudgedEvenAfterAFailure)
{
    const Analysis a = jd::test::analyseText(domainOnly(
        {f("AD Connectivity Test", "PASS"), f("AD Configuration Test", "FAIL [0x80070002]")}));
    for (const CheckResult &r : a.steps) {
        EXPECT_NE(r.status, StepStatus::NotRun);
    }
    EXPECT_EQ(a.firstFailingStep, 1);
    EXPECT_EQ(a.verdict, Verdict::Problem);
}

TEST(StepChecks, CancelledBeforeStartLeavesStepsNotRun)
{
    CancelToken cancel;
    cancel.cancel();
    const AnalysisOutcome out =
        analyseBytes(domainOnly(kAllPass).toUtf8(), QStringLiteral("t"), cancel);
    ASSERT_TRUE(out.analysis);
    EXPECT_EQ(out.analysis->step(1).status, StepStatus::NotRun);
    EXPECT_EQ(out.analysis->verdict, Verdict::Unknown);
}

TEST(StepChecks, LiveProbeFailureIsTheMorePreciseCause)
{
    Analysis recorded = jd::test::analyseText(
        domainOnly({f("DRS Discovery Test", "FAIL [0x801c0021/0x80072ee2]")}));
    Facts facts = recorded.facts;
    EndpointResult auth;
    auth.kind = EndpointKind::DrsDiscovery;
    auth.cause = ProbeCause::ProxyAuth;
    auth.done = true;
    facts.connectivity = ConnectivitySnapshot{{auth}, QUrl(QStringLiteral("http://proxy:8080"))};
    const CheckResult r = makeStepChecks().at(1)->run(facts, CancelToken());
    EXPECT_EQ(r.code, QStringLiteral("S2-PROXY-AUTH"));
    bool hasRecorded = false;
    for (const Evidence &e : r.evidence) {
        hasRecorded = hasRecorded || e.field == u"DRS Discovery Test";
    }
    EXPECT_TRUE(hasRecorded) << "what dsregcmd recorded stays as evidence";
}

TEST(StepChecks, RecordedFailureStandsWhenTheProbeNowPasses)
{
    Analysis recorded = jd::test::analyseText(
        domainOnly({f("DRS Discovery Test", "FAIL [0x801c0021/0x80072ee2]")}));
    Facts facts = recorded.facts;
    EndpointResult ok;
    ok.cause = ProbeCause::Ok;
    ok.done = true;
    facts.connectivity = ConnectivitySnapshot{{ok}, std::nullopt};
    const CheckResult r = makeStepChecks().at(1)->run(facts, CancelToken());
    EXPECT_EQ(r.code, QStringLiteral("S2-DISCOVERY-FAILED"));
    EXPECT_FALSE(r.details.isEmpty());
}

TEST(StepChecks, ProbeSettingsFollowTheReportedWinHttpProxy)
{
    const Analysis a = jd::test::analyseText(
        DsregTextBuilder::hybridJoined()
            .section(QStringLiteral("WinHttp Default Proxy Config"))
            .field(QStringLiteral("Access Type"), QStringLiteral("PROXY"))
            .field(QStringLiteral("Proxy Server List"),
                   QStringLiteral("http=proxy.corp:8080;https=proxy.corp:8443"))
            .field(QStringLiteral("Proxy Bypass List"), QStringLiteral("*.corp;<local>"))
            .text());
    const ProbeSettings s = probeSettingsFor(a.facts);
#if defined(Q_OS_WIN)
    if (const auto system = readSystemWinHttpProxy()) {
        // On Windows the probe runs here, so this computer's own WinHTTP setting wins.
        EXPECT_EQ(s.proxy, system->proxy);
        EXPECT_EQ(s.bypass, system->bypass);
        return;
    }
#endif
    ASSERT_TRUE(s.proxy.has_value());
    EXPECT_EQ(s.proxy->host(), QStringLiteral("proxy.corp"));
    EXPECT_EQ(s.proxy->port(), 8443);
    EXPECT_TRUE(hostBypassesProxy(QStringLiteral("dc1.corp"), s.bypass));
    EXPECT_TRUE(hostBypassesProxy(QStringLiteral("intranet"), s.bypass));
    EXPECT_FALSE(hostBypassesProxy(QStringLiteral("login.microsoftonline.com"), s.bypass));
    EXPECT_EQ(s.tenantId, QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"));
    EXPECT_EQ(s.endpoints.size(), 5);
}
