// The directory layer's pure parts: URLs, filter escaping, GUID text, dates.
#include "directory_reader.h"
#include "guid_text.h"
#include "ldap_client.h"

#include <gtest/gtest.h>

using namespace jd::directory;

TEST(LdapUrl, Forms)
{
    LdapUrl u = parseLdapUrl("ldap://dc1.corp.example:3268");
    EXPECT_TRUE(u.valid);
    EXPECT_EQ(u.host, "dc1.corp.example");
    EXPECT_EQ(u.port, 3268);
    EXPECT_FALSE(u.secure);
    u = parseLdapUrl("LDAPS://dc1/");
    EXPECT_TRUE(u.valid);
    EXPECT_TRUE(u.secure);
    EXPECT_EQ(u.port, 636);
    u = parseLdapUrl("ldap://[::1]:389");
    EXPECT_TRUE(u.valid);
    EXPECT_EQ(u.host, "::1");
    EXPECT_EQ(parseLdapUrl("ldap://127.0.0.1").port, 389);
    for (const char *bad : {"", "http://x", "ldap://", "ldap://:389", "ldap://h:0",
                            "ldap://h:99999", "ldap://h:12a", "ldap://[::1", "ldap://a b"}) {
        EXPECT_FALSE(parseLdapUrl(bad).valid) << bad;
    }
}

TEST(LdapFilter, EscapesSpecialCharacters)
{
    EXPECT_EQ(escapeFilterValue("PC01$"), "PC01$");
    EXPECT_EQ(escapeFilterValue("a*b(c)d\\e"), "a\\2ab\\28c\\29d\\5ce");
    EXPECT_EQ(escapeFilterValue(std::string("x\0y", 3)), "x\\00y");
}

TEST(GuidText, ObjectGuidBytes)
{
    const std::string bytes("\x04\x03\x02\x01\x06\x05\x08\x07\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10", 16);
    EXPECT_EQ(formatObjectGuid(bytes), "01020304-0506-0708-090a-0b0c0d0e0f10");
    EXPECT_EQ(formatObjectGuid("short"), "");
    EXPECT_EQ(objectGuidText(bytes), "01020304-0506-0708-090a-0b0c0d0e0f10");
    EXPECT_EQ(objectGuidText("{01020304-0506-0708-090A-0B0C0D0E0F10}"),
              "01020304-0506-0708-090a-0b0c0d0e0f10");
}

TEST(GuidText, Canonical)
{
    EXPECT_EQ(canonicalGuid(" {AABBCCDD-0011-2233-4455-66778899AABB} ").value_or("x"),
              "aabbccdd-0011-2233-4455-66778899aabb");
    EXPECT_FALSE(canonicalGuid("aabbccdd-0011-2233-4455-66778899aab").has_value());
    EXPECT_FALSE(canonicalGuid("aabbccdd+0011-2233-4455-66778899aabb").has_value());
    EXPECT_FALSE(canonicalGuid("gabbccdd-0011-2233-4455-66778899aabb").has_value());
    EXPECT_FALSE(canonicalGuid("not-a-guid").has_value());
}

TEST(SamAccountName, Forms)
{
    EXPECT_EQ(samAccountName("pc01"), "pc01$");
    EXPECT_EQ(samAccountName("PC01$"), "PC01$");
    EXPECT_EQ(samAccountName("pc01.corp.example"), "pc01$");
    EXPECT_EQ(samAccountName("  "), "");
    EXPECT_EQ(samAccountName("$"), "");
}

TEST(UtcTime, Formats)
{
    EXPECT_EQ(formatUtcTime(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(formatUtcTime(1609459200), "2021-01-01T00:00:00Z");
    EXPECT_EQ(formatUtcTime(4102444799), "2099-12-31T23:59:59Z");
}

TEST(CertificateSummary, JunkIsRefused)
{
    EXPECT_FALSE(summariseCertificate("").parsed);
    EXPECT_FALSE(summariseCertificate("\x30\x84\xff\xff\xff\xff").parsed);
    EXPECT_FALSE(summariseCertificate(std::string(100, '\x30')).parsed);
    EXPECT_FALSE(summariseCertificate("-----BEGIN CERTIFICATE-----").parsed);
}

TEST(CertificateSummary, PemTextIsUnwrapped)
{
    EXPECT_FALSE(derFromPem("MIIB").has_value());
    EXPECT_EQ(derFromPem("-----BEGIN CERTIFICATE-----\nTWFu\nYQ==\n-----END CERTIFICATE-----\n")
                  .value_or("x"),
              "Mana");
    EXPECT_FALSE(
        derFromPem("-----BEGIN CERTIFICATE-----\n*!\n-----END CERTIFICATE-----").has_value());
}
