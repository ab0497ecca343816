#include "directory_server.h"

#include <QDeadlineTimer>

namespace jd::test {

DirectoryServer::DirectoryServer()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (env.contains(QStringLiteral("JD_TEST_LDAP_URL"))) {
        for (const QString &key : env.keys()) {
            if (key.startsWith(QStringLiteral("JD_TEST_"))) {
                m_values.insert(key, env.value(key));
            }
        }
        return;
    }
    m_process.setProgram(QStringLiteral("python3"));
    m_process.setArguments({QStringLiteral(JD_SOURCE_DIR "/tests/directory/directory_fixture.py"),
                            QStringLiteral("serve")});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("python3 did not start: ") + m_process.errorString();
        return;
    }
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() &&
            !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            break;
        }
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line == u"READY") {
                return;
            }
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0) {
                m_values.insert(line.left(eq), line.mid(eq + 1));
            }
        }
    }
    m_error = QStringLiteral("the directory fixture did not start: ") +
              QString::fromUtf8(m_process.readAllStandardError()).trimmed();
}

DirectoryServer::~DirectoryServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // the fixture stops its servers when stdin closes
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QProcessEnvironment DirectoryServer::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        env.insert(it.key(), it.value());
    }
    return env;
}

DirectoryServer *DirectoryTest::s_server = nullptr;

void DirectoryTest::SetUpTestSuite()
{
    s_server = new DirectoryServer;
}

void DirectoryTest::TearDownTestSuite()
{
    delete s_server;
    s_server = nullptr;
}

void DirectoryTest::SetUp()
{
    ASSERT_TRUE(s_server->isRunning()) << s_server->error().toStdString();
}

} // namespace jd::test
