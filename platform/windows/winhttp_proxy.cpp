#include "winhttp_proxy.h"

#include <windows.h>
#include <winhttp.h>

namespace jd::platform {

namespace {

// Takes a string WinHTTP allocated, copies it, and frees it with GlobalFree as the API requires.
std::wstring takeString(LPWSTR text)
{
    std::wstring copy = text ? std::wstring(text) : std::wstring();
    if (text) {
        GlobalFree(text);
    }
    return copy;
}

} // namespace

WinHttpDefaultProxy readWinHttpDefaultProxy()
{
    WinHttpDefaultProxy result;
    WINHTTP_PROXY_INFO info = {};
    if (!WinHttpGetDefaultProxyConfiguration(&info)) {
        result.error = GetLastError();
        return result;
    }
    result.read = true;
    result.namedProxy = info.dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY;
    result.proxyServers = takeString(info.lpszProxy);
    result.bypassList = takeString(info.lpszProxyBypass);
    return result;
}

UserProxy readUserProxy()
{
    UserProxy result;
    WINHTTP_CURRENT_USER_IE_PROXY_CONFIG config = {};
    if (!WinHttpGetIEProxyConfigForCurrentUser(&config)) {
        result.error = GetLastError();
        return result;
    }
    result.read = true;
    result.autoDetect = config.fAutoDetect != FALSE;
    result.autoConfigUrl = takeString(config.lpszAutoConfigUrl);
    result.proxyServers = takeString(config.lpszProxy);
    result.bypassList = takeString(config.lpszProxyBypass);
    return result;
}

bool writeWinHttpDefaultProxy(const std::wstring &proxyServers, const std::wstring &bypassList,
                              unsigned long *error)
{
    std::wstring proxy = proxyServers;
    std::wstring bypass = bypassList;
    WINHTTP_PROXY_INFO info = {};
    info.dwAccessType =
        proxy.empty() ? WINHTTP_ACCESS_TYPE_NO_PROXY : WINHTTP_ACCESS_TYPE_NAMED_PROXY;
    info.lpszProxy = proxy.empty() ? nullptr : proxy.data();
    info.lpszProxyBypass = proxy.empty() || bypass.empty() ? nullptr : bypass.data();
    if (!WinHttpSetDefaultProxyConfiguration(&info)) {
        if (error) {
            *error = GetLastError();
        }
        return false;
    }
    return true;
}

} // namespace jd::platform
