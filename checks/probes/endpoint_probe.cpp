#include "probes/endpoint_probe.h"

#include "probes/endpoint_answer.h"
#include "probes/proxy_rules.h"

#include "core/logging.h"

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

QString issuerText(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QString() : certificate.issuerDisplayName();
}

} // namespace

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
    ++m_run;
    cancel();
    qDeleteAll(m_pendingState);
    m_pendingState.clear();
    m_settings = settings;
    m_results.clear();
    if (settings.proxy) {
        m_nam->setProxyFactory(makeBypassProxyFactory(
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
    m_preflight = socket;
    const int run = m_run;
    auto *guard = new QTimer(socket);
    guard->setSingleShot(true);
    auto decided = std::make_shared<bool>(false);
    auto unreachable = [this, socket, decided, run](const QString &why) {
        if (std::exchange(*decided, true) || run != m_run) {
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
    connect(socket, &QTcpSocket::connected, this, [this, socket, decided, run]() {
        if (std::exchange(*decided, true) || run != m_run) {
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
            // Aborting a reply that has already finished makes Qt complain; its finished()
            // signal is on its way and decides.
            if (!p->reply->isFinished()) {
                p->reply->abort();
            }
        } else {
            finish(index, ProbeCause::Timeout, QStringLiteral("no answer within the time-out"));
        }
    });
    p->timer.start(m_settings.timeout);

    const QUrl url = m_results.at(index).url;
    // Results are always delivered from the event loop, never from inside start().
    auto finishLater = [this, index, run = m_run](ProbeCause cause, const QString &detail) {
        QTimer::singleShot(0, this, [this, index, cause, detail, run]() {
            if (run == m_run) { // not a later run's endpoint with the same index
                finish(index, cause, detail);
            }
        });
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
            if (!reply->isFinished()) {
                reply->abort();
            }
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
    r.serverDate = parseHttpDate(reply->rawHeader("Date"));
    if (r.serverDate.isValid()) {
        r.localDate = m_settings.clock ? m_settings.clock() : QDateTime::currentDateTimeUtc();
    }
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray body = reply->isOpen() ? reply->read(kMaxBody) : QByteArray();

    // The issuer is checked when the TLS session is up (encrypted()). A backend that did not say
    // so (Schannel under Wine, for the first of several parallel requests) is checked here.
    if (!p->intercepted && error == QNetworkReply::NoError && r.tlsIssuer.isEmpty() &&
        reply->url().scheme() == u"https") {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        r.tlsIssuer = issuerText(peer);
        p->intercepted = !issuerMatches(peer, m_settings.expectedIssuer);
    }
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

    const AnswerVerdict verdict =
        judgeAnswer({r.kind, r.url, reply->url(), r.httpStatus, body}, m_settings.tenantId);
    r.tenantId = verdict.tenantId;
    finish(index, verdict.cause, verdict.detail);
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
    ++m_run; // queued deliveries of this run are dropped
    if (m_preflight) {
        m_preflight->abort();
        m_preflight->deleteLater();
        m_preflight = nullptr;
    }
    for (int i = 0; i < m_pendingState.size(); ++i) {
        Pending *p = m_pendingState.at(i);
        if (!p->done) {
            p->done = true;
            p->timer.stop();
            if (p->reply) {
                // Deleting the reply closes its connection. No abort(): an error already queued
                // by the network thread would then be reported twice (a Qt warning).
                p->reply->disconnect(this);
                p->reply->deleteLater();
                p->reply = nullptr;
            }
        }
    }
    m_pending = 0;
}

} // namespace jd
