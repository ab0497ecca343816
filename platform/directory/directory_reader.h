#pragma once
// Reads what hybrid join needs from Active Directory over LDAP, in the order Windows uses it:
// RootDSE (naming contexts), the service connection point (SCP) with its keywords, and this
// computer's object with objectGUID and userCertificate. Plain data out; judging it is the
// checks' job. Works the same on both LDAP backends.

#include "ldap_client.h"
#include "x509_summary.h"

#include <cstdint>
#include <string>
#include <vector>

namespace jd::directory {

inline constexpr const char *kScpCommonName = "62a0ff2e-97b9-4513-943f-0d221bd30080";

struct DirectoryQuery
{
    LdapSettings ldap;
    std::string baseDn;       // empty: from RootDSE
    std::string computerName; // NetBIOS name (a trailing "$" or a DNS suffix is removed)
    std::int64_t now = 0;     // seconds since 1970 UTC, for certificate validity
};

struct ScpReadout
{
    bool searched = false;
    bool found = false;
    std::string dn; // where it was looked for, or where it was found
    std::vector<std::string> keywords;
    bool hasAzureAdName = false;
    bool hasAzureAdId = false;
    std::string azureAdName;
    std::string azureAdId; // as written
    bool azureAdIdIsGuid = false;
    LdapError error; // a failed search (not "no such object")
};

struct CertificateReadout
{
    std::string der;
    CertificateSummary summary;
    bool matchesObjectGuid = false; // subject is CN=<objectGUID>
    bool expired = false;
    bool notYetValid = false;
    bool usable() const { return summary.parsed && matchesObjectGuid && !expired && !notYetValid; }
};

struct ComputerReadout
{
    bool searched = false;
    bool found = false;
    std::string name; // the sAMAccountName searched for, with "$"
    std::string searchBase;
    std::string dn;
    std::string objectGuid; // Windows' text form
    int matches = 0;        // more than one object with that name is a finding of its own
    std::vector<CertificateReadout> certificates;
    LdapError error;
    bool hasUsableCertificate() const;
};

struct DirectoryReadout
{
    std::string backend;
    std::string url;
    LdapError connection; // RootDSE could not be read: no line of sight, slow server, …
    std::vector<std::string> namingContexts;
    std::string configurationNamingContext;
    std::string rootDomainNamingContext;
    std::string defaultNamingContext;
    std::string domainDn;        // where computers are searched
    std::string configurationDn; // where the SCP lives
    std::string bindMethod;      // "anonymous", "simple", "current-user"
    LdapError bindError;         // a refused bind (reading went on anonymously)
    ScpReadout scp;
    ComputerReadout computer;
    bool reached() const { return !connection.failed(); }
};

DirectoryReadout readDirectory(const DirectoryQuery &query);

// The SCP's keywords parsed as the reader does (azureADName:, azureADId:); for readouts loaded
// from a capture.
void applyScpKeywords(std::vector<std::string> keywords, ScpReadout *scp);
// One userCertificate value judged against the object's GUID at `now` (PEM accepted).
CertificateReadout judgeCertificate(const std::string &value, const std::string &objectGuid,
                                    std::int64_t now);

// "PC01$" for "pc01", "PC01.corp.example" or "PC01$".
std::string samAccountName(std::string_view computerName);

} // namespace jd::directory
