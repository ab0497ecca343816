// Whole pastes, varied the way real ones are: join type, PRT state and first failing step.
#include "fixtures.h"
#include "input/demo_captures.h"

#include <gtest/gtest.h>

using namespace jd;

namespace {

struct Expected
{
    const char *fixture;
    JoinType joinType;
    PrtState prt;
    int firstFailingStep;
    Verdict verdict;
};

// Test names and failure messages show the case name, not its bytes.
void PrintTo(const Expected &value, std::ostream *os)
{
    *os << value.fixture;
}

class Fixtures : public ::testing::TestWithParam<Expected>
{
};

} // namespace

TEST_P(Fixtures, Classified)
{
    const Expected &e = GetParam();
    const Analysis a = jd::test::analyseFixture(QString::fromLatin1(e.fixture));
    EXPECT_EQ(joinTypeId(a.facts.joinType), joinTypeId(e.joinType));
    EXPECT_EQ(prtStateId(a.facts.prt), prtStateId(e.prt));
    EXPECT_EQ(a.firstFailingStep, e.firstFailingStep);
    EXPECT_EQ(verdictId(a.verdict), verdictId(e.verdict));
}

INSTANTIATE_TEST_SUITE_P(
    Pastes, Fixtures,
    ::testing::Values(
        Expected{"win11_hybrid_healthy.txt", JoinType::Hybrid, PrtState::Present, 0,
                 Verdict::Healthy},
        Expected{"win10_1607_legacy_layout.txt", JoinType::Hybrid, PrtState::Present, 0,
                 Verdict::Healthy},
        Expected{"partial_sso_only.txt", JoinType::Unknown, PrtState::Missing, 6, Verdict::Problem},
        Expected{"cloud_joined_prt.txt", JoinType::AzureAdJoined, PrtState::Present, 0,
                 Verdict::Healthy},
        Expected{"registered_only.txt", JoinType::RegisteredOnly, PrtState::Missing, 0,
                 Verdict::OutOfScope},
        Expected{"workgroup.txt", JoinType::Workgroup, PrtState::Missing, 0, Verdict::OutOfScope},
        Expected{"hybrid_device_deleted.txt", JoinType::Hybrid, PrtState::Missing, 4,
                 Verdict::Problem},
        Expected{"domain_only_no_diagnostics.txt", JoinType::DomainOnly, PrtState::Missing, 5,
                 Verdict::Problem},
        Expected{"hybrid_run_as_system.txt", JoinType::Hybrid, PrtState::Unknown, 0,
                 Verdict::Unknown},
        Expected{"scp_wrong_tenant.txt", JoinType::DomainOnly, PrtState::Missing, 1,
                 Verdict::Problem},
        Expected{"federated_auth_failed.txt", JoinType::DomainOnly, PrtState::Unknown, 2,
                 Verdict::Problem},
        Expected{"proxy_html_page.txt", JoinType::DomainOnly, PrtState::Missing, 2,
                 Verdict::Problem},
        Expected{"task_disabled.txt", JoinType::DomainOnly, PrtState::Missing, 3, Verdict::Problem},
        Expected{"tpm_bad_keyset.txt", JoinType::DomainOnly, PrtState::Missing, 5,
                 Verdict::Problem},
        Expected{"prt_network_error.txt", JoinType::Hybrid, PrtState::Missing, 2, Verdict::Problem},
        Expected{"danish_tenant_cp850.txt", JoinType::Hybrid, PrtState::Present, 0,
                 Verdict::Healthy},
        Expected{"email_quoted_rewrapped.txt", JoinType::Hybrid, PrtState::Present, 0,
                 Verdict::Healthy},
        Expected{"console_wrapped_80.txt", JoinType::DomainOnly, PrtState::Missing, 4,
                 Verdict::Problem},
        Expected{"annotated_values.txt", JoinType::DomainOnly, PrtState::Missing, 2,
                 Verdict::Problem}),
    [](const ::testing::TestParamInfo<Expected> &info) {
        std::string name = info.param.fixture;
        name = name.substr(0, name.find('.'));
        return name;
    });

TEST(Fixtures, DanishTenantNameSurvivesOemCodePage)
{
    const Analysis a = jd::test::analyseFixture(QStringLiteral("danish_tenant_cp850.txt"));
    EXPECT_EQ(a.facts.tenantName, QStringLiteral("K\u00e6rg\u00e5rd \u00d8lsted \u00c5/S"));
    EXPECT_EQ(a.encoding, QStringLiteral("OEM 850"));
}

TEST(Fixtures, WrappedServerMessageIsWhole)
{
    const Analysis a = jd::test::analyseFixture(QStringLiteral("console_wrapped_80.txt"));
    EXPECT_EQ(a.facts.lastRegistration.serverMessage,
              QStringLiteral("The device object by the given id "
                             "(3c9e1f7a-52b4-4d8e-9a61-7f0b2c4d8e13) is not found."));
}

TEST(Demos, EachDemoShowsItsFailure)
{
    const QList<QPair<QString, int>> expected = {{QStringLiteral("healthy"), 0},
                                                 {QStringLiteral("scp-missing"), 1},
                                                 {QStringLiteral("proxy-blocks-system"), 2},
                                                 {QStringLiteral("not-synced"), 4},
                                                 {QStringLiteral("pending"), 5},
                                                 {QStringLiteral("joined-no-prt"), 6},
                                                 {QStringLiteral("vpn-user"), 3}};
    ASSERT_EQ(demoCaptures().size(), expected.size());
    for (const auto &[name, step] : expected) {
        const auto bytes = demoCaptureBytes(name);
        ASSERT_TRUE(bytes.has_value()) << name.toStdString();
        const AnalysisOutcome out = analyseBytes(*bytes, name);
        ASSERT_TRUE(out.analysis) << name.toStdString();
        EXPECT_EQ(out.analysis->firstFailingStep, step) << name.toStdString();
    }
    EXPECT_FALSE(demoCaptureBytes(QStringLiteral("nope")).has_value());
}
