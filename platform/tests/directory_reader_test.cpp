// readDirectory against a real slapd with AD-like data: every case of step 1 (SCP) and step 3
// (computer certificate), plus a server that is down, one that never answers, and cancellation.
#include "directory_test_env.h"

#include <atomic>
#include <thread>

using namespace jd::directory;
using namespace jd::directory::test;
using Clock = std::chrono::steady_clock;

TEST(DirectoryReader, HealthyForestFromRootDse)
{
    const DirectoryReadout r = readDirectory(queryFor("PC-HEALTHY"));
    ASSERT_TRUE(r.reached()) << r.connection.message;
    EXPECT_EQ(r.configurationNamingContext, "CN=Configuration,DC=corp,DC=example");
    EXPECT_EQ(r.defaultNamingContext, "DC=corp,DC=example");
    EXPECT_EQ(r.domainDn, "DC=corp,DC=example");
    EXPECT_EQ(r.bindMethod, "anonymous");

    ASSERT_TRUE(r.scp.found);
    EXPECT_EQ(r.scp.keywords.size(), 2u);
    EXPECT_TRUE(r.scp.hasAzureAdName);
    EXPECT_EQ(r.scp.azureAdName, "corp.example");
    EXPECT_EQ(r.scp.azureAdId, fixtureValue("JD_TEST_TENANT_ID"));
    EXPECT_TRUE(r.scp.azureAdIdIsGuid);

    ASSERT_TRUE(r.computer.found);
    EXPECT_EQ(r.computer.name, "PC-HEALTHY$");
    EXPECT_EQ(readDirectory(queryFor("pc-healthy")).computer.objectGuid, r.computer.objectGuid);
    EXPECT_EQ(r.computer.objectGuid, fixtureValue("JD_TEST_GUID_PC_HEALTHY"));
    ASSERT_EQ(r.computer.certificates.size(), 1u);
    const CertificateReadout &c = r.computer.certificates.front();
    EXPECT_TRUE(c.summary.parsed) << c.summary.problem;
    EXPECT_EQ(c.summary.subject, "CN=" + r.computer.objectGuid);
    EXPECT_TRUE(c.matchesObjectGuid);
    EXPECT_TRUE(r.computer.hasUsableCertificate());
}

TEST(DirectoryReader, ObjectGuidIsFormattedTheWayWindowsDoes)
{
    // The fixture stores the GUID structure's bytes (first three fields little-endian).
    const DirectoryReadout r = readDirectory(queryFor("PC-WRONGSUBJECT"));
    ASSERT_TRUE(r.computer.found);
    EXPECT_EQ(r.computer.objectGuid, "04030201-0605-0807-090a-0b0c0d0e0f10");
}

TEST(DirectoryReader, ScpObjectMissing)
{
    const DirectoryReadout r = readDirectory(queryFor("PC-HEALTHY", "DC=noscp,DC=example"));
    ASSERT_TRUE(r.reached());
    EXPECT_TRUE(r.scp.searched);
    EXPECT_FALSE(r.scp.found);
    EXPECT_FALSE(r.scp.error.failed()) << r.scp.error.message;
    EXPECT_EQ(r.scp.dn, "CN=62a0ff2e-97b9-4513-943f-0d221bd30080,CN=Device Registration "
                        "Configuration,CN=Services,CN=Configuration,DC=noscp,DC=example");
}

TEST(DirectoryReader, ScpWithoutKeywords)
{
    const DirectoryReadout r = readDirectory(queryFor("X", "DC=nokeywords,DC=example"));
    ASSERT_TRUE(r.scp.found);
    EXPECT_TRUE(r.scp.keywords.empty());
    EXPECT_FALSE(r.scp.hasAzureAdName);
    EXPECT_FALSE(r.scp.hasAzureAdId);
}

TEST(DirectoryReader, ScpWithMalformedTenantId)
{
    const DirectoryReadout r = readDirectory(queryFor("X", "DC=badguid,DC=example"));
    ASSERT_TRUE(r.scp.found);
    EXPECT_TRUE(r.scp.hasAzureAdId);
    EXPECT_EQ(r.scp.azureAdId, "not-a-guid");
    EXPECT_FALSE(r.scp.azureAdIdIsGuid);
}

TEST(DirectoryReader, ScpWithOnlyTheTenantName)
{
    const DirectoryReadout r = readDirectory(queryFor("X", "DC=onlyname,DC=example"));
    ASSERT_TRUE(r.scp.found);
    EXPECT_TRUE(r.scp.hasAzureAdName);
    EXPECT_FALSE(r.scp.hasAzureAdId);
}

TEST(DirectoryReader, ExtraKeywordsAreKept)
{
    const DirectoryReadout r = readDirectory(queryFor("X", "DC=otherkeywords,DC=example"));
    ASSERT_TRUE(r.scp.found);
    EXPECT_EQ(r.scp.keywords.size(), 3u);
    EXPECT_TRUE(r.scp.azureAdIdIsGuid);
}

TEST(DirectoryReader, BaseDnMayNameTheConfigurationPartition)
{
    const DirectoryReadout r =
        readDirectory(queryFor("PC-HEALTHY", "CN=Configuration,DC=corp,DC=example"));
    EXPECT_TRUE(r.scp.found);
    EXPECT_EQ(r.domainDn, "DC=corp,DC=example");
    EXPECT_TRUE(r.computer.found);
}

TEST(DirectoryReader, ComputerWithoutCertificate)
{
    const DirectoryReadout r = readDirectory(queryFor("PC-NOCERT"));
    ASSERT_TRUE(r.computer.found);
    EXPECT_EQ(r.computer.objectGuid, fixtureValue("JD_TEST_GUID_PC_NOCERT"));
    EXPECT_TRUE(r.computer.certificates.empty());
    EXPECT_FALSE(r.computer.hasUsableCertificate());
}

TEST(DirectoryReader, ExpiredCertificate)
{
    const DirectoryReadout r = readDirectory(queryFor("PC-EXPIRED"));
    ASSERT_EQ(r.computer.certificates.size(), 1u);
    const CertificateReadout &c = r.computer.certificates.front();
    EXPECT_TRUE(c.matchesObjectGuid);
    EXPECT_TRUE(c.expired);
    EXPECT_EQ(formatUtcTime(c.summary.notAfter), "2021-01-01T00:00:00Z");
    EXPECT_EQ(formatUtcTime(c.summary.notBefore), "2020-01-01T00:00:00Z");
    EXPECT_FALSE(r.computer.hasUsableCertificate());
}

TEST(DirectoryReader, CertificateWithTheWrongSubject)
{
    const DirectoryReadout r = readDirectory(queryFor("PC-WRONGSUBJECT"));
    ASSERT_EQ(r.computer.certificates.size(), 1u);
    const CertificateReadout &c = r.computer.certificates.front();
    EXPECT_EQ(c.summary.subjectCommonName, "ffffffff-1111-2222-3333-444444444444");
    EXPECT_FALSE(c.matchesObjectGuid);
    EXPECT_FALSE(c.expired);
    EXPECT_FALSE(r.computer.hasUsableCertificate());
}

TEST(DirectoryReader, RenewedCertificateNextToAnExpiredOne)
{
    const DirectoryReadout r = readDirectory(queryFor("PC-RENEWED"));
    ASSERT_EQ(r.computer.certificates.size(), 2u);
    EXPECT_TRUE(r.computer.hasUsableCertificate());
}

TEST(DirectoryReader, CertificateNotYetValid)
{
    const DirectoryReadout r = readDirectory(queryFor("PC-NOTYETVALID"));
    ASSERT_EQ(r.computer.certificates.size(), 1u);
    EXPECT_TRUE(r.computer.certificates.front().notYetValid);
    EXPECT_FALSE(r.computer.hasUsableCertificate());
}

TEST(DirectoryReader, ComputerObjectMissing)
{
    const DirectoryReadout r = readDirectory(queryFor("PC-ABSENT"));
    ASSERT_TRUE(r.reached());
    EXPECT_TRUE(r.computer.searched);
    EXPECT_FALSE(r.computer.found);
    EXPECT_EQ(r.computer.matches, 0);
    EXPECT_FALSE(r.computer.error.failed());
    EXPECT_TRUE(r.scp.found); // the rest of the directory was still read
}

TEST(DirectoryReader, ComputerNameFormsAndFilterEscaping)
{
    EXPECT_TRUE(readDirectory(queryFor("pc-healthy.corp.example")).computer.found);
    EXPECT_TRUE(readDirectory(queryFor("PC-HEALTHY$")).computer.found);
    // A wildcard in the name is a literal, not "every computer".
    EXPECT_FALSE(readDirectory(queryFor("PC-*")).computer.found);
    EXPECT_FALSE(readDirectory(queryFor("*)(objectClass=*")).computer.found);
}

TEST(DirectoryReader, SimpleBind)
{
    DirectoryQuery q = queryFor("PC-HEALTHY");
    q.ldap.bind = BindMethod::Simple;
    q.ldap.bindDn = fixtureValue("JD_TEST_LDAP_BIND_DN");
    q.ldap.password = fixtureValue("JD_TEST_LDAP_PASSWORD");
    const DirectoryReadout r = readDirectory(q);
    EXPECT_FALSE(r.bindError.failed()) << r.bindError.message;
    EXPECT_EQ(r.bindMethod, "simple");
    EXPECT_TRUE(r.computer.found);
}

TEST(DirectoryReader, RefusedBindFallsBackToAnonymousReading)
{
    DirectoryQuery q = queryFor("PC-HEALTHY");
    q.ldap.bind = BindMethod::Simple;
    q.ldap.bindDn = fixtureValue("JD_TEST_LDAP_BIND_DN");
    q.ldap.password = "wrong";
    const DirectoryReadout r = readDirectory(q);
    EXPECT_EQ(r.bindError.kind, LdapErrorKind::AuthFailed) << r.bindError.message;
    EXPECT_EQ(r.bindError.code, 49);
    EXPECT_EQ(r.bindMethod, "anonymous");
    EXPECT_TRUE(r.reached());
    EXPECT_TRUE(r.scp.found);
}

TEST(DirectoryReader, CurrentUserBindThatTheServerRefusesFallsBack)
{
    // slapd here offers no Negotiate (GSS-SPNEGO): wldap32 gets a refusal, libldap cannot try.
    DirectoryQuery q = queryFor("PC-HEALTHY");
    q.ldap.bind = BindMethod::CurrentUser;
    const DirectoryReadout r = readDirectory(q);
    EXPECT_TRUE(r.bindError.failed());
    EXPECT_EQ(r.bindMethod, "anonymous");
    EXPECT_TRUE(r.computer.found);
}

TEST(DirectoryReader, ServerDown)
{
    const auto start = Clock::now();
    const DirectoryReadout r = readDirectory(queryFor("PC-HEALTHY", {}, "JD_TEST_LDAP_DOWN_URL"));
    EXPECT_FALSE(r.reached());
    EXPECT_EQ(r.connection.kind, LdapErrorKind::Unreachable) << r.connection.message;
    EXPECT_FALSE(r.scp.searched);
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(3));
}

TEST(DirectoryReader, SlowServerTimesOut)
{
    DirectoryQuery q = queryFor("PC-HEALTHY", {}, "JD_TEST_LDAP_SLOW_URL");
    q.ldap.timeout = std::chrono::milliseconds(500);
    const auto start = Clock::now();
    const DirectoryReadout r = readDirectory(q);
    const auto elapsed = Clock::now() - start;
    EXPECT_EQ(r.connection.kind, LdapErrorKind::TimedOut) << r.connection.message;
    EXPECT_GE(elapsed, std::chrono::milliseconds(450));
    EXPECT_LT(elapsed, std::chrono::seconds(5));
}

TEST(DirectoryReader, CancelStopsAWaitingRead)
{
    DirectoryQuery q = queryFor("PC-HEALTHY", {}, "JD_TEST_LDAP_SLOW_URL");
    q.ldap.timeout = std::chrono::seconds(60);
    std::atomic<bool> cancel{false};
    q.ldap.cancelled = [&cancel] {
        return cancel.load();
    };
    std::thread stopper([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });
    const auto start = Clock::now();
    const DirectoryReadout r = readDirectory(q);
    stopper.join();
    EXPECT_EQ(r.connection.kind, LdapErrorKind::Cancelled);
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(5));
}

TEST(DirectoryReader, BadUrl)
{
    DirectoryQuery q = queryFor("PC-HEALTHY");
    q.ldap.url = "http://127.0.0.1:1";
    const DirectoryReadout r = readDirectory(q);
    EXPECT_EQ(r.connection.kind, LdapErrorKind::BadUrl);
}

TEST(DirectoryReader, EveryPrefixOfARealCertificateIsHandled)
{
    const DirectoryReadout r = readDirectory(queryFor("PC-HEALTHY"));
    ASSERT_EQ(r.computer.certificates.size(), 1u);
    const std::string der = r.computer.certificates.front().der;
    for (size_t n = 0; n < der.size(); ++n) {
        EXPECT_FALSE(summariseCertificate(der.substr(0, n)).parsed) << n;
    }
    std::string flipped = der;
    for (size_t i = 0; i < flipped.size(); ++i) {
        flipped[i] = char(flipped[i] ^ 0xff);
        summariseCertificate(flipped); // must not crash or read out of bounds
        flipped[i] = der[i];
    }
}
