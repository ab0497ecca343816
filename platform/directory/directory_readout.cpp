// Judging what was read from the directory (or loaded from a capture): the SCP's keywords, a
// certificate against the object's GUID. No LDAP here, so a capture can be analysed without the
// LDAP client and its libraries.
#include "directory_reader.h"

#include "ascii_text.h"
#include "guid_text.h"
#include "x509_summary.h"

#include <algorithm>

namespace jd::directory {

void applyScpKeywords(std::vector<std::string> keywords, ScpReadout *scp)
{
    scp->keywords = std::move(keywords);
    scp->hasAzureAdName = scp->hasAzureAdId = scp->azureAdIdIsGuid = false;
    scp->azureAdName.clear();
    scp->azureAdId.clear();
    for (const std::string &k : scp->keywords) {
        const size_t colon = k.find(':');
        const std::string key = lower(trimmed(k.substr(0, colon)));
        const std::string value =
            colon == std::string::npos ? std::string() : trimmed(k.substr(colon + 1));
        if (key == "azureadname") {
            scp->hasAzureAdName = true;
            scp->azureAdName = value;
        } else if (key == "azureadid") {
            scp->hasAzureAdId = true;
            scp->azureAdId = value;
            scp->azureAdIdIsGuid = canonicalGuid(value).has_value();
        }
    }
}

CertificateReadout judgeCertificate(const std::string &value, const std::string &objectGuid,
                                    std::int64_t now)
{
    CertificateReadout c;
    c.der = derFromPem(value).value_or(value);
    c.summary = summariseCertificate(c.der);
    if (c.summary.parsed) {
        const auto cn = canonicalGuid(c.summary.subjectCommonName);
        c.matchesObjectGuid = cn && !objectGuid.empty() && *cn == objectGuid;
        c.expired = c.summary.notAfter < now;
        c.notYetValid = c.summary.notBefore > now;
    }
    return c;
}

bool ComputerReadout::hasUsableCertificate() const
{
    return std::any_of(certificates.begin(), certificates.end(),
                       [](const CertificateReadout &c) { return c.usable(); });
}

std::string samAccountName(std::string_view computerName)
{
    std::string name = trimmed(std::string(computerName));
    name = name.substr(0, name.find('.'));
    if (!name.empty() && name.back() == '$') {
        name.pop_back();
    }
    if (name.empty()) {
        return {};
    }
    return name + "$"; // as given: AD matches sAMAccountName without regard to case
}

} // namespace jd::directory
