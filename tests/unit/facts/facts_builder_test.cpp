#include "dsreg_text_builder.h"
#include "facts/facts_builder.h"
#include "input/dsreg_parser.h"
#include "qt_printers.h"

#include <gtest/gtest.h>

using namespace jd;
using jd::test::DsregTextBuilder;

namespace {

Facts factsOf(const QString &text)
{
    ParseOutcome out = parseDsregStatus(text);
    EXPECT_FALSE(out.problem);
    return buildFacts(std::move(out.document), QStringLiteral("test"));
}

QString deviceState(const char *aad, const char *domain, const char *wpj = "NO")
{
    return DsregTextBuilder()
        .section(QStringLiteral("Device State"))
        .field(QStringLiteral("AzureAdJoined"), QString::fromLatin1(aad))
        .field(QStringLiteral("DomainJoined"), QString::fromLatin1(domain))
        .section(QStringLiteral("User State"))
        .field(QStringLiteral("WorkplaceJoined"), QString::fromLatin1(wpj))
        .text();
}

} // namespace

TEST(FactsBuilder, JoinTypeMatrix)
{
    EXPECT_EQ(factsOf(deviceState("YES", "YES")).joinType, JoinType::Hybrid);
    EXPECT_EQ(factsOf(deviceState("YES", "NO")).joinType, JoinType::AzureAdJoined);
    EXPECT_EQ(factsOf(deviceState("NO", "YES")).joinType, JoinType::DomainOnly);
    EXPECT_EQ(factsOf(deviceState("NO", "NO", "YES")).joinType, JoinType::RegisteredOnly);
    EXPECT_EQ(factsOf(deviceState("NO", "NO")).joinType, JoinType::Workgroup);
    EXPECT_EQ(factsOf(QStringLiteral("AzureAdPrt : YES\nEnterprisePrt : NO\n")).joinType,
              JoinType::Unknown);
}

TEST(FactsBuilder, DomainNameWithoutDomainJoinedMeansHybrid)
{
    EXPECT_EQ(factsOf(QStringLiteral("AzureAdJoined : YES\nDomainName : FABRIKAM\n")).joinType,
              JoinType::Hybrid);
}

TEST(FactsBuilder, PrtState)
{
    EXPECT_EQ(factsOf(DsregTextBuilder::hybridJoined(QStringLiteral("YES")).text()).prt,
              PrtState::Present);
    EXPECT_EQ(factsOf(DsregTextBuilder::hybridJoined(QStringLiteral("NO")).text()).prt,
              PrtState::Missing);
    EXPECT_EQ(factsOf(deviceState("YES", "YES")).prt, PrtState::Unknown);
}

TEST(FactsBuilder, PrtNoAsSystemIsUnknown)
{
    const QString text = DsregTextBuilder::hybridJoined(QStringLiteral("NO"))
                             .section(QStringLiteral("Diagnostic Data"))
                             .field(QStringLiteral("User Context"), QStringLiteral("SYSTEM"))
                             .text();
    const Facts f = factsOf(text);
    EXPECT_TRUE(f.ranAsSystem);
    EXPECT_EQ(f.prt, PrtState::Unknown);
}

TEST(FactsBuilder, PreJoinTestsAndLastRegistration)
{
    const QString text =
        DsregTextBuilder::domainJoinedNotRegistered()
            .field(QStringLiteral("AD Connectivity Test"), QStringLiteral("PASS"))
            .field(QStringLiteral("AD Configuration Test"), QStringLiteral("FAIL [0x80070002]"))
            .field(QStringLiteral("DRS Discovery Test"), QStringLiteral("SKIPPED"))
            .blank()
            .field(QStringLiteral("Previous Registration"),
                   QStringLiteral("2026-11-25 07:41:09.000 UTC"))
            .field(QStringLiteral("Error Phase"), QStringLiteral("Discover"))
            .field(QStringLiteral("Client ErrorCode"), QStringLiteral("0x801C001D"))
            .text();
    const Facts f = factsOf(text);
    EXPECT_TRUE(f.preJoinDiagnostics);
    EXPECT_TRUE(f.adConnectivity.passed());
    EXPECT_TRUE(f.adConfiguration.failed());
    EXPECT_EQ(f.adConfiguration.value.codes, QStringList{QStringLiteral("0x80070002")});
    EXPECT_EQ(f.adConfiguration.evidence.field, QStringLiteral("AD Configuration Test"));
    EXPECT_GT(f.adConfiguration.evidence.line, 0);
    EXPECT_EQ(f.drsDiscovery.value.verdict, TestVerdict::Skipped);
    EXPECT_TRUE(f.lastRegistration.present);
    EXPECT_EQ(f.lastRegistration.errorPhase, QStringLiteral("discover"));
    EXPECT_EQ(f.lastRegistration.clientErrorCode, QStringLiteral("0x801c001d"));
    EXPECT_TRUE(f.lastRegistration.time.isValid());
    EXPECT_EQ(f.lastRegistration.evidence.size(), 3);
    EXPECT_TRUE(f.clientTime.isValid());
}

TEST(FactsBuilder, PrtAttemptDiagnostics)
{
    const QString text =
        DsregTextBuilder::hybridJoined(QStringLiteral("NO"))
            .field(QStringLiteral("AcquirePrtDiagnostics"), QStringLiteral("PRESENT"))
            .field(QStringLiteral("Attempt Status"), QStringLiteral("0xc000006d"))
            .field(QStringLiteral("HTTP Error"), QStringLiteral("0x0"))
            .field(QStringLiteral("Server Error Code"), QStringLiteral("invalid_grant"))
            .field(QStringLiteral("Server Error Description"),
                   QStringLiteral("AADSTS50126: Error validating credentials."))
            .text();
    const Facts f = factsOf(text);
    EXPECT_TRUE(f.prtAttempt.present);
    EXPECT_EQ(f.prtAttempt.attemptStatus, QStringLiteral("0xc000006d"));
    EXPECT_EQ(f.prtAttempt.serverErrorCode, QStringLiteral("invalid_grant"));
    EXPECT_EQ(f.prtAttempt.evidence.size(), 5);
}

TEST(FactsBuilder, DeviceAuthStatus)
{
    auto withStatus = [](const char *status) {
        QString text = DsregTextBuilder::hybridJoined().text();
        return factsOf(text.replace(QStringLiteral("SUCCESS"), QString::fromLatin1(status)))
            .deviceAuth;
    };
    EXPECT_EQ(withStatus("SUCCESS"), DeviceAuthState::Success);
    EXPECT_EQ(withStatus("FAILED. Device is either disabled or deleted"),
              DeviceAuthState::DisabledOrDeleted);
    EXPECT_EQ(withStatus("FAILED. ERROR"), DeviceAuthState::TestError);
}

TEST(FactsBuilder, ProxySections)
{
    const QString text =
        DsregTextBuilder::domainJoinedNotRegistered()
            .section(QStringLiteral("IE Proxy Config for Current User"))
            .field(QStringLiteral("Auto Detect Settings"), QStringLiteral("YES"))
            .field(QStringLiteral("Auto-Configuration URL"),
                   QStringLiteral("http://wpad/proxy.pac"))
            .field(QStringLiteral("Proxy Server List"), QStringLiteral("proxy:8080"))
            .section(QStringLiteral("WinHttp Default Proxy Config"))
            .field(QStringLiteral("Access Type"), QStringLiteral("DIRECT"))
            .text();
    const Facts f = factsOf(text);
    EXPECT_TRUE(f.proxy.winHttpDirect());
    EXPECT_TRUE(f.proxy.userHasProxy());
    EXPECT_EQ(f.proxy.ieAutoDetect, Tri::Yes);
    EXPECT_EQ(f.proxy.ieAutoConfigUrl, QStringLiteral("http://wpad/proxy.pac"));

    const Facts withProxy =
        factsOf(DsregTextBuilder::domainJoinedNotRegistered()
                    .section(QStringLiteral("WinHttp Default Proxy Config"))
                    .field(QStringLiteral("Access Type"), QStringLiteral("PROXY"))
                    .field(QStringLiteral("Proxy Server(s)"), QStringLiteral("proxy:3128"))
                    .text());
    EXPECT_FALSE(withProxy.proxy.winHttpDirect());
    EXPECT_EQ(withProxy.proxy.winHttpProxy, QStringLiteral("proxy:3128"));
}
