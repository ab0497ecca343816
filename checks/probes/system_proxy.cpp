#include "probes/system_proxy.h"

#include "probes/endpoint_probe.h"

#ifdef Q_OS_WIN
#include "winhttp_proxy.h"
#endif

namespace jd {

std::optional<SystemProxy> readSystemWinHttpProxy()
{
#ifdef Q_OS_WIN
    const platform::WinHttpDefaultProxy read = platform::readWinHttpDefaultProxy();
    if (!read.read) {
        return std::nullopt;
    }
    SystemProxy result;
    if (read.namedProxy) {
        result.proxy = winHttpProxyUrl(QString::fromStdWString(read.proxyServers));
        result.bypass = splitBypassList(QString::fromStdWString(read.bypassList));
    }
    return result;
#else
    return std::nullopt;
#endif
}

std::optional<SystemProxy> readUserProxySettings()
{
#ifdef Q_OS_WIN
    const platform::UserProxy read = platform::readUserProxy();
    if (!read.read) {
        return std::nullopt;
    }
    SystemProxy result;
    result.proxy = winHttpProxyUrl(QString::fromStdWString(read.proxyServers));
    result.bypass = splitBypassList(QString::fromStdWString(read.bypassList));
    result.autoDetect = read.autoDetect;
    result.autoConfigUrl = QString::fromStdWString(read.autoConfigUrl);
    return result;
#else
    return std::nullopt;
#endif
}

} // namespace jd
