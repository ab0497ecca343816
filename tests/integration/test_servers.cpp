#include "test_servers.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace jd::test {

namespace {

bool runOpenssl(const QStringList &args, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QTemporaryDir &pkiDir()
{
    static QTemporaryDir dir;
    return dir;
}

// An IMF-fixdate as servers send it ("Mon, 07 Dec 2026 10:00:00 GMT"), in English whatever
// the locale.
QByteArray httpDate(const QDateTime &utc)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = utc.date();
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " +
           QByteArray::number(d.day()).rightJustified(2, '0') + ' ' + months[d.month() - 1] + ' ' +
           QByteArray::number(d.year()) + ' ' +
           utc.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " GMT";
}

} // namespace

const TestPki &TestPki::instance()
{
    static const TestPki pki = [] {
        TestPki k;
        const QDir d(pkiDir().path());
        auto f = [&d](const char *name) {
            return d.filePath(QString::fromLatin1(name));
        };
        QFile ext(f("server.ext"));
        ext.open(QIODevice::WriteOnly);
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        ext.close();
        const bool ok =
            runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), f("ca.key"), QStringLiteral("-out"), f("ca.pem"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/O=JoinDoctor Tests/CN=JoinDoctor Test Root CA")},
                       &k.error) &&
            runOpenssl({QStringLiteral("req"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), f("server.key"), QStringLiteral("-out"),
                        f("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
                       &k.error) &&
            runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        f("server.csr"), QStringLiteral("-CA"), f("ca.pem"),
                        QStringLiteral("-CAkey"), f("ca.key"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-out"), f("server.pem"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-extfile"), f("server.ext")},
                       &k.error) &&
            runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), f("self.key"), QStringLiteral("-out"),
                        f("self.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=Untrusted Test Server"),
                        QStringLiteral("-addext"),
                        QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")},
                       &k.error);
        if (ok) {
            k.caFile = f("ca.pem");
            k.ca = QSslCertificate(readAll(f("ca.pem")));
            k.trustedCert = QSslCertificate(readAll(f("server.pem")));
            k.trustedKey = QSslKey(readAll(f("server.key")), QSsl::Rsa);
            k.selfSignedCert = QSslCertificate(readAll(f("self.pem")));
            k.selfSignedKey = QSslKey(readAll(f("self.key")), QSsl::Rsa);
        }
        return k;
    }();
    return pki;
}

HttpsTestServer::HttpsTestServer(Answer answer, bool selfSigned, QByteArray extra)
    : m_answer(answer), m_extra(std::move(extra))
{
    const TestPki &pki = TestPki::instance();
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(selfSigned ? pki.selfSignedCert : pki.trustedCert);
    conf.setPrivateKey(selfSigned ? pki.selfSignedKey : pki.trustedKey);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(conf);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this]() {
        while (m_server.hasPendingConnections()) {
            auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
            if (socket) {
                serve(socket);
            }
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

QString HttpsTestServer::url(const QString &path) const
{
    return QStringLiteral("https://127.0.0.1:%1%2").arg(port()).arg(path);
}

void HttpsTestServer::serve(QSslSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer]() {
        buffer->append(socket->readAll());
        if (!buffer->contains("\r\n\r\n") || buffer->isEmpty()) {
            return; // headers arrive in several pieces through proxies
        }
        buffer->clear();
        ++m_requests;
        auto reply = [socket](int status, const char *type, const QByteArray &body) {
            socket->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) +
                          (status == 200 ? " OK" : " Service Unavailable") + "\r\nContent-Type: " +
                          type + "\r\nDate: " + httpDate(QDateTime::currentDateTimeUtc()) +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        };
        switch (m_answer) {
        case Answer::Json:
            reply(
                200, "application/json",
                R"({"DiscoveryService":{"DiscoveryEndpoint":"https://127.0.0.1/Discover","ServiceVersion":"1.7"}})");
            break;
        case Answer::OpenidIssuer:
            reply(200, "application/json",
                  R"({"issuer":"https://sts.windows.net/)" + m_extra + R"(/"})");
            break;
        case Answer::Html:
            reply(200, "text/html",
                  "<html><body>Access to this site is blocked by policy.</body></html>");
            break;
        case Answer::Status503:
            reply(503, "text/plain", "busy");
            break;
        case Answer::CutOff:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          "4000\r\n\r\n{\"Disco");
            socket->flush();
            QTimer::singleShot(50, socket, [socket]() { socket->abort(); });
            break;
        case Answer::Drip: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          "100000\r\n\r\n{");
            auto *drip = new QTimer(socket);
            connect(drip, &QTimer::timeout, socket, [socket]() { socket->write(" "); });
            drip->start(100);
            break;
        }
        }
    });
}

BlackHoleServer::BlackHoleServer()
{
    QObject::connect(&m_server, &QTcpServer::newConnection, [this]() {
        while (m_server.hasPendingConnections()) {
            m_held.append(
                m_server.nextPendingConnection()); // kept open, never read, never answered
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

Tinyproxy::Tinyproxy(const QString &user, const QString &password)
{
    const QString program = QStandardPaths::findExecutable(
        QStringLiteral("tinyproxy"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
    if (program.isEmpty()) {
        m_error =
            QStringLiteral("tinyproxy is not installed (scripts/install-deps.sh installs it)");
        return;
    }
    m_port = closedPort();
    QFile conf(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
    conf.open(QIODevice::WriteOnly);
    QByteArray text =
        "Port " + QByteArray::number(m_port) +
        "\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\nAllow 127.0.0.1\nDisableViaHeader Yes\n"
        "LogLevel Warning\nLogFile \"" +
        m_dir.filePath(QStringLiteral("tinyproxy.log")).toUtf8() + "\"\n";
    if (!user.isEmpty()) {
        text += "BasicAuth " + user.toUtf8() + ' ' + password.toUtf8() + '\n';
    }
    conf.write(text);
    conf.close();
    m_process.setProgram(program);
    m_process.setArguments({QStringLiteral("-d"), QStringLiteral("-c"), conf.fileName()});
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("tinyproxy did not start: ") + m_process.errorString();
        return;
    }
    QElapsedTimer waited;
    waited.start();
    while (!waited.hasExpired(5000) && m_process.state() == QProcess::Running) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(100)) {
            m_ready = true;
            return;
        }
        QTest::qWait(20);
    }
    m_error = QStringLiteral("tinyproxy did not listen on %1: %2")
                  .arg(m_port)
                  .arg(QString::fromLocal8Bit(m_process.readAll()));
}

Tinyproxy::~Tinyproxy()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

} // namespace jd::test
