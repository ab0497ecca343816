#pragma once
// Real servers on loopback for the connectivity tests: an HTTPS server (QSslServer) with
// configurable answers, a black hole, a closed port, and tinyproxy with and without Basic auth.
// Certificates are made with openssl when the tests start.

#include <memory>
#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>

namespace jd::test {

// A private CA, a server certificate it signed (for 127.0.0.1 and localhost), and a self-signed
// server certificate nobody trusts. Made once per test run.
struct TestPki
{
    QString caFile;
    QSslCertificate ca;
    QSslCertificate trustedCert;
    QSslKey trustedKey;
    QSslCertificate selfSignedCert;
    QSslKey selfSignedKey;
    QString error; // non-empty when openssl failed

    static const TestPki &instance();
};

class HttpsTestServer : public QObject
{
    Q_OBJECT
public:
    enum class Answer
    {
        Json,
        Html,
        Status503,
        Drip,
        CutOff,
        OpenidIssuer
    };
    HttpsTestServer(Answer answer, bool selfSigned = false, QByteArray extra = {});
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/")) const;
    int requests() const { return m_requests; }

private:
    void serve(QSslSocket *socket);

    QSslServer m_server;
    Answer m_answer;
    QByteArray m_extra;
    int m_requests = 0;
};

// Accepts connections and never answers.
class BlackHoleServer : public QObject
{
public:
    BlackHoleServer();
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_held;
};

// A loopback port nothing listens on.
quint16 closedPort();

class Tinyproxy
{
public:
    // user/password empty: an open proxy; otherwise Basic authentication is required.
    explicit Tinyproxy(const QString &user = {}, const QString &password = {});
    ~Tinyproxy();
    bool isRunning() const { return m_ready; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_ready = false;
    QString m_error;
};

} // namespace jd::test
