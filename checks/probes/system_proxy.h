#pragma once
// The WinHTTP default proxy of this computer, the one SYSTEM's registration uses: read with the
// WinHTTP API by the Windows platform layer. Elsewhere there is none.

#include <optional>
#include <QStringList>
#include <QUrl>

namespace jd {

struct SystemProxy
{
    std::optional<QUrl> proxy; // nullopt: direct
    QStringList bypass;
    bool autoDetect = false; // WPAD (user settings only)
    QString autoConfigUrl;   // PAC file (user settings only)
};

// nullopt when this is not Windows or the API call failed.
std::optional<SystemProxy> readSystemWinHttpProxy();
// The signed-in user's (Internet Explorer / WinINet) proxy settings; nullopt off Windows.
std::optional<SystemProxy> readUserProxySettings();

} // namespace jd
