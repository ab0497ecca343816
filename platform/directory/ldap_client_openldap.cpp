// The libldap (OpenLDAP) backend: asynchronous operations polled in short slices, so that the
// time-out and cancellation hold even when the server accepts the connection and never answers.

#include "ldap_client.h"

#include <ldap.h>

#include <chrono>
#include <cstring>

namespace jd::directory {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kSlice = std::chrono::milliseconds(50);

LdapError errorFor(int code, const char *diagnostic = nullptr)
{
    LdapError e;
    e.code = code;
    e.message = ldap_err2string(code);
    if (diagnostic && *diagnostic) {
        e.message += std::string(": ") + diagnostic;
    }
    switch (code) {
    case LDAP_SUCCESS:
        e.kind = LdapErrorKind::None;
        e.message.clear();
        break;
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
        e.kind = LdapErrorKind::Unreachable;
        break;
    case LDAP_TIMEOUT:
    case LDAP_TIMELIMIT_EXCEEDED:
        e.kind = LdapErrorKind::TimedOut;
        break;
    case LDAP_INVALID_CREDENTIALS:
    case LDAP_INAPPROPRIATE_AUTH:
    case LDAP_AUTH_METHOD_NOT_SUPPORTED:
    case LDAP_STRONG_AUTH_REQUIRED:
        e.kind = LdapErrorKind::AuthFailed;
        break;
    case LDAP_INSUFFICIENT_ACCESS:
    case LDAP_OPERATIONS_ERROR: // AD: "a successful bind must be completed"
        e.kind = LdapErrorKind::AccessDenied;
        break;
    case LDAP_NO_SUCH_OBJECT:
        e.kind = LdapErrorKind::NoSuchObject;
        break;
    default:
        e.kind = LdapErrorKind::ServerError;
        break;
    }
    return e;
}

LdapError simpleError(LdapErrorKind kind, std::string message)
{
    LdapError e;
    e.kind = kind;
    e.message = std::move(message);
    return e;
}

class OpenLdapConnection final : public LdapConnection
{
public:
    explicit OpenLdapConnection(LdapSettings settings) : m_settings(std::move(settings)) {}
    ~OpenLdapConnection() override
    {
        if (m_ld) {
            ldap_unbind_ext_s(m_ld, nullptr, nullptr);
        }
    }

    const char *backendName() const override { return "libldap"; }

    LdapError bind() override
    {
        if (m_settings.bind == BindMethod::CurrentUser) {
            return simpleError(LdapErrorKind::AuthFailed,
                               "binding as the signed-in user needs Windows (wldap32)");
        }
        if (LdapError e = open(); e.failed()) {
            return e;
        }
        berval password{};
        password.bv_val = const_cast<char *>(m_settings.password.c_str());
        password.bv_len = m_settings.password.size();
        const char *dn = m_settings.bind == BindMethod::Simple ? m_settings.bindDn.c_str() : "";
        int msgid = 0;
        const int rc =
            ldap_sasl_bind(m_ld, dn, LDAP_SASL_SIMPLE, &password, nullptr, nullptr, &msgid);
        if (rc != LDAP_SUCCESS) {
            return errorFor(rc);
        }
        LDAPMessage *result = nullptr;
        if (LdapError e = await(msgid, &result); e.failed()) {
            return e;
        }
        return finish(result);
    }

    SearchResult search(const std::string &base, SearchScope scope, const std::string &filter,
                        const std::vector<std::string> &attributes, int sizeLimit) override
    {
        SearchResult out;
        if (out.error = open(); out.error.failed()) {
            return out;
        }
        std::vector<char *> attrs;
        attrs.reserve(attributes.size() + 1);
        for (const std::string &a : attributes) {
            attrs.push_back(const_cast<char *>(a.c_str()));
        }
        attrs.push_back(nullptr);
        const int ldapScope = scope == SearchScope::Base       ? LDAP_SCOPE_BASE
                              : scope == SearchScope::OneLevel ? LDAP_SCOPE_ONELEVEL
                                                               : LDAP_SCOPE_SUBTREE;
        timeval limit = toTimeval(m_settings.timeout);
        int msgid = 0;
        const int rc = ldap_search_ext(m_ld, base.c_str(), ldapScope, filter.c_str(), attrs.data(),
                                       0, nullptr, nullptr, &limit, sizeLimit, &msgid);
        if (rc != LDAP_SUCCESS) {
            out.error = errorFor(rc);
            return out;
        }
        LDAPMessage *result = nullptr;
        if (out.error = await(msgid, &result); out.error.failed()) {
            return out;
        }
        for (LDAPMessage *m = ldap_first_entry(m_ld, result); m; m = ldap_next_entry(m_ld, m)) {
            out.entries.push_back(readEntry(m));
        }
        out.error = finish(result);
        if (out.error.code == LDAP_SIZELIMIT_EXCEEDED) {
            out.error = {}; // the entries we asked for are there
        }
        return out;
    }

private:
    static timeval toTimeval(std::chrono::milliseconds ms)
    {
        timeval tv{};
        tv.tv_sec = ms.count() / 1000;
        tv.tv_usec = (ms.count() % 1000) * 1000;
        return tv;
    }

    LdapError open()
    {
        if (m_ld) {
            return {};
        }
        const LdapUrl url = parseLdapUrl(m_settings.url);
        if (!url.valid) {
            return simpleError(LdapErrorKind::BadUrl,
                               "not an ldap:// or ldaps:// URL: " + m_settings.url);
        }
        const std::string host =
            url.host.find(':') != std::string::npos ? "[" + url.host + "]" : url.host;
        const std::string uri = std::string(url.secure ? "ldaps://" : "ldap://") + host + ":" +
                                std::to_string(url.port);
        if (const int rc = ldap_initialize(&m_ld, uri.c_str()); rc != LDAP_SUCCESS) {
            m_ld = nullptr;
            return errorFor(rc);
        }
        const int version = LDAP_VERSION3;
        ldap_set_option(m_ld, LDAP_OPT_PROTOCOL_VERSION, &version);
        ldap_set_option(m_ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
        const timeval connect = toTimeval(m_settings.timeout);
        ldap_set_option(m_ld, LDAP_OPT_NETWORK_TIMEOUT, &connect);
        ldap_set_option(m_ld, LDAP_OPT_TIMEOUT, &connect);
        return {};
    }

    // Waits for the whole answer to `msgid` in short slices; abandons it on time-out or cancel.
    LdapError await(int msgid, LDAPMessage **result)
    {
        const auto deadline = Clock::now() + m_settings.timeout;
        for (;;) {
            if (m_settings.cancelled && m_settings.cancelled()) {
                ldap_abandon_ext(m_ld, msgid, nullptr, nullptr);
                return simpleError(LdapErrorKind::Cancelled, "cancelled");
            }
            if (Clock::now() >= deadline) {
                ldap_abandon_ext(m_ld, msgid, nullptr, nullptr);
                return simpleError(LdapErrorKind::TimedOut,
                                   "no answer within " +
                                       std::to_string(m_settings.timeout.count()) + " ms");
            }
            timeval slice = toTimeval(kSlice);
            const int rc = ldap_result(m_ld, msgid, LDAP_MSG_ALL, &slice, result);
            if (rc > 0) {
                return {};
            }
            if (rc < 0) {
                int code = LDAP_SERVER_DOWN;
                ldap_get_option(m_ld, LDAP_OPT_RESULT_CODE, &code);
                return errorFor(code);
            }
        }
    }

    // The final result code of an answer; frees it.
    LdapError finish(LDAPMessage *result)
    {
        int code = LDAP_SUCCESS;
        char *diagnostic = nullptr;
        const int rc =
            ldap_parse_result(m_ld, result, &code, nullptr, &diagnostic, nullptr, nullptr, 1);
        LdapError e = errorFor(rc == LDAP_SUCCESS ? code : rc, diagnostic);
        if (diagnostic) {
            ldap_memfree(diagnostic);
        }
        return e;
    }

    LdapEntry readEntry(LDAPMessage *m)
    {
        LdapEntry entry;
        if (char *dn = ldap_get_dn(m_ld, m)) {
            entry.dn = dn;
            ldap_memfree(dn);
        }
        BerElement *ber = nullptr;
        for (char *name = ldap_first_attribute(m_ld, m, &ber); name;
             name = ldap_next_attribute(m_ld, m, ber)) {
            LdapAttribute a;
            a.name = name;
            if (berval **values = ldap_get_values_len(m_ld, m, name)) {
                for (berval **v = values; *v; ++v) {
                    a.values.emplace_back((*v)->bv_val, (*v)->bv_len);
                }
                ldap_value_free_len(values);
            }
            entry.attributes.push_back(std::move(a));
            ldap_memfree(name);
        }
        if (ber) {
            ber_free(ber, 0);
        }
        return entry;
    }

    LdapSettings m_settings;
    LDAP *m_ld = nullptr;
};

} // namespace

std::unique_ptr<LdapConnection> openLdapConnection(const LdapSettings &settings)
{
    return std::make_unique<OpenLdapConnection>(settings);
}

} // namespace jd::directory
