// The wldap32 backend (Windows, and Wine for the tests): asynchronous operations polled in short
// slices so that time-outs and cancellation hold; the signed-in user's credentials via Negotiate.

#include "ldap_client.h"

#include <windows.h>
// Order matters: winldap.h needs windows.h, winber.h needs winldap.h.
#include <winldap.h>
// clang-format off
#include <winber.h>
// clang-format on

#include <chrono>

namespace jd::directory {

namespace {

using Clock = std::chrono::steady_clock;
constexpr long kSliceMs = 50;

std::wstring wide(const std::string &utf8)
{
    if (utf8.empty()) {
        return {};
    }
    const int n = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), int(utf8.size()), nullptr, 0);
    std::wstring out(size_t(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), int(utf8.size()), out.data(), n);
    return out;
}

std::string narrow(const wchar_t *text)
{
    if (!text || !*text) {
        return {};
    }
    const int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
    std::string out(size_t(n > 0 ? n - 1 : 0), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text, -1, out.data(), n, nullptr, nullptr);
    return out;
}

LdapError errorFor(ULONG code, const std::string &diagnostic = {})
{
    LdapError e;
    e.code = int(code);
    e.message = narrow(ldap_err2stringW(code));
    if (!diagnostic.empty()) {
        e.message += ": " + diagnostic;
    }
    switch (code) {
    case LDAP_SUCCESS:
        e.kind = LdapErrorKind::None;
        e.message.clear();
        break;
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
    case LDAP_UNAVAILABLE:
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
    case LDAP_AUTH_UNKNOWN:
    case LDAP_LOCAL_ERROR:
        e.kind = LdapErrorKind::AuthFailed;
        break;
    case LDAP_INSUFFICIENT_RIGHTS:
    case LDAP_OPERATIONS_ERROR:
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

bool runningUnderWine()
{
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

LdapError simpleError(LdapErrorKind kind, std::string message)
{
    LdapError e;
    e.kind = kind;
    e.message = std::move(message);
    return e;
}

class Wldap32Connection final : public LdapConnection
{
public:
    explicit Wldap32Connection(LdapSettings settings) : m_settings(std::move(settings)) {}
    ~Wldap32Connection() override
    {
        if (m_ld) {
            ldap_unbind(m_ld);
        }
    }

    const char *backendName() const override { return "wldap32"; }

    LdapError bind() override
    {
        if (const LdapError e = open(); e.failed()) {
            return e;
        }
        if (m_settings.bind == BindMethod::CurrentUser) {
            if (runningUnderWine()) {
                // Wine 8's wldap32 crashes in its SASL callback when no explicit credentials
                // are given; there is no logon session to use there anyway.
                return simpleError(LdapErrorKind::AuthFailed,
                                   "binding as the signed-in user is not available under Wine");
            }
            // Negotiate (Kerberos or NTLM) with the signed-in user's logon session. Only a
            // synchronous call exists; the server has already answered RootDSE at this point.
            const ULONG rc = ldap_bind_sW(m_ld, nullptr, nullptr, LDAP_AUTH_NEGOTIATE);
            return errorFor(rc);
        }
        std::wstring dn = wide(m_settings.bind == BindMethod::Simple ? m_settings.bindDn : "");
        std::wstring password = wide(m_settings.password);
        const ULONG msgid = ldap_simple_bindW(m_ld, dn.data(), password.data());
        if (msgid == ULONG(-1)) {
            return errorFor(LdapGetLastError());
        }
        LDAPMessage *result = nullptr;
        if (const LdapError e = await(msgid, &result); e.failed()) {
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
        std::vector<std::wstring> names;
        for (const std::string &a : attributes) {
            names.push_back(wide(a));
        }
        std::vector<PWCHAR> attrs;
        for (std::wstring &n : names) {
            attrs.push_back(n.data());
        }
        attrs.push_back(nullptr);
        std::wstring wbase = wide(base);
        std::wstring wfilter = wide(filter);
        const ULONG ldapScope = scope == SearchScope::Base       ? LDAP_SCOPE_BASE
                                : scope == SearchScope::OneLevel ? LDAP_SCOPE_ONELEVEL
                                                                 : LDAP_SCOPE_SUBTREE;
        ULONG msgid = 0;
        const ULONG seconds = ULONG((m_settings.timeout.count() + 999) / 1000);
        const ULONG rc =
            ldap_search_extW(m_ld, wbase.data(), ldapScope, wfilter.data(), attrs.data(), 0,
                             nullptr, nullptr, seconds, ULONG(sizeLimit), &msgid);
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
            out.error = {};
        }
        return out;
    }

private:
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
        std::wstring host = wide(url.host);
        m_ld = url.secure ? ldap_sslinitW(host.data(), ULONG(url.port), 1)
                          : ldap_initW(host.data(), ULONG(url.port));
        if (!m_ld) {
            return errorFor(LdapGetLastError());
        }
        ULONG version = LDAP_VERSION3;
        ldap_set_optionW(m_ld, LDAP_OPT_PROTOCOL_VERSION, &version);
        ldap_set_optionW(m_ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
        l_timeval connect{};
        connect.tv_sec = LONG(m_settings.timeout.count() / 1000);
        connect.tv_usec = LONG(m_settings.timeout.count() % 1000 * 1000);
        const ULONG rc = ldap_connect(m_ld, &connect);
        if (rc != LDAP_SUCCESS) {
            LdapError e = errorFor(rc);
            ldap_unbind(m_ld);
            m_ld = nullptr;
            return e;
        }
        return {};
    }

    LdapError await(ULONG msgid, LDAPMessage **result)
    {
        const auto deadline = Clock::now() + m_settings.timeout;
        for (;;) {
            if (m_settings.cancelled && m_settings.cancelled()) {
                ldap_abandon(m_ld, msgid);
                return simpleError(LdapErrorKind::Cancelled, "cancelled");
            }
            if (Clock::now() >= deadline) {
                ldap_abandon(m_ld, msgid);
                return simpleError(LdapErrorKind::TimedOut,
                                   "no answer within " +
                                       std::to_string(m_settings.timeout.count()) + " ms");
            }
            l_timeval slice{0, kSliceMs * 1000};
            const ULONG rc = ldap_result(m_ld, msgid, LDAP_MSG_ALL, &slice, result);
            if (rc == ULONG(-1)) {
                return errorFor(LdapGetLastError());
            }
            if (rc != 0) {
                return {};
            }
        }
    }

    LdapError finish(LDAPMessage *result)
    {
        ULONG code = LDAP_SUCCESS;
        PWCHAR diagnostic = nullptr;
        const ULONG rc =
            ldap_parse_resultW(m_ld, result, &code, nullptr, &diagnostic, nullptr, nullptr, TRUE);
        LdapError e = errorFor(rc == LDAP_SUCCESS ? code : rc, narrow(diagnostic));
        if (diagnostic) {
            ldap_memfreeW(diagnostic);
        }
        return e;
    }

    LdapEntry readEntry(LDAPMessage *m)
    {
        LdapEntry entry;
        if (PWCHAR dn = ldap_get_dnW(m_ld, m)) {
            entry.dn = narrow(dn);
            ldap_memfreeW(dn);
        }
        BerElement *ber = nullptr;
        for (PWCHAR name = ldap_first_attributeW(m_ld, m, &ber); name;
             name = ldap_next_attributeW(m_ld, m, ber)) {
            LdapAttribute a;
            a.name = narrow(name);
            if (berval **values = ldap_get_values_lenW(m_ld, m, name)) {
                for (berval **v = values; *v; ++v) {
                    a.values.emplace_back((*v)->bv_val, (*v)->bv_len);
                }
                ldap_value_free_len(values);
            }
            entry.attributes.push_back(std::move(a));
            ldap_memfreeW(name);
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
    return std::make_unique<Wldap32Connection>(settings);
}

} // namespace jd::directory
