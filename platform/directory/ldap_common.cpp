#include "ldap_client.h"

#include <cctype>
#include <cstdio>

namespace jd::directory {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i]))) {
            return false;
        }
    }
    return true;
}

} // namespace

const char *ldapErrorKindId(LdapErrorKind kind)
{
    switch (kind) {
    case LdapErrorKind::None:
        return "none";
    case LdapErrorKind::BadUrl:
        return "bad-url";
    case LdapErrorKind::Unreachable:
        return "unreachable";
    case LdapErrorKind::TimedOut:
        return "timed-out";
    case LdapErrorKind::Cancelled:
        return "cancelled";
    case LdapErrorKind::AuthFailed:
        return "auth-failed";
    case LdapErrorKind::AccessDenied:
        return "access-denied";
    case LdapErrorKind::NoSuchObject:
        return "no-such-object";
    case LdapErrorKind::ServerError:
        return "server-error";
    }
    return "server-error";
}

const std::vector<std::string> *LdapEntry::values(std::string_view name) const
{
    for (const LdapAttribute &a : attributes) {
        std::string_view base(a.name);
        base = base.substr(0, base.find(';'));
        if (equalsIgnoreCase(base, name)) {
            return &a.values;
        }
    }
    return nullptr;
}

std::string LdapEntry::first(std::string_view name) const
{
    const std::vector<std::string> *v = values(name);
    return v && !v->empty() ? v->front() : std::string();
}

std::string escapeFilterValue(std::string_view value)
{
    std::string out;
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '*' || c == '(' || c == ')' || c == '\\' || c == 0) {
            char buffer[4];
            std::snprintf(buffer, sizeof buffer, "\\%02x", c);
            out += buffer;
        } else {
            out += ch;
        }
    }
    return out;
}

LdapUrl parseLdapUrl(std::string_view url)
{
    LdapUrl result;
    auto startsWith = [&url](std::string_view prefix) {
        return url.size() >= prefix.size() &&
               equalsIgnoreCase(url.substr(0, prefix.size()), prefix);
    };
    if (startsWith("ldaps://")) {
        result.secure = true;
        result.port = 636;
        url.remove_prefix(8);
    } else if (startsWith("ldap://")) {
        url.remove_prefix(7);
    } else {
        return result;
    }
    url = url.substr(0, url.find('/')); // no base DN or other URL parts
    std::string_view port;
    if (!url.empty() && url.front() == '[') {
        const size_t close = url.find(']');
        if (close == std::string_view::npos) {
            return result;
        }
        result.host = std::string(url.substr(1, close - 1));
        const std::string_view rest = url.substr(close + 1);
        if (!rest.empty()) {
            if (rest.front() != ':') {
                return result;
            }
            port = rest.substr(1);
        }
    } else {
        const size_t colon = url.rfind(':');
        result.host = std::string(url.substr(0, colon));
        if (colon != std::string_view::npos) {
            port = url.substr(colon + 1);
        }
    }
    const bool bracketed = !url.empty() && url.front() == '[';
    if (result.host.empty() ||
        result.host.find_first_of(bracketed ? " \t@[]/" : " \t:@[]/") != std::string::npos) {
        return result;
    }
    if (!port.empty()) {
        int value = 0;
        for (const char c : port) {
            if (c < '0' || c > '9' || value > 65535) {
                return result;
            }
            value = value * 10 + (c - '0');
        }
        if (value < 1 || value > 65535) {
            return result;
        }
        result.port = value;
    }
    result.valid = true;
    return result;
}

} // namespace jd::directory
