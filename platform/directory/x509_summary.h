#pragma once
// The few fields of an X.509 certificate the directory check needs (subject, issuer, validity),
// read from DER by a small bounds-checked reader. Plain C++ so that both LDAP backends and the
// fuzzers use the same code; anything unexpected gives parsed == false, never a crash.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jd::directory {

struct CertificateSummary
{
    bool parsed = false;
    std::string problem; // why parsing stopped, when it did
    std::string subject; // "CN=…, O=…" (RFC 4514 order)
    std::string subjectCommonName;
    std::string issuer;
    std::string serialHex;
    std::int64_t notBefore = 0; // seconds since 1970-01-01 UTC
    std::int64_t notAfter = 0;
};

CertificateSummary summariseCertificate(std::string_view der);

// The DER inside a PEM "CERTIFICATE" block (some tools store userCertificate as text); nullopt
// when the value is not PEM.
std::optional<std::string> derFromPem(std::string_view text);

// "2027-01-31T12:00:00Z"
std::string formatUtcTime(std::int64_t secondsSinceEpoch);

} // namespace jd::directory
