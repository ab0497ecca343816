#pragma once
// Probes the Microsoft endpoints of the registration the way the device must reach them: all at
// once, each with the same time-out (so the whole probe is bounded by one time-out), through the
// proxy SYSTEM uses or none, and gives each endpoint exactly one cause with its evidence.

#include "core/cancel_token.h"
#include "probes/endpoint_targets.h"
#include "probes/proxy_rules.h"

#include <chrono>
#include <functional>
#include <optional>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTcpSocket;

namespace jd {

// Resolves a host name for the "dns" cause when no proxy is used; empty list = not found.
using HostResolver = std::function<QList<QHostAddress>(const QString &host)>;

struct ProbeSettings
{
    QList<EndpointTarget> endpoints;
    std::optional<QUrl> proxy; // nullopt: direct
    QStringList bypass; // hosts that go direct even with a proxy ("*.corp.example", "<local>")
    QList<QSslCertificate> extraCaCertificates;
    QString expectedIssuer; // empty: Microsoft's public issuers
    std::chrono::milliseconds timeout{10000};
    QString tenantId;                 // when known: the openid-configuration issuer must contain it
    HostResolver resolver;            // empty: the system's resolver
    std::function<QDateTime()> clock; // this computer's UTC time; empty: the system clock
};

struct EndpointResult
{
    EndpointKind kind = EndpointKind::Login;
    QUrl url;
    ProbeCause cause = ProbeCause::Timeout;
    int httpStatus = 0; // 0: no HTTP status
    QString tlsIssuer;  // issuer of the server's certificate, when the handshake got that far
    qint64 elapsedMs = 0;
    QString detail;   // technical detail (English, as a log line; not translated)
    QString tenantId; // from an openid-configuration issuer
    // The server's Date header and this computer's clock when the answer came, for the skew.
    QDateTime serverDate;
    QDateTime localDate;
    bool done = false; // false while the endpoint is still being probed
};

class ConnectivityProbe : public QObject
{
    Q_OBJECT
public:
    explicit ConnectivityProbe(QObject *parent = nullptr);
    ~ConnectivityProbe() override;

    void start(const ProbeSettings &settings);
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    const QList<EndpointResult> &results() const { return m_results; }

    // Whether a certificate issuer counts as Microsoft's (or matches `expected` when given).
    static bool issuerMatches(const QSslCertificate &certificate, const QString &expected);

signals:
    void endpointFinished(int index);
    void finished();

private:
    struct Pending;
    void launch(int index);
    void finish(int index, ProbeCause cause, const QString &detail);
    void onReplyFinished(int index);

    QNetworkAccessManager *m_nam;
    ProbeSettings m_settings;
    QList<EndpointResult> m_results;
    QList<Pending *> m_pendingState;
    int m_pending = 0;
    int m_run = 0;                    // which start() the queued deliveries belong to
    QPointer<QTcpSocket> m_preflight; // the proxy check before the endpoints
};

} // namespace jd
