#pragma once
// What the connectivity probe can test: the kinds of Microsoft endpoint, the causes it reports,
// their stable ids (the JSON contract of --probe-connectivity), and each cloud's endpoints.

#include <optional>
#include <QList>
#include <QString>
#include <QUrl>

namespace jd {

enum class EndpointKind
{
    Login,
    DeviceLogin,
    DrsDiscovery,
    Autologon,
    OpenidConfiguration
};
enum class Cloud
{
    Global,
    UsGov,
    China
};

enum class ProbeCause
{
    Ok,
    Dns,                // the name did not resolve
    Refused,            // the server refused or closed the connection
    Timeout,            // no complete answer within the time-out
    TlsUntrusted,       // the certificate chain is not trusted
    TlsIntercepted,     // trusted chain, but not the issuer expected for Microsoft (TLS inspection)
    ProxyUnreachable,   // the proxy itself cannot be reached
    ProxyAuth,          // 407: the proxy wants authentication, which SYSTEM cannot give
    HttpError,          // an HTTP status other than expected
    UnexpectedResponse, // an answer that is not what the endpoint sends (block page, cut off)
};

QString endpointKindId(EndpointKind kind); // "login", "device-login", "drs-discovery", …
std::optional<EndpointKind> endpointKindFromId(const QString &id);
QString probeCauseId(ProbeCause cause); // "ok", "dns", "refused", …
std::optional<Cloud> cloudFromId(const QString &id);

struct EndpointTarget
{
    EndpointKind kind = EndpointKind::Login;
    QUrl url;
};

// The endpoints of a cloud; the DRS discovery and openid-configuration URLs need the tenant
// (a verified domain or the tenant ID). Without a tenant, openid-configuration is left out.
QList<EndpointTarget> cloudEndpoints(Cloud cloud, const QString &tenant);

} // namespace jd
