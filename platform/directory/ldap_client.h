#pragma once
// A small LDAP client: std::string in, plain structs out, no Qt and no exceptions. One interface,
// two backends chosen at build time: OpenLDAP's libldap (Linux) and wldap32 (Windows). Every
// operation has a time-out and polls a cancellation callback, so a dead or slow domain controller
// never hangs the caller.

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace jd::directory {

enum class LdapErrorKind
{
    None,
    BadUrl,       // the URL cannot be used
    Unreachable,  // nothing answers at that address (refused, no route, name not found)
    TimedOut,     // connected, but no answer within the time-out
    Cancelled,    // the caller gave up
    AuthFailed,   // the bind was refused
    AccessDenied, // bound, but not allowed to read
    NoSuchObject, // the base of the search does not exist
    ServerError   // any other LDAP result
};

struct LdapError
{
    LdapErrorKind kind = LdapErrorKind::None;
    int code = 0;        // the LDAP result code (or the library's negative code)
    std::string message; // the library's text plus the server's diagnostic, for evidence
    bool failed() const { return kind != LdapErrorKind::None; }
};

const char *ldapErrorKindId(LdapErrorKind kind); // "unreachable", "timed-out", …

enum class BindMethod
{
    Anonymous,
    Simple,     // bindDn + password
    CurrentUser // the signed-in user's credentials (Negotiate); wldap32 only
};

struct LdapSettings
{
    std::string url; // ldap://host:port or ldaps://host:port
    BindMethod bind = BindMethod::Anonymous;
    std::string bindDn;
    std::string password;
    std::chrono::milliseconds timeout{5000}; // per operation, connecting included
    std::function<bool()> cancelled;         // polled about every 50 ms; may be empty
};

struct LdapAttribute
{
    std::string name;                // as the server returned it, options included
    std::vector<std::string> values; // raw bytes (UTF-8 text or binary)
};

struct LdapEntry
{
    std::string dn;
    std::vector<LdapAttribute> attributes;
    // Values of an attribute by name, case-insensitive, ignoring options such as ";binary".
    const std::vector<std::string> *values(std::string_view name) const;
    std::string first(std::string_view name) const; // first value or ""
};

enum class SearchScope
{
    Base,
    OneLevel,
    Subtree
};

struct SearchResult
{
    LdapError error;
    std::vector<LdapEntry> entries;
};

class LdapConnection
{
public:
    virtual ~LdapConnection() = default;
    // The first operation opens the connection; a search before bind() is anonymous.
    virtual LdapError bind() = 0;
    virtual SearchResult search(const std::string &base, SearchScope scope,
                                const std::string &filter,
                                const std::vector<std::string> &attributes, int sizeLimit) = 0;
    virtual const char *backendName() const = 0; // "libldap" or "wldap32"
};

// The backend this build has. Never null; a bad URL shows in the first operation's error.
std::unique_ptr<LdapConnection> openLdapConnection(const LdapSettings &settings);

// RFC 4515 escaping of a value placed in a search filter.
std::string escapeFilterValue(std::string_view value);

struct LdapUrl
{
    bool valid = false;
    bool secure = false; // ldaps
    std::string host;    // without brackets for IPv6
    int port = 389;
};
LdapUrl parseLdapUrl(std::string_view url);

} // namespace jd::directory
