// Steps 1 and 3 judged from a real directory: slapd with AD-like data, dnsmasq with the domain
// controller SRV records and a server that never answers, all started by the fixture.
#include "directory_server.h"
#include "facts/facts.h"
#include "probes/directory_probe.h"
#include "probes/tenant_check.h"
#include "qt_printers.h"
#include "steps/step1_tenant_discovery.h"
#include "steps/step3_computer_certificate.h"
#include "test_servers.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace jd;
using namespace jd::test;

namespace {

class Directory : public DirectoryTest
{
protected:
    static DirectoryProbeSettings byUrl(const QString &computer, const QString &baseDn = {})
    {
        DirectoryProbeSettings s;
        s.ldapUrl = s_server->url();
        s.computerName = computer;
        s.baseDn = baseDn;
        s.timeout = std::chrono::milliseconds(3000);
        return s;
    }
    static DirectoryProbeSettings byDns(const QString &domain, const QString &computer)
    {
        DirectoryProbeSettings s;
        s.domain = domain;
        s.dnsServer = s_server->dnsServer();
        s.computerName = computer;
        s.timeout = std::chrono::milliseconds(2000);
        return s;
    }
    struct Judged
    {
        DirectoryFacts directory;
        CheckResult step1;
        CheckResult step3;
    };
    static Judged judge(const DirectoryProbeSettings &s)
    {
        Facts facts;
        facts.directory = probeDirectory(s, CancelToken());
        return {*facts.directory, TenantDiscoveryCheck().run(facts, CancelToken()),
                ComputerCertificateCheck().run(facts, CancelToken())};
    }
};

} // namespace

TEST_F(Directory, HealthyDirectoryPassesBothSteps)
{
    const Judged j = judge(byUrl(QStringLiteral("PC-HEALTHY")));
    ASSERT_TRUE(j.directory.ldapReached()) << j.directory.readout.connection.message;
    EXPECT_EQ(j.step1.code, u"S1-AD-SCP-OK");
    EXPECT_EQ(j.step1.status, StepStatus::Passed);
    EXPECT_EQ(j.step3.code, u"S3-CERT-OK");
    EXPECT_EQ(j.step3.status, StepStatus::Passed);
    bool guidShown = false;
    for (const Evidence &e : j.step3.evidence) {
        guidShown = guidShown || (e.field == u"objectGUID" &&
                                  e.value == s_server->value("JD_TEST_GUID_PC_HEALTHY"));
    }
    EXPECT_TRUE(guidShown);
}

TEST_F(Directory, ScpCases)
{
    EXPECT_EQ(judge(byUrl(QStringLiteral("X"), QStringLiteral("DC=noscp,DC=example"))).step1.code,
              u"S1-AD-SCP-MISSING");
    EXPECT_EQ(
        judge(byUrl(QStringLiteral("X"), QStringLiteral("DC=nokeywords,DC=example"))).step1.code,
        u"S1-AD-SCP-KEYWORDS-MISSING");
    EXPECT_EQ(
        judge(byUrl(QStringLiteral("X"), QStringLiteral("DC=onlyname,DC=example"))).step1.code,
        u"S1-AD-SCP-KEYWORDS-MISSING");
    EXPECT_EQ(judge(byUrl(QStringLiteral("X"), QStringLiteral("DC=badguid,DC=example"))).step1.code,
              u"S1-AD-SCP-BAD-TENANT-ID");
    EXPECT_EQ(
        judge(byUrl(QStringLiteral("X"), QStringLiteral("DC=otherkeywords,DC=example"))).step1.code,
        u"S1-AD-SCP-OK");
}

TEST_F(Directory, CertificateCases)
{
    EXPECT_EQ(judge(byUrl(QStringLiteral("PC-NOCERT"))).step3.code, u"S3-CERT-MISSING");
    EXPECT_EQ(judge(byUrl(QStringLiteral("PC-EXPIRED"))).step3.code, u"S3-CERT-EXPIRED");
    EXPECT_EQ(judge(byUrl(QStringLiteral("PC-WRONGSUBJECT"))).step3.code, u"S3-CERT-WRONG-SUBJECT");
    EXPECT_EQ(judge(byUrl(QStringLiteral("PC-NOTYETVALID"))).step3.code, u"S3-CERT-NOT-YET-VALID");
    EXPECT_EQ(judge(byUrl(QStringLiteral("PC-RENEWED"))).step3.code, u"S3-CERT-OK");
    const Judged absent = judge(byUrl(QStringLiteral("PC-ABSENT")));
    EXPECT_EQ(absent.step3.code, u"S3-COMPUTER-NOT-FOUND");
    EXPECT_EQ(absent.step1.code, u"S1-AD-SCP-OK"); // the SCP is still judged
}

TEST_F(Directory, ServerDownIsTheVpnCase)
{
    DirectoryProbeSettings s = byUrl(QStringLiteral("PC-HEALTHY"));
    s.ldapUrl = s_server->value("JD_TEST_LDAP_DOWN_URL");
    const Judged j = judge(s);
    EXPECT_FALSE(j.directory.ldapReached());
    EXPECT_EQ(j.step3.code, u"S3-NO-DC");
    EXPECT_EQ(j.step3.status, StepStatus::Failed);
    EXPECT_EQ(j.step1.code, u"S1-SCP-NO-DC");
    EXPECT_EQ(j.step1.status, StepStatus::Unknown);
}

TEST_F(Directory, SlowServerTimesOutWithinTheTimeout)
{
    DirectoryProbeSettings s = byUrl(QStringLiteral("PC-HEALTHY"));
    s.ldapUrl = s_server->value("JD_TEST_LDAP_SLOW_URL");
    s.timeout = std::chrono::milliseconds(700);
    QElapsedTimer clock;
    clock.start();
    const Judged j = judge(s);
    EXPECT_GE(clock.elapsed(), 650);
    EXPECT_LT(clock.elapsed(), 5000);
    EXPECT_EQ(j.step3.code, u"S3-DC-NO-ANSWER");
}

TEST_F(Directory, DomainControllerFoundByDnsSrv)
{
    const Judged j = judge(byDns(QStringLiteral("corp.example"), QStringLiteral("PC-HEALTHY")));
    ASSERT_TRUE(j.directory.discovery.found()) << j.directory.discovery.error.toStdString();
    const DcRecord &dc = j.directory.discovery.records.first();
    EXPECT_EQ(dc.target, u"dc1.corp.example");
    EXPECT_EQ(QString::number(dc.port), s_server->value("JD_TEST_LDAP_PORT"));
    EXPECT_EQ(dc.addresses, QStringList{QStringLiteral("127.0.0.1")});
    EXPECT_TRUE(j.directory.ldapReached());
    EXPECT_TRUE(j.directory.kerberos.attempted);
    EXPECT_TRUE(j.directory.kerberos.open) << j.directory.kerberos.error.toStdString();
    EXPECT_EQ(j.step3.code, u"S3-CERT-OK");
}

TEST_F(Directory, NoSrvRecordMeansNoDomainController)
{
    const Judged j = judge(byDns(QStringLiteral("nodc.example"), QStringLiteral("PC-HEALTHY")));
    EXPECT_FALSE(j.directory.discovery.found());
    EXPECT_FALSE(j.directory.attemptedLdap());
    EXPECT_EQ(j.step3.code, u"S3-DC-NOT-IN-DNS");
    EXPECT_EQ(j.step1.code, u"S1-SCP-NO-DC");
}

TEST_F(Directory, PublishedButDeadDomainController)
{
    const Judged j = judge(byDns(QStringLiteral("down.example"), QStringLiteral("PC-HEALTHY")));
    EXPECT_TRUE(j.directory.discovery.found());
    EXPECT_FALSE(j.directory.ldapReached());
    EXPECT_EQ(j.step3.code, u"S3-NO-DC");
}

TEST_F(Directory, ClosedKerberosPortIsAWarning)
{
    const Judged j = judge(byDns(QStringLiteral("nokdc.example"), QStringLiteral("PC-HEALTHY")));
    EXPECT_TRUE(j.directory.ldapReached());
    EXPECT_TRUE(j.directory.kerberos.attempted);
    EXPECT_FALSE(j.directory.kerberos.open);
    EXPECT_EQ(j.step3.code, u"S3-KERBEROS-BLOCKED");
    EXPECT_EQ(j.step3.status, StepStatus::Warning);
}

TEST_F(Directory, CancelledBeforeStartReadsNothing)
{
    DirectoryProbeSettings s = byUrl(QStringLiteral("PC-HEALTHY"));
    s.ldapUrl = s_server->value("JD_TEST_LDAP_SLOW_URL");
    s.timeout = std::chrono::seconds(30);
    CancelToken cancel;
    cancel.cancel();
    QElapsedTimer clock;
    clock.start();
    const DirectoryFacts d = probeDirectory(s, cancel);
    EXPECT_LT(clock.elapsed(), 3000);
    EXPECT_FALSE(d.ldapReached());
}

// --- the command line -----------------------------------------------------------------------

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun joindoctor(const DirectoryServer &server, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(server.environment());
    p.start(QStringLiteral(JD_EXECUTABLE), args);
    // Spin the event loop while waiting: test HTTPS servers live in this process.
    EXPECT_TRUE(QTest::qWaitFor([&p]() { return p.state() == QProcess::NotRunning; }, 60000));
    CliRun run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    // A crash (or a sanitizer's abort) is never an exit code; show what it printed.
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << run.err.toStdString();
    if (p.exitStatus() != QProcess::NormalExit) {
        run.exitCode = -2;
    }
    return run;
}

QJsonObject json(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    return doc.object();
}

} // namespace

TEST_F(Directory, CliHealthyJsonContract)
{
    const CliRun run = joindoctor(
        *s_server, {QStringLiteral("--probe-directory"), QStringLiteral("--ldap-url"),
                    s_server->url(), QStringLiteral("--computer"), QStringLiteral("PC-HEALTHY"),
                    QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = json(run);
    const QJsonObject scp = root.value(u"scp").toObject();
    EXPECT_TRUE(scp.value(u"found").toBool());
    EXPECT_TRUE(scp.value(u"dn").toString().startsWith(
        QStringLiteral("cn=62a0ff2e-97b9-4513-943f-0d221bd30080,"), Qt::CaseInsensitive));
    EXPECT_EQ(scp.value(u"azureADName").toString(), u"corp.example");
    EXPECT_EQ(scp.value(u"azureADId").toString(), s_server->value("JD_TEST_TENANT_ID"));
    const QJsonObject computer = root.value(u"computer").toObject();
    EXPECT_TRUE(computer.value(u"found").toBool());
    EXPECT_TRUE(computer.value(u"dn").toString().startsWith(QStringLiteral("cn=PC-HEALTHY,"),
                                                            Qt::CaseInsensitive));
    const QString guid = s_server->value("JD_TEST_GUID_PC_HEALTHY");
    EXPECT_EQ(computer.value(u"objectGuid").toString(), guid);
    const QJsonArray certs = computer.value(u"certificates").toArray();
    ASSERT_EQ(certs.size(), 1);
    const QJsonObject cert = certs.first().toObject();
    EXPECT_EQ(cert.value(u"subject").toString(), QStringLiteral("CN=") + guid);
    EXPECT_TRUE(cert.value(u"matchesObjectGuid").toBool());
    EXPECT_TRUE(QDateTime::fromString(cert.value(u"notAfter").toString(), Qt::ISODate) >
                QDateTime::currentDateTimeUtc());
    const QJsonArray steps = root.value(u"steps").toArray();
    ASSERT_EQ(steps.size(), 2);
    for (const char *key : {"step", "title", "status", "code", "summary", "explanation", "details",
                            "nextSteps", "evidence", "errorCodes"}) {
        EXPECT_TRUE(steps.at(0).toObject().contains(QLatin1String(key))) << key;
    }
    EXPECT_EQ(steps.at(0).toObject().value(u"code").toString(), u"S1-AD-SCP-OK");
    EXPECT_EQ(steps.at(1).toObject().value(u"code").toString(), u"S3-CERT-OK");
}

TEST_F(Directory, CliCertificateMissingIsAFinding)
{
    const CliRun run =
        joindoctor(*s_server, {QStringLiteral("--probe-directory"), QStringLiteral("--ldap-url"),
                               s_server->url(), QStringLiteral("--base-dn"),
                               QStringLiteral("DC=corp,DC=example"), QStringLiteral("--computer"),
                               QStringLiteral("pc-nocert"), QStringLiteral("--format"),
                               QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject root = json(run);
    const QJsonObject computer = root.value(u"computer").toObject();
    EXPECT_TRUE(computer.value(u"found").toBool());
    EXPECT_EQ(computer.value(u"objectGuid").toString(), s_server->value("JD_TEST_GUID_PC_NOCERT"));
    EXPECT_TRUE(computer.value(u"certificates").toArray().isEmpty());
    EXPECT_EQ(root.value(u"steps").toArray().at(1).toObject().value(u"code").toString(),
              u"S3-CERT-MISSING");
}

TEST_F(Directory, CliSimpleBindWithPasswordFile)
{
    const CliRun run = joindoctor(
        *s_server,
        {QStringLiteral("--probe-directory"), QStringLiteral("--ldap-url"), s_server->url(),
         QStringLiteral("--computer"), QStringLiteral("PC-HEALTHY"), QStringLiteral("--bind-dn"),
         s_server->value("JD_TEST_LDAP_BIND_DN"), QStringLiteral("--password-file"),
         s_server->value("JD_TEST_LDAP_PASSWORD_FILE"), QStringLiteral("--format"),
         QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString();
    EXPECT_EQ(json(run).value(u"directory").toObject().value(u"bind").toString(), u"simple");
}

TEST_F(Directory, CliUnreachableDirectoryIsAFindingNotAUsageError)
{
    const CliRun run =
        joindoctor(*s_server, {QStringLiteral("--probe-directory"), QStringLiteral("--ldap-url"),
                               s_server->value("JD_TEST_LDAP_DOWN_URL"),
                               QStringLiteral("--computer"), QStringLiteral("PC-HEALTHY"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject root = json(run);
    EXPECT_FALSE(root.value(u"directory").toObject().value(u"reachable").toBool());
    EXPECT_FALSE(root.value(u"scp").toObject().value(u"found").toBool());
    EXPECT_FALSE(root.value(u"computer").toObject().value(u"found").toBool());
}

TEST_F(Directory, CliDnsDiscoveryInDanish)
{
    const CliRun run = joindoctor(
        *s_server, {QStringLiteral("--probe-directory"), QStringLiteral("--domain"),
                    QStringLiteral("corp.example"), QStringLiteral("--dns-server"),
                    s_server->value("JD_TEST_DNS_SERVER"), QStringLiteral("--computer"),
                    QStringLiteral("PC-EXPIRED"), QStringLiteral("--lang"), QStringLiteral("da")});
    EXPECT_EQ(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains(QStringLiteral("S3-CERT-EXPIRED"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Trin 3"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("_ldap._tcp.dc._msdcs.corp.example")));
}

TEST_F(Directory, CliUsageErrors)
{
    QTemporaryDir dir;
    for (const QStringList &args :
         {QStringList{QStringLiteral("--probe-directory")},
          QStringList{QStringLiteral("--probe-directory"), QStringLiteral("--ldap-url"),
                      QStringLiteral("http://127.0.0.1:1")},
          QStringList{QStringLiteral("--probe-directory"), QStringLiteral("--ldap-url"),
                      s_server->url(), QStringLiteral("--bind-dn"), QStringLiteral("cn=x")},
          QStringList{QStringLiteral("--probe-directory"), QStringLiteral("--ldap-url"),
                      s_server->url(), QStringLiteral("--bind-dn"), QStringLiteral("cn=x"),
                      QStringLiteral("--password-file"), dir.filePath(QStringLiteral("missing"))},
          QStringList{QStringLiteral("--probe-directory"), QStringLiteral("--domain"),
                      QStringLiteral("corp.example"), QStringLiteral("--dns-server"),
                      QStringLiteral("not-an-ip")},
          QStringList{QStringLiteral("--probe-directory"), QStringLiteral("--ldap-url"),
                      s_server->url(), QStringLiteral("--format"), QStringLiteral("html")},
          QStringList{QStringLiteral("--probe-directory"), QStringLiteral("--ldap-url"),
                      s_server->url(), QStringLiteral("extra-file")}}) {
        const CliRun run = joindoctor(*s_server, args);
        EXPECT_EQ(run.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_FALSE(run.err.isEmpty());
    }
}

TEST_F(Directory, CliTenantCheckConfirmsTheScp)
{
    ASSERT_TRUE(TestPki::instance().error.isEmpty());
    HttpsTestServer openid(HttpsTestServer::Answer::OpenidIssuer, false,
                           s_server->value("JD_TEST_TENANT_ID").toUtf8());
    const CliRun run = joindoctor(
        *s_server,
        {QStringLiteral("--probe-directory"), QStringLiteral("--ldap-url"), s_server->url(),
         QStringLiteral("--computer"), QStringLiteral("PC-HEALTHY"), QStringLiteral("--openid-url"),
         openid.url(QStringLiteral("/{tenant}/.well-known/openid-configuration")),
         QStringLiteral("--ca-file"), TestPki::instance().caFile, QStringLiteral("--expect-issuer"),
         QStringLiteral("JoinDoctor Test Root CA"), QStringLiteral("--format"),
         QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString();
    const QJsonObject root = json(run);
    const QJsonObject check = root.value(u"tenantCheck").toObject();
    EXPECT_EQ(check.value(u"tenantId").toString(), s_server->value("JD_TEST_TENANT_ID"));
    EXPECT_TRUE(check.value(u"url").toString().contains(QStringLiteral("/corp.example/")));
    EXPECT_EQ(openid.requests(), 1);
}

TEST_F(Directory, CliTenantCheckFindsANameOfAnotherTenant)
{
    ASSERT_TRUE(TestPki::instance().error.isEmpty());
    HttpsTestServer openid(HttpsTestServer::Answer::OpenidIssuer, false,
                           QByteArrayLiteral("99999999-8888-7777-6666-555555555555"));
    const CliRun run = joindoctor(
        *s_server,
        {QStringLiteral("--probe-directory"), QStringLiteral("--ldap-url"), s_server->url(),
         QStringLiteral("--computer"), QStringLiteral("PC-HEALTHY"), QStringLiteral("--openid-url"),
         openid.url(QStringLiteral("/{tenant}/.well-known/openid-configuration")),
         QStringLiteral("--ca-file"), TestPki::instance().caFile, QStringLiteral("--expect-issuer"),
         QStringLiteral("JoinDoctor Test Root CA"), QStringLiteral("--format"),
         QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(json(run).value(u"steps").toArray().at(0).toObject().value(u"code").toString(),
              u"S1-SCP-TENANT-MISMATCH");
}

TEST_F(Directory, TenantCheckThatCannotConnectDecidesNothing)
{
    ProbeSettings settings;
    settings.timeout = std::chrono::milliseconds(1000);
    const TenantCheck check = checkTenantName(
        QStringLiteral("corp.example"), settings,
        QStringLiteral("https://127.0.0.1:%1/{tenant}/.well-known/openid-configuration")
            .arg(closedPort()));
    EXPECT_TRUE(check.attempted);
    EXPECT_TRUE(check.tenantId.isEmpty());
    EXPECT_FALSE(check.error.isEmpty());
    Facts facts;
    facts.directory = probeDirectory(byUrl(QStringLiteral("PC-HEALTHY")), CancelToken());
    facts.tenantCheck = check;
    EXPECT_EQ(TenantDiscoveryCheck().run(facts, CancelToken()).code, u"S1-AD-SCP-OK");
}
