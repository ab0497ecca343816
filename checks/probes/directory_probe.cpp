#include "probes/directory_probe.h"

#include "core/logging.h"

#include <algorithm>
#include <QDnsLookup>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostInfo>
#include <QSysInfo>
#include <QTcpSocket>
#include <QTimer>

namespace jd {

namespace {

// Runs one DNS query on this thread's own event loop, bounded by the time-out and the token.
bool runLookup(QDnsLookup &lookup, std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    QEventLoop loop;
    QObject::connect(&lookup, &QDnsLookup::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
        if (cancel.isCancelled() || clock.elapsed() >= timeout.count()) {
            lookup.abort();
            loop.quit();
        }
    });
    poll.start(25);
    lookup.lookup();
    if (!lookup.isFinished()) {
        loop.exec();
    }
    return lookup.isFinished() && lookup.error() == QDnsLookup::NoError;
}

QStringList addressesOf(const QString &host, const QHostAddress &server,
                        std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    QStringList out;
    if (QHostAddress literal(host); !literal.isNull()) {
        return {literal.toString()};
    }
    if (server.isNull()) {
        for (const QHostAddress &a : QHostInfo::fromName(host).addresses()) {
            out << a.toString();
        }
        return out;
    }
    for (const auto type : {QDnsLookup::A, QDnsLookup::AAAA}) {
        QDnsLookup lookup(type, host, server);
        if (runLookup(lookup, timeout, cancel)) {
            for (const QDnsHostAddressRecord &r : lookup.hostAddressRecords()) {
                out << r.value().toString();
            }
        }
    }
    return out;
}

QList<DcRecord> srvRecords(const QString &name, const QHostAddress &server,
                           std::chrono::milliseconds timeout, const CancelToken &cancel,
                           QString *error)
{
    QDnsLookup lookup(QDnsLookup::SRV, name, server);
    if (!runLookup(lookup, timeout, cancel)) {
        *error = lookup.isFinished()
                     ? lookup.errorString()
                     : QStringLiteral("no answer within %1 ms").arg(timeout.count());
        return {};
    }
    QList<DcRecord> out;
    for (const QDnsServiceRecord &r : lookup.serviceRecords()) {
        DcRecord dc;
        dc.target = r.target();
        if (dc.target.endsWith(u'.')) {
            dc.target.chop(1);
        }
        dc.port = r.port();
        dc.priority = r.priority();
        dc.weight = r.weight();
        out << dc;
    }
    std::stable_sort(out.begin(), out.end(), [](const DcRecord &a, const DcRecord &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
    });
    if (out.isEmpty()) {
        *error = QStringLiteral("no SRV record");
    }
    return out;
}

PortCheck checkPort(const QString &host, const QStringList &addresses, quint16 port,
                    std::chrono::milliseconds timeout)
{
    PortCheck check;
    check.attempted = true;
    check.host = host;
    check.port = port;
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    socket.connectToHost(addresses.isEmpty() ? host : addresses.first(), port);
    check.open = socket.waitForConnected(int(timeout.count()));
    if (!check.open) {
        check.error = socket.error() == QAbstractSocket::SocketTimeoutError
                          ? QStringLiteral("no answer within %1 ms").arg(timeout.count())
                          : socket.errorString();
    }
    socket.abort();
    check.elapsedMs = clock.elapsed();
    return check;
}

directory::DirectoryQuery queryFor(const DirectoryProbeSettings &s, const QString &url,
                                   const CancelToken &cancel)
{
    directory::DirectoryQuery q;
    q.ldap.url = url.toStdString();
    q.ldap.timeout = s.timeout;
    q.ldap.cancelled = [cancel]() {
        return cancel.isCancelled();
    };
    if (!s.bindDn.isEmpty()) {
        q.ldap.bind = directory::BindMethod::Simple;
        q.ldap.bindDn = s.bindDn.toStdString();
        q.ldap.password = s.password.toStdString();
    } else if (s.currentUser) {
        q.ldap.bind = directory::BindMethod::CurrentUser;
    }
    q.baseDn = s.baseDn.toStdString();
    q.computerName =
        (s.computerName.isEmpty() ? localComputerName() : s.computerName).toStdString();
    q.now = QDateTime::currentSecsSinceEpoch();
    return q;
}

QString ldapUrlFor(const DcRecord &dc)
{
    const QString host = dc.addresses.isEmpty() ? dc.target : dc.addresses.first();
    return QStringLiteral("ldap://%1:%2")
        .arg(host.contains(u':') ? u'[' + host + u']' : host)
        .arg(dc.port);
}

} // namespace

QString localComputerName()
{
    const QString name = qEnvironmentVariable("COMPUTERNAME");
    return name.isEmpty() ? QSysInfo::machineHostName().section(u'.', 0, 0) : name;
}

std::optional<DirectoryProbeSettings> liveDirectorySettings()
{
    DirectoryProbeSettings s;
    s.domain = QHostInfo::localDomainName();
    if (s.domain.isEmpty()) {
        s.domain = qEnvironmentVariable("USERDNSDOMAIN").toLower();
    }
    if (s.domain.isEmpty()) {
        return std::nullopt;
    }
    s.computerName = localComputerName();
    s.currentUser = true;
    return s;
}

DirectoryFacts probeDirectory(const DirectoryProbeSettings &s, const CancelToken &cancel)
{
    DirectoryFacts facts;
    QElapsedTimer clock;
    clock.start();
    facts.checkedAt = QDateTime::currentDateTimeUtc();

    QStringList urls;
    if (!s.ldapUrl.isEmpty()) {
        urls << s.ldapUrl;
    }
    if (!s.domain.isEmpty()) {
        DcDiscovery &dns = facts.discovery;
        dns.attempted = true;
        dns.domain = s.domain;
        dns.dnsServer = s.dnsServer.isNull() ? QString() : s.dnsServer.toString();
        dns.query = QStringLiteral("_ldap._tcp.dc._msdcs.") + s.domain;
        dns.records = srvRecords(dns.query, s.dnsServer, s.timeout, cancel, &dns.error);
        for (DcRecord &dc : dns.records) {
            dc.addresses = addressesOf(dc.target, s.dnsServer, s.timeout, cancel);
        }
        if (urls.isEmpty()) {
            // Try the published domain controllers in order, at most three.
            for (const DcRecord &dc : dns.records.mid(0, 3)) {
                urls << ldapUrlFor(dc);
            }
        }
        QString kerberosError;
        const QList<DcRecord> kdcs =
            srvRecords(QStringLiteral("_kerberos._tcp.dc._msdcs.") + s.domain, s.dnsServer,
                       s.timeout, cancel, &kerberosError);
        if (!kdcs.isEmpty() && !cancel.isCancelled()) {
            const QStringList addresses =
                addressesOf(kdcs.first().target, s.dnsServer, s.timeout, cancel);
            facts.kerberos =
                checkPort(kdcs.first().target, addresses, kdcs.first().port, s.timeout);
        }
    }
    for (const QString &url : urls) {
        if (cancel.isCancelled()) {
            break;
        }
        facts.url = url;
        facts.readout = directory::readDirectory(queryFor(s, url, cancel));
        log::net()->info("directory {}: {} ({})", url.toStdString(),
                         facts.readout.reached() ? "reached" : "not reached",
                         facts.readout.connection.message);
        if (facts.readout.reached()) {
            break;
        }
    }
    facts.elapsedMs = clock.elapsed();
    return facts;
}

} // namespace jd
