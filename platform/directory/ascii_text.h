#pragma once
// Small ASCII helpers for LDAP attribute names, DNs and keywords (case-insensitive as LDAP is).

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace jd::directory {

inline std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

inline bool startsWithIgnoreCase(const std::string &s, std::string_view prefix)
{
    return s.size() >= prefix.size() &&
           lower(s.substr(0, prefix.size())) == lower(std::string(prefix));
}

inline std::string trimmed(std::string s)
{
    const auto notSpace = [](unsigned char c) {
        return !std::isspace(c);
    };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}

} // namespace jd::directory
