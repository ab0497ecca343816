#pragma once
// WinHTTP's proxy rules: the proxy server string, the bypass list, and a proxy factory that
// applies them per request the way WinHTTP does.

#include <optional>
#include <QNetworkProxy>
#include <QStringList>
#include <QUrl>

namespace jd {

// Whether a host is in a WinHTTP-style bypass list ("*.contoso.com;<local>;10.*").
bool hostBypassesProxy(const QString &host, const QStringList &bypass);

// The proxy WinHTTP uses, from its settings text ("proxy:8080", "http=proxy:8080;https=…"),
// and its bypass list; nullopt when direct.
std::optional<QUrl> winHttpProxyUrl(const QString &proxyServers);
QStringList splitBypassList(const QString &bypassList);

// A factory sending requests through `proxy` unless the host is in `bypass`; the caller owns it
// (QNetworkAccessManager takes ownership when it is set there).
QNetworkProxyFactory *makeBypassProxyFactory(const QNetworkProxy &proxy, const QStringList &bypass);

} // namespace jd
