#include "directory_reader.h"

#include "ascii_text.h"
#include "guid_text.h"

#include <algorithm>
#include <cctype>

namespace jd::directory {

namespace {

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
