#include "endpoint_probe.h"

#include "logging.h"

#include <memory>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>
#include <utility>

namespace jd {

namespace {

constexpr qint64 kMaxBody = 1024 * 1024;

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

// Login pages answer many requests with 4xx; for them any answer below 500 proves the path.
// The discovery documents must come back as 2xx with their JSON.
bool needsDocument(EndpointKind kind)
{
    return kind == EndpointKind::DrsDiscovery || kind == EndpointKind::OpenidConfiguration;
}

bool isMicrosoftHost(const QString &host)
{
    for (const char *suffix :
         {"microsoftonline.com", "microsoftonline.us", "microsoft.com", "windows.net",
          "microsoftazuread-sso.com", "microsoft.us", "chinacloudapi.cn", "microsoftonline.cn"}) {
        const QString s = QString::fromLatin1(suffix);
        if (host == s || host.endsWith(u'.' + s)) {
            return true;
        }
    }
    return false;
}

QString issuerText(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QString() : certificate.issuerDisplayName();
}

// Sends each request through the proxy unless its host is in the bypass list, as WinHTTP does.
class BypassProxyFactory : public QNetworkProxyFactory
{
public:
    BypassProxyFactory(QNetworkProxy proxy, QStringList bypass)
        : m_proxy(std::move(proxy)), m_bypass(std::move(bypass))
    {
    }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (hostBypassesProxy(query.peerHostName(), m_bypass)) {
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        }
        return {m_proxy};
    }

private:
    QNetworkProxy m_proxy;
    QStringList m_bypass;
};

} // namespace

bool hostBypassesProxy(const QString &host, const QStringList &bypass)
{
    for (const QString &entry : bypass) {
        const QString pattern = entry.trimmed();
        if (pattern.isEmpty()) {
            continue;
        }
        if (pattern.compare(QStringLiteral("<local>"), Qt::CaseInsensitive) == 0) {
            if (!host.contains(u'.')) {
                return true;
            }
            continue;
        }
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                                        pattern, QRegularExpression::UnanchoredWildcardConversion)
                                        .prepend(u'^')
                                        .append(u'$'),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(host).hasMatch()) {
            return true;
        }
    }
    return false;
}

std::optional<QUrl> winHttpProxyUrl(const QString &proxyServers)
{
    // "proxy:8080", "http://proxy:8080" or per scheme "http=proxy:8080;https=proxy:8443".
    QString chosen;
    for (const QString &part :
         proxyServers.split(QRegularExpression(QStringLiteral("[;\\s]+")), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0) {
            chosen = part;
            break;
        }
        if (part.left(eq).compare(QStringLiteral("https"), Qt::CaseInsensitive) == 0) {
            chosen = part.mid(eq + 1);
            break;
        }
        if (chosen.isEmpty()) {
            chosen = part.mid(eq + 1);
        }
    }
    if (chosen.isEmpty()) {
        return std::nullopt;
    }
    const QUrl url(chosen.contains(QStringLiteral("://")) ? chosen
                                                          : QStringLiteral("http://") + chosen);
    if (!url.isValid() || url.host().isEmpty()) {
        return std::nullopt;
    }
    return url;
}

QStringList splitBypassList(const QString &bypassList)
{
    return bypassList.split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts);
}

struct ConnectivityProbe::Pending
{
    QNetworkReply *reply = nullptr;
    QTimer timer;
    QElapsedTimer clock;
    bool done = false;
    bool timedOut = false;
    bool intercepted = false;
    QString sslProblems;
};

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

bool ConnectivityProbe::issuerMatches(const QSslCertificate &certificate, const QString &expected)
{
    const QString issuer = certificate.issuerDisplayName() + u' ' +
                           certificate.issuerInfo(QSslCertificate::Organization).join(u' ');
    if (!expected.isEmpty()) {
        return issuer.contains(expected, Qt::CaseInsensitive);
    }
    // Microsoft's endpoints carry certificates from Microsoft's own or DigiCert's issuing CAs.
    return issuer.contains(QStringLiteral("Microsoft"), Qt::CaseInsensitive) ||
           issuer.contains(QStringLiteral("DigiCert"), Qt::CaseInsensitive);
}

ConnectivityProbe::ConnectivityProbe(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setStrictTransportSecurityEnabled(false);
}

ConnectivityProbe::~ConnectivityProbe()
{
    cancel();
    qDeleteAll(m_pendingState);
}

void ConnectivityProbe::start(const ProbeSettings &settings)
{
    cancel();
    qDeleteAll(m_pendingState);
    m_pendingState.clear();
    m_settings = settings;
    m_results.clear();
    if (settings.proxy) {
        m_nam->setProxyFactory(new BypassProxyFactory(
            QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxy->host(),
                          quint16(settings.proxy->port(8080)), settings.proxy->userName(),
                          settings.proxy->password()),
            settings.bypass));
    } else {
        m_nam->setProxyFactory(nullptr);
        m_nam->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }
    // Fresh connections for every run: a cached TLS session or keep-alive would hide changes.
    m_nam->clearConnectionCache();
    m_nam->clearAccessCache();
    log::get("net")->info("==== connectivity probe: {} endpoints, proxy={}, timeout={} ms ====",
                          settings.endpoints.size(),
                          settings.proxy ? settings.proxy->toString() : QStringLiteral("direct"),
                          qint64(settings.timeout.count()));
    m_pending = int(settings.endpoints.size());
    for (int i = 0; i < settings.endpoints.size(); ++i) {
        EndpointResult r;
        r.kind = settings.endpoints.at(i).kind;
        r.url = settings.endpoints.at(i).url;
        m_results.append(r);
        m_pendingState.append(new Pending);
    }
    if (m_pending == 0) {
        QTimer::singleShot(0, this, &ConnectivityProbe::finished);
        return;
    }
    if (!settings.proxy) {
        for (int i = 0; i < m_results.size(); ++i) {
            launch(i);
        }
        return;
    }
    // With a proxy, first make sure the proxy itself answers: then "proxy-unreachable" never
    // depends on how a failed tunnel is reported.
    auto *socket = new QTcpSocket(this);
    auto *guard = new QTimer(socket);
    guard->setSingleShot(true);
    auto decided = std::make_shared<bool>(false);
    auto unreachable = [this, socket, decided](const QString &why) {
        if (std::exchange(*decided, true)) {
            return;
        }
        socket->deleteLater();
        for (int i = 0; i < m_results.size(); ++i) {
            m_pendingState.at(i)->clock.start();
            finish(i, ProbeCause::ProxyUnreachable,
                   QStringLiteral("cannot connect to the proxy %1: %2")
                       .arg(m_settings.proxy->toString(QUrl::RemoveUserInfo), why));
        }
    };
    connect(socket, &QTcpSocket::connected, this, [this, socket, decided]() {
        if (std::exchange(*decided, true)) {
            return;
        }
        socket->disconnectFromHost();
        socket->deleteLater();
        for (int i = 0; i < m_results.size(); ++i) {
            launch(i);
        }
    });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [socket, unreachable]() { unreachable(socket->errorString()); });
    connect(guard, &QTimer::timeout, this,
            [unreachable]() { unreachable(QStringLiteral("no answer")); });
    guard->start(m_settings.timeout);
    socket->setProxy(QNetworkProxy::NoProxy);
    socket->connectToHost(settings.proxy->host(), quint16(settings.proxy->port(8080)));
}

void ConnectivityProbe::launch(int index)
{
    Pending *p = m_pendingState.at(index);
    p->clock.start();
    p->timer.setSingleShot(true);
    p->timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&p->timer, &QTimer::timeout, this, [this, index, p]() {
        p->timedOut = true;
        if (p->reply) {
            p->reply->abort();
        } else {
            finish(index, ProbeCause::Timeout, QStringLiteral("no answer within the time-out"));
        }
    });
    p->timer.start(m_settings.timeout);

    const QUrl url = m_results.at(index).url;
    // Results are always delivered from the event loop, never from inside start().
    auto finishLater = [this, index](ProbeCause cause, const QString &detail) {
        QTimer::singleShot(0, this,
                           [this, index, cause, detail]() { finish(index, cause, detail); });
    };
    if (!url.isValid() || url.host().isEmpty()) {
        finishLater(ProbeCause::UnexpectedResponse, QStringLiteral("invalid URL"));
        return;
    }
    // Without a proxy the device resolves the name itself; with one, the proxy does.
    const bool direct = !m_settings.proxy || hostBypassesProxy(url.host(), m_settings.bypass);
    if (direct && m_settings.resolver && QHostAddress(url.host()).isNull()) {
        if (m_settings.resolver(url.host()).isEmpty()) {
            finishLater(ProbeCause::Dns, QStringLiteral("%1 did not resolve").arg(url.host()));
            return;
        }
    }

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("JoinDoctor/" JOINDOCTOR_VERSION_STRING));
    if (m_results.at(index).kind == EndpointKind::DrsDiscovery) {
        // The headers Windows' own discovery request sends.
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("ocp-adrs-client-name", "dsreg");
        request.setRawHeader("ocp-adrs-client-version", "10");
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_settings.extraCaCertificates.isEmpty()) {
        tls.addCaCertificates(m_settings.extraCaCertificates);
    }
    request.setSslConfiguration(tls);

    QNetworkReply *reply = m_nam->get(request);
    p->reply = reply;
    reply->setReadBufferSize(kMaxBody);
    connect(reply, &QNetworkReply::encrypted, this, [this, index, p, reply]() {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        m_results[index].tlsIssuer = issuerText(peer);
        if (!issuerMatches(peer, m_settings.expectedIssuer)) {
            p->intercepted = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, index, p](const QList<QSslError> &errors) {
                QStringList texts;
                for (const QSslError &e : errors) {
                    texts << e.errorString();
                    if (m_results[index].tlsIssuer.isEmpty() && !e.certificate().isNull()) {
                        m_results[index].tlsIssuer = issuerText(e.certificate());
                    }
                }
                p->sslProblems = texts.join(QStringLiteral("; "));
            });
    connect(reply, &QNetworkReply::finished, this, [this, index]() { onReplyFinished(index); });
}

void ConnectivityProbe::onReplyFinished(int index)
{
    Pending *p = m_pendingState.at(index);
    QNetworkReply *reply = p->reply;
    reply->deleteLater();
    if (p->done) {
        return;
    }
    EndpointResult &r = m_results[index];
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray body = reply->isOpen() ? reply->read(kMaxBody) : QByteArray();

    if (p->intercepted) {
        finish(index, ProbeCause::TlsIntercepted,
               QStringLiteral("certificate issued by \"%1\", not by the expected issuer")
                   .arg(r.tlsIssuer));
        return;
    }
    if (p->timedOut) {
        finish(index, ProbeCause::Timeout,
               r.httpStatus ? QStringLiteral("the answer did not complete within the time-out")
                            : QStringLiteral("no answer within the time-out"));
        return;
    }
    switch (error) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        finish(index, ProbeCause::ProxyAuth,
               QStringLiteral("the proxy answered 407 Proxy Authentication Required"));
        return;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        finish(index, ProbeCause::ProxyUnreachable, reply->errorString());
        return;
    case QNetworkReply::HostNotFoundError:
        finish(index, ProbeCause::Dns, reply->errorString());
        return;
    case QNetworkReply::ConnectionRefusedError:
        finish(index, ProbeCause::Refused, reply->errorString());
        return;
    case QNetworkReply::SslHandshakeFailedError:
        finish(index, ProbeCause::TlsUntrusted,
               p->sslProblems.isEmpty() ? reply->errorString() : p->sslProblems);
        return;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        finish(index, ProbeCause::Timeout, reply->errorString());
        return;
    case QNetworkReply::RemoteHostClosedError:
        finish(index, r.httpStatus ? ProbeCause::UnexpectedResponse : ProbeCause::Refused,
               r.httpStatus
                   ? QStringLiteral("the connection closed before the whole answer arrived")
                   : reply->errorString());
        return;
    default:
        if (r.httpStatus == 0) {
            finish(index,
                   m_settings.proxy && error >= QNetworkReply::ProxyConnectionRefusedError &&
                           error <= QNetworkReply::UnknownProxyError
                       ? ProbeCause::ProxyUnreachable
                       : ProbeCause::UnexpectedResponse,
                   QStringLiteral("%1 (%2)").arg(reply->errorString()).arg(int(error)));
            return;
        }
        break; // an HTTP status: judged below
    }

    const EndpointKind kind = r.kind;
    const bool good = needsDocument(kind) ? (r.httpStatus >= 200 && r.httpStatus < 300)
                                          : (r.httpStatus >= 200 && r.httpStatus < 500);
    if (!good) {
        finish(index, ProbeCause::HttpError, QStringLiteral("HTTP %1").arg(r.httpStatus));
        return;
    }
    const QUrl finalUrl = reply->url();
    if (finalUrl.host() != r.url.host() && !isMicrosoftHost(finalUrl.host())) {
        finish(index, ProbeCause::UnexpectedResponse,
               QStringLiteral(
                   "redirected to %1, which is not Microsoft (captive portal or block page?)")
                   .arg(finalUrl.host()));
        return;
    }
    if (needsDocument(kind)) {
        const QJsonDocument json = QJsonDocument::fromJson(body);
        if (!json.isObject()) {
            const QString start = QString::fromUtf8(body.left(60)).simplified();
            finish(index, ProbeCause::UnexpectedResponse,
                   QStringLiteral("the answer is not the expected JSON document (it starts: %1)")
                       .arg(start));
            return;
        }
        if (kind == EndpointKind::OpenidConfiguration) {
            const QString issuer = json.object().value(QStringLiteral("issuer")).toString();
            static const QRegularExpression guid(QStringLiteral(
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
            r.tenantId = guid.match(issuer).captured(0).toLower();
            if (issuer.isEmpty()) {
                finish(index, ProbeCause::UnexpectedResponse,
                       QStringLiteral("no issuer in the openid-configuration"));
                return;
            }
            if (!m_settings.tenantId.isEmpty() &&
                !issuer.contains(m_settings.tenantId, Qt::CaseInsensitive)) {
                finish(index, ProbeCause::UnexpectedResponse,
                       QStringLiteral("issuer %1 does not name tenant %2")
                           .arg(issuer, m_settings.tenantId));
                return;
            }
            finish(index, ProbeCause::Ok, QStringLiteral("issuer %1").arg(issuer));
            return;
        }
    }
    finish(index, ProbeCause::Ok, QStringLiteral("HTTP %1").arg(r.httpStatus));
}

void ConnectivityProbe::finish(int index, ProbeCause cause, const QString &detail)
{
    Pending *p = m_pendingState.at(index);
    if (p->done) {
        return;
    }
    p->done = true;
    p->timer.stop();
    EndpointResult &r = m_results[index];
    r.cause = cause;
    r.detail = detail;
    r.done = true;
    r.elapsedMs = p->clock.elapsed();
    log::get("net")->info("{} {} -> {} ({} ms): {}", endpointKindId(r.kind), r.url.toString(),
                          probeCauseId(cause), r.elapsedMs, detail);
    emit endpointFinished(index);
    if (--m_pending == 0) {
        emit finished();
    }
}

void ConnectivityProbe::cancel()
{
    for (int i = 0; i < m_pendingState.size(); ++i) {
        Pending *p = m_pendingState.at(i);
        if (!p->done) {
            p->done = true;
            p->timer.stop();
            if (p->reply) {
                p->reply->disconnect(this);
                p->reply->abort();
                p->reply->deleteLater();
                p->reply = nullptr;
            }
        }
    }
    m_pending = 0;
}

} // namespace jd
