#pragma once
// The proxy settings the registration uses, read with the WinHTTP API (not from the localized
// text of "netsh winhttp show proxy"). Plain C++: no Qt at this boundary.

#include <string>

namespace jd::platform {

// WinHTTP's default proxy, as SYSTEM's device registration uses it.
struct WinHttpDefaultProxy
{
    bool read = false;         // false: the API call failed (see error)
    unsigned long error = 0;   // GetLastError() when read is false
    bool namedProxy = false;   // WINHTTP_ACCESS_TYPE_NAMED_PROXY; false: direct
    std::wstring proxyServers; // "proxy:8080" or "http=proxy:8080;https=proxy:8443"
    std::wstring bypassList;   // "<local>;*.contoso.com"
};

// The signed-in user's (Internet Explorer / WinINet) proxy, for comparison with SYSTEM's.
struct UserProxy
{
    bool read = false;
    unsigned long error = 0;
    bool autoDetect = false;    // WPAD
    std::wstring autoConfigUrl; // PAC file
    std::wstring proxyServers;
    std::wstring bypassList;
};

WinHttpDefaultProxy readWinHttpDefaultProxy();
UserProxy readUserProxy();

// Writes WinHTTP's default proxy (as "netsh winhttp set proxy" does; needs administrator rights).
// Empty proxyServers: direct. Returns false with GetLastError() in *error.
bool writeWinHttpDefaultProxy(const std::wstring &proxyServers, const std::wstring &bypassList,
                              unsigned long *error);

} // namespace jd::platform
