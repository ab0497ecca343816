#pragma once
// The directory fixture (tests/directory/directory_fixture.py: slapd with AD-like data, dnsmasq
// with the domain controller SRV records, a black hole) for C++ tests. When the test already runs
// under the fixture its environment is used; otherwise the fixture is started here.

#include <gtest/gtest.h>
#include <QHostAddress>
#include <QMap>
#include <QProcess>
#include <QString>

namespace jd::test {

class DirectoryServer
{
public:
    DirectoryServer();
    ~DirectoryServer();
    bool isRunning() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // A KEY=VALUE the fixture exported, e.g. "JD_TEST_LDAP_URL"; empty when unknown.
    QString value(const char *key) const { return m_values.value(QString::fromLatin1(key)); }
    QString url() const { return value("JD_TEST_LDAP_URL"); }
    QHostAddress dnsServer() const { return QHostAddress(value("JD_TEST_DNS_SERVER")); }
    // The environment for a child process (the CLI) that needs no fixture of its own.
    QProcessEnvironment environment() const;

private:
    QProcess m_process;
    QMap<QString, QString> m_values;
    QString m_error;
};

// A test suite that shares one directory fixture among its tests.
class DirectoryTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();
    void SetUp() override;

    static DirectoryServer *s_server;
};

} // namespace jd::test
