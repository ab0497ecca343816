#include "probes/endpoint_targets.h"

namespace jd {

namespace {

const QList<QPair<EndpointKind, const char *>> &kindIds()
{
    static const QList<QPair<EndpointKind, const char *>> ids = {
        {EndpointKind::Login, "login"},
        {EndpointKind::DeviceLogin, "device-login"},
        {EndpointKind::DrsDiscovery, "drs-discovery"},
        {EndpointKind::Autologon, "autologon"},
        {EndpointKind::OpenidConfiguration, "openid-configuration"}};
    return ids;
}

} // namespace

QString endpointKindId(EndpointKind kind)
{
    for (const auto &[k, id] : kindIds()) {
        if (k == kind) {
            return QString::fromLatin1(id);
        }
    }
    return {};
}

std::optional<EndpointKind> endpointKindFromId(const QString &id)
{
    for (const auto &[k, name] : kindIds()) {
        if (id == QLatin1String(name)) {
            return k;
        }
    }
    return std::nullopt;
}

QString probeCauseId(ProbeCause cause)
{
    switch (cause) {
    case ProbeCause::Ok:
        return QStringLiteral("ok");
    case ProbeCause::Dns:
        return QStringLiteral("dns");
    case ProbeCause::Refused:
        return QStringLiteral("refused");
    case ProbeCause::Timeout:
        return QStringLiteral("timeout");
    case ProbeCause::TlsUntrusted:
        return QStringLiteral("tls-untrusted");
    case ProbeCause::TlsIntercepted:
        return QStringLiteral("tls-intercepted");
    case ProbeCause::ProxyUnreachable:
        return QStringLiteral("proxy-unreachable");
    case ProbeCause::ProxyAuth:
        return QStringLiteral("proxy-auth");
    case ProbeCause::HttpError:
        return QStringLiteral("http-error");
    case ProbeCause::UnexpectedResponse:
        break;
    }
    return QStringLiteral("unexpected-response");
}

std::optional<Cloud> cloudFromId(const QString &id)
{
    if (id == u"global") {
        return Cloud::Global;
    }
    if (id == u"usgov") {
        return Cloud::UsGov;
    }
    if (id == u"china") {
        return Cloud::China;
    }
    return std::nullopt;
}

QList<EndpointTarget> cloudEndpoints(Cloud cloud, const QString &tenant)
{
    QString login = QStringLiteral("login.microsoftonline.com");
    QString deviceLogin = QStringLiteral("device.login.microsoftonline.com");
    QString drs = QStringLiteral("enterpriseregistration.windows.net");
    QString autologon = QStringLiteral("autologon.microsoftazuread-sso.com");
    if (cloud == Cloud::UsGov) {
        login = QStringLiteral("login.microsoftonline.us");
        deviceLogin = QStringLiteral("device.login.microsoftonline.us");
        autologon = QStringLiteral("autologon.microsoft.us");
    } else if (cloud == Cloud::China) {
        login = QStringLiteral("login.chinacloudapi.cn");
        deviceLogin = QStringLiteral("device.login.chinacloudapi.cn");
        drs = QStringLiteral("enterpriseregistration.partner.microsoftonline.cn");
        autologon = QStringLiteral("autologon.chinacloudapi.cn");
    }
    // Discovery needs a tenant; without one, a domain every tenant-less request can use.
    const QString discoveryTenant = tenant.isEmpty() ? QStringLiteral("microsoft.com") : tenant;
    QList<EndpointTarget> targets = {
        {EndpointKind::Login, QUrl(QStringLiteral("https://%1/common/oauth2").arg(login))},
        {EndpointKind::DeviceLogin,
         QUrl(QStringLiteral("https://%1/common/oauth2").arg(deviceLogin))},
        {EndpointKind::DrsDiscovery,
         QUrl(QStringLiteral("https://%1/%2/discover?api-version=1.7").arg(drs, discoveryTenant))},
        {EndpointKind::Autologon, QUrl(QStringLiteral("https://%1/").arg(autologon))},
    };
    if (!tenant.isEmpty()) {
        targets.append({EndpointKind::OpenidConfiguration,
                        QUrl(QStringLiteral("https://%1/%2/.well-known/openid-configuration")
                                 .arg(login, tenant))});
    }
    return targets;
}

} // namespace jd
