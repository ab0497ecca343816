#include "directory_reader.h"

#include "guid_text.h"

#include <algorithm>
#include <cctype>

namespace jd::directory {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool startsWithIgnoreCase(const std::string &s, std::string_view prefix)
{
    return s.size() >= prefix.size() &&
           lower(s.substr(0, prefix.size())) == lower(std::string(prefix));
}

std::string trimmed(std::string s)
{
    const auto notSpace = [](unsigned char c) {
        return !std::isspace(c);
    };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}

// The domain and configuration partitions: the caller's base DN wins, then RootDSE's
// AD attributes, then the first DC= naming context (a directory that is not AD).
void choosePartitions(const DirectoryQuery &query, DirectoryReadout &out)
{
    std::string base = trimmed(query.baseDn);
    if (!base.empty()) {
        if (startsWithIgnoreCase(base, "CN=Configuration,")) {
            out.configurationDn = base;
            out.domainDn = base.substr(std::string("CN=Configuration,").size());
        } else {
            out.domainDn = base;
            out.configurationDn = "CN=Configuration," + base;
        }
        return;
    }
    std::string forest = out.rootDomainNamingContext;
    out.domainDn = out.defaultNamingContext;
    if (out.domainDn.empty()) {
        for (const std::string &nc : out.namingContexts) {
            if (startsWithIgnoreCase(nc, "DC=")) {
                out.domainDn = nc;
                break;
            }
        }
        if (out.domainDn.empty() && !out.namingContexts.empty()) {
            out.domainDn = out.namingContexts.front();
        }
    }
    if (forest.empty()) {
        forest = out.domainDn;
    }
    out.configurationDn = !out.configurationNamingContext.empty()
                              ? out.configurationNamingContext
                              : (forest.empty() ? std::string() : "CN=Configuration," + forest);
}

void readRootDse(LdapConnection &ldap, DirectoryReadout &out)
{
    const SearchResult root = ldap.search("", SearchScope::Base, "(objectClass=*)",
                                          {"namingContexts", "configurationNamingContext",
                                           "rootDomainNamingContext", "defaultNamingContext"},
                                          1);
    if (root.error.failed()) {
        out.connection = root.error;
        return;
    }
    if (root.entries.empty()) {
        return;
    }
    const LdapEntry &e = root.entries.front();
    if (const auto *v = e.values("namingContexts")) {
        out.namingContexts = *v;
    }
    out.configurationNamingContext = e.first("configurationNamingContext");
    out.rootDomainNamingContext = e.first("rootDomainNamingContext");
    out.defaultNamingContext = e.first("defaultNamingContext");
}

void readScp(LdapConnection &ldap, DirectoryReadout &out)
{
    ScpReadout &scp = out.scp;
    scp.searched = true;
    scp.dn = std::string("CN=") + kScpCommonName +
             ",CN=Device Registration Configuration,CN=Services," + out.configurationDn;
    const SearchResult r =
        ldap.search(scp.dn, SearchScope::Base, "(objectClass=*)", {"keywords"}, 1);
    if (r.error.kind == LdapErrorKind::NoSuchObject || (!r.error.failed() && r.entries.empty())) {
        return;
    }
    if (r.error.failed()) {
        scp.error = r.error;
        return;
    }
    scp.found = true;
    scp.dn = r.entries.front().dn;
    if (const auto *v = r.entries.front().values("keywords")) {
        scp.keywords = *v;
    }
    applyScpKeywords(scp.keywords, &scp);
}

void readComputer(LdapConnection &ldap, const DirectoryQuery &query, DirectoryReadout &out)
{
    ComputerReadout &pc = out.computer;
    pc.name = samAccountName(query.computerName);
    if (pc.name.empty()) {
        return;
    }
    pc.searched = true;
    pc.searchBase = out.domainDn;
    const std::string filter =
        "(&(objectClass=computer)(sAMAccountName=" + escapeFilterValue(pc.name) + "))";
    const SearchResult r = ldap.search(out.domainDn, SearchScope::Subtree, filter,
                                       {"objectGUID", "userCertificate", "dNSHostName"}, 10);
    if (r.error.failed() && r.error.kind != LdapErrorKind::NoSuchObject) {
        pc.error = r.error;
        return;
    }
    pc.matches = int(r.entries.size());
    if (r.entries.empty()) {
        return;
    }
    const LdapEntry &e = r.entries.front();
    pc.found = true;
    pc.dn = e.dn;
    pc.objectGuid = objectGuidText(e.first("objectGUID"));
    if (const auto *certs = e.values("userCertificate")) {
        for (const std::string &der : *certs) {
            CertificateReadout c = judgeCertificate(der, pc.objectGuid, query.now);
            pc.certificates.push_back(std::move(c));
        }
    }
}

} // namespace

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

DirectoryReadout readDirectory(const DirectoryQuery &query)
{
    DirectoryReadout out;
    out.url = query.ldap.url;
    std::unique_ptr<LdapConnection> ldap = openLdapConnection(query.ldap);
    out.backend = ldap->backendName();

    // RootDSE first and anonymously: it proves the server answers LDAP at all (a black hole
    // accepts TCP but never answers) before any bind that could wait longer.
    readRootDse(*ldap, out);
    if (out.connection.failed()) {
        return out;
    }
    switch (query.ldap.bind) {
    case BindMethod::Anonymous:
        out.bindMethod = "anonymous";
        break;
    case BindMethod::Simple:
        out.bindMethod = "simple";
        break;
    case BindMethod::CurrentUser:
        out.bindMethod = "current-user";
        break;
    }
    if (query.ldap.bind != BindMethod::Anonymous) {
        out.bindError = ldap->bind();
        if (out.bindError.kind == LdapErrorKind::TimedOut ||
            out.bindError.kind == LdapErrorKind::Cancelled ||
            out.bindError.kind == LdapErrorKind::Unreachable) {
            out.connection = out.bindError;
            return out;
        }
        if (out.bindError.failed()) {
            out.bindMethod = "anonymous";
        }
    }
    choosePartitions(query, out);
    if (!out.configurationDn.empty()) {
        readScp(*ldap, out);
    }
    if (!out.domainDn.empty()) {
        readComputer(*ldap, query, out);
    }
    for (const LdapError *e : {&out.scp.error, &out.computer.error}) {
        if (e->kind == LdapErrorKind::TimedOut || e->kind == LdapErrorKind::Cancelled ||
            e->kind == LdapErrorKind::Unreachable) {
            out.connection = *e; // the server went away half-way
        }
    }
    return out;
}

} // namespace jd::directory
