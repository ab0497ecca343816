// The connectivity probe against real servers on loopback: every cause comes from a real
// server (or proxy) behaving that way.
#include "probes/endpoint_probe.h"
#include "qt_printers.h"
#include "steps/step2_probe_result.h"
#include "steps/step2_system_connectivity.h"
#include "test_servers.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace jd;
using namespace jd::test;

namespace {

constexpr auto kTimeout = std::chrono::milliseconds(1500);
const QString kTestIssuer = QStringLiteral("JoinDoctor Test Root CA");

ProbeSettings settingsFor(QList<EndpointTarget> endpoints)
{
    ProbeSettings s;
    s.endpoints = std::move(endpoints);
    s.extraCaCertificates = {TestPki::instance().ca};
    s.expectedIssuer = kTestIssuer;
    s.timeout = kTimeout;
    // Loopback addresses only: names other than these do not resolve (no DNS traffic leaves).
    s.resolver = [](const QString &host) {
        return host == u"localhost" ? QList<QHostAddress>{QHostAddress::LocalHost}
                                    : QList<QHostAddress>{};
    };
    return s;
}

QList<EndpointResult> runProbe(const ProbeSettings &settings)
{
    ConnectivityProbe probe;
    QSignalSpy finished(&probe, &ConnectivityProbe::finished);
    probe.start(settings);
    EXPECT_TRUE(finished.wait(30000));
    return probe.results();
}

EndpointResult probeOne(EndpointKind kind, const QString &url,
                        ProbeSettings settings = settingsFor({}))
{
    settings.endpoints = {{kind, QUrl(url)}};
    const QList<EndpointResult> results = runProbe(settings);
    EXPECT_EQ(results.size(), 1);
    return results.value(0);
}

class Connectivity : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(TestPki::instance().error.isEmpty()) << TestPki::instance().error.toStdString();
    }
};

} // namespace

TEST_F(Connectivity, HealthyEndpointsAreOk)
{
    HttpsTestServer login(HttpsTestServer::Answer::Html);
    HttpsTestServer drs(HttpsTestServer::Answer::Json);
    const QList<EndpointResult> results = runProbe(settingsFor({
        {EndpointKind::Login, QUrl(login.url(QStringLiteral("/common/oauth2")))},
        {EndpointKind::DeviceLogin, QUrl(login.url(QStringLiteral("/common/oauth2")))},
        {EndpointKind::DrsDiscovery,
         QUrl(drs.url(QStringLiteral("/contoso.com/discover?api-version=1.7")))},
        {EndpointKind::Autologon, QUrl(login.url())},
    }));
    ASSERT_EQ(results.size(), 4);
    for (const EndpointResult &r : results) {
        EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("ok")) << r.detail.toStdString();
        EXPECT_EQ(r.httpStatus, 200);
        EXPECT_TRUE(r.tlsIssuer.contains(kTestIssuer)) << r.tlsIssuer.toStdString();
    }
    EXPECT_EQ(connectivityStepResult(results, std::nullopt).code,
              QStringLiteral("S2-ENDPOINTS-OK"));
}

TEST_F(Connectivity, TheServersDateIsKeptToJudgeTheClock)
{
    HttpsTestServer server(HttpsTestServer::Answer::Json);
    ProbeSettings settings = settingsFor({});
    // This computer's clock 10 minutes ahead of the server's.
    settings.clock = []() {
        return QDateTime::currentDateTimeUtc().addSecs(600);
    };
    const EndpointResult r = probeOne(EndpointKind::DrsDiscovery, server.url(), settings);
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("ok"));
    ASSERT_TRUE(r.serverDate.isValid());
    ASSERT_TRUE(r.localDate.isValid());
    EXPECT_NEAR(double(r.serverDate.secsTo(r.localDate)), 600.0, 5.0);

    Facts facts;
    facts.joinType = JoinType::Hybrid;
    facts.connectivity = ConnectivitySnapshot{{r}, std::nullopt};
    EXPECT_EQ(SystemConnectivityCheck().run(facts, {}).code.toStdString(), "S2-CLOCK-SKEW");
}

TEST_F(Connectivity, UntrustedCertificate)
{
    HttpsTestServer server(HttpsTestServer::Answer::Json, true);
    const EndpointResult r = probeOne(EndpointKind::DeviceLogin, server.url());
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("tls-untrusted"));
    EXPECT_TRUE(r.tlsIssuer.contains(QStringLiteral("Untrusted Test Server")));
}

TEST_F(Connectivity, TrustedButWrongIssuerIsInterception)
{
    HttpsTestServer server(HttpsTestServer::Answer::Json);
    ProbeSettings s = settingsFor({});
    s.expectedIssuer.clear(); // Microsoft's issuers expected
    const EndpointResult r = probeOne(EndpointKind::DeviceLogin, server.url(), s);
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("tls-intercepted"));
    EXPECT_TRUE(r.tlsIssuer.contains(kTestIssuer));
    EXPECT_EQ(connectivityStepResult({r}, std::nullopt).code, QStringLiteral("S2-TLS-INTERCEPTED"));
}

TEST_F(Connectivity, ClosedPortIsRefused)
{
    const EndpointResult r =
        probeOne(EndpointKind::Login, QStringLiteral("https://127.0.0.1:%1/").arg(closedPort()));
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("refused"));
}

TEST_F(Connectivity, NameThatDoesNotResolve)
{
    const EndpointResult r =
        probeOne(EndpointKind::Login, QStringLiteral("https://jd-test.invalid/"));
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("dns"));
}

TEST_F(Connectivity, BlackHoleTimesOut)
{
    BlackHoleServer hole;
    const EndpointResult r =
        probeOne(EndpointKind::Login, QStringLiteral("https://127.0.0.1:%1/").arg(hole.port()));
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("timeout"));
    EXPECT_GE(r.elapsedMs, kTimeout.count() - 50);
}

TEST_F(Connectivity, FourBlackHolesRunInParallel)
{
    BlackHoleServer hole;
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/").arg(hole.port()));
    QElapsedTimer clock;
    clock.start();
    const QList<EndpointResult> results = runProbe(settingsFor({{EndpointKind::Login, url},
                                                                {EndpointKind::DeviceLogin, url},
                                                                {EndpointKind::DrsDiscovery, url},
                                                                {EndpointKind::Autologon, url}}));
    const qint64 total = clock.elapsed();
    for (const EndpointResult &r : results) {
        EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("timeout"));
    }
    // One after the other would take four time-outs.
    EXPECT_LT(total, kTimeout.count() + 1000) << total << " ms";
}

TEST_F(Connectivity, DrippingServerTimesOut)
{
    HttpsTestServer drip(HttpsTestServer::Answer::Drip);
    const EndpointResult r = probeOne(EndpointKind::DrsDiscovery, drip.url());
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("timeout"));
}

TEST_F(Connectivity, ServiceUnavailableIsHttpError)
{
    HttpsTestServer busy(HttpsTestServer::Answer::Status503);
    const EndpointResult r = probeOne(EndpointKind::DrsDiscovery, busy.url());
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("http-error"));
    EXPECT_EQ(r.httpStatus, 503);
}

TEST_F(Connectivity, BlockPageWhereDiscoveryJsonIsExpected)
{
    HttpsTestServer page(HttpsTestServer::Answer::Html);
    const EndpointResult r = probeOne(EndpointKind::DrsDiscovery, page.url());
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("unexpected-response"));
    EXPECT_EQ(r.httpStatus, 200);
}

TEST_F(Connectivity, BodyCutOffMidway)
{
    HttpsTestServer cut(HttpsTestServer::Answer::CutOff);
    const EndpointResult r = probeOne(EndpointKind::DrsDiscovery, cut.url());
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("unexpected-response"))
        << r.detail.toStdString();
}

TEST_F(Connectivity, OpenidIssuerNamesTheTenant)
{
    const QByteArray tenant = "11111111-2222-3333-4444-555555555555";
    HttpsTestServer openid(HttpsTestServer::Answer::OpenidIssuer, false, tenant);
    ProbeSettings s = settingsFor({});
    s.tenantId = QString::fromLatin1(tenant);
    EndpointResult r = probeOne(EndpointKind::OpenidConfiguration, openid.url(), s);
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("ok"));
    EXPECT_EQ(r.tenantId, QString::fromLatin1(tenant));
    s.tenantId = QStringLiteral("99999999-2222-3333-4444-555555555555");
    r = probeOne(EndpointKind::OpenidConfiguration, openid.url(), s);
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("unexpected-response"));
}

TEST_F(Connectivity, ThroughAnOpenProxy)
{
    Tinyproxy proxy;
    ASSERT_TRUE(proxy.isRunning()) << proxy.error().toStdString();
    HttpsTestServer drs(HttpsTestServer::Answer::Json);
    ProbeSettings s = settingsFor({});
    s.proxy = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    const EndpointResult r = probeOne(EndpointKind::DrsDiscovery, drs.url(), s);
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("ok")) << r.detail.toStdString();
    EXPECT_EQ(drs.requests(), 1);
}

TEST_F(Connectivity, ProxyThatWantsAuthentication)
{
    Tinyproxy proxy(QStringLiteral("probe"), QStringLiteral("secret"));
    ASSERT_TRUE(proxy.isRunning()) << proxy.error().toStdString();
    HttpsTestServer drs(HttpsTestServer::Answer::Json);
    ProbeSettings s = settingsFor({});
    s.proxy = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    const EndpointResult r = probeOne(EndpointKind::DrsDiscovery, drs.url(), s);
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("proxy-auth"));
    EXPECT_EQ(connectivityStepResult({r}, s.proxy).code, QStringLiteral("S2-PROXY-AUTH"));
    EXPECT_EQ(drs.requests(), 0);
}

TEST_F(Connectivity, ProxyThatCannotBeReached)
{
    HttpsTestServer drs(HttpsTestServer::Answer::Json);
    ProbeSettings s = settingsFor({});
    s.proxy = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    const EndpointResult r = probeOne(EndpointKind::DrsDiscovery, drs.url(), s);
    EXPECT_EQ(probeCauseId(r.cause), QStringLiteral("proxy-unreachable"));
}

TEST_F(Connectivity, TheWorstCauseIsNamedFirst)
{
    EndpointResult ok;
    ok.cause = ProbeCause::Ok;
    EndpointResult timeout;
    timeout.cause = ProbeCause::Timeout;
    EndpointResult auth;
    auth.cause = ProbeCause::ProxyAuth;
    EXPECT_EQ(connectivityStepResult({ok, timeout, auth}, std::nullopt).code,
              QStringLiteral("S2-PROXY-AUTH"));
    EXPECT_EQ(connectivityStepResult({ok, timeout}, std::nullopt).code,
              QStringLiteral("S2-ENDPOINT-TIMEOUT"));
}

// The command-line contract: run the real executable against the same servers.
namespace {
struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray err;
};
CliRun runProbeCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(JD_EXECUTABLE),
            QStringList{QStringLiteral("--probe-connectivity")} + args);
    EXPECT_TRUE(p.waitForStarted(10000));
    // The servers live in this process: keep its event loop running while the probe works.
    EXPECT_TRUE(QTest::qWaitFor([&]() { return p.state() == QProcess::NotRunning; }, 30000));
    CliRun r;
    r.exitCode = p.exitCode();
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = p.readAllStandardError();
    // A crash (or a sanitizer's abort) is never an exit code; show what it printed.
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << r.err.toStdString();
    if (p.exitStatus() != QProcess::NormalExit) {
        r.exitCode = -2;
    }
    return r;
}
} // namespace

TEST_F(Connectivity, CommandLineHealthyJson)
{
    HttpsTestServer login(HttpsTestServer::Answer::Html);
    HttpsTestServer drs(HttpsTestServer::Answer::Json);
    const CliRun r =
        runProbeCli({QStringLiteral("--endpoint"), QStringLiteral("login=") + login.url(),
                     QStringLiteral("--endpoint"), QStringLiteral("device-login=") + login.url(),
                     QStringLiteral("--endpoint"), QStringLiteral("drs-discovery=") + drs.url(),
                     QStringLiteral("--endpoint"), QStringLiteral("autologon=") + login.url(),
                     QStringLiteral("--ca-file"), TestPki::instance().caFile,
                     QStringLiteral("--expect-issuer"), kTestIssuer, QStringLiteral("--timeout-ms"),
                     // Generous: nothing here waits for it, and sanitizer builds are slow.
                     QStringLiteral("10000"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString()
                             << r.json.value(u"endpoints").toString().toStdString();
    EXPECT_EQ(r.json.value(QStringLiteral("proxy")).toString(), QStringLiteral("direct"));
    const QJsonArray endpoints = r.json.value(QStringLiteral("endpoints")).toArray();
    ASSERT_EQ(endpoints.size(), 4);
    for (const QJsonValue v : endpoints) {
        const QJsonObject e = v.toObject();
        EXPECT_EQ(e.value(QStringLiteral("cause")).toString(), QStringLiteral("ok"));
        EXPECT_EQ(e.value(QStringLiteral("httpStatus")).toInt(), 200);
        EXPECT_TRUE(e.value(QStringLiteral("tlsIssuer")).toString().contains(kTestIssuer));
        EXPECT_TRUE(e.value(QStringLiteral("elapsedMs")).isDouble());
        EXPECT_TRUE(e.value(QStringLiteral("url")).isString());
        EXPECT_TRUE(e.value(QStringLiteral("detail")).isString());
    }
    EXPECT_EQ(endpoints.at(2).toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("drs-discovery"));
    EXPECT_EQ(
        r.json.value(QStringLiteral("step")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("passed"));
}

TEST_F(Connectivity, CommandLineProxyAuthExitsOne)
{
    Tinyproxy proxy(QStringLiteral("probe"), QStringLiteral("secret"));
    ASSERT_TRUE(proxy.isRunning()) << proxy.error().toStdString();
    HttpsTestServer drs(HttpsTestServer::Answer::Json);
    const CliRun r = runProbeCli(
        {QStringLiteral("--endpoint"), QStringLiteral("drs-discovery=") + drs.url(),
         QStringLiteral("--proxy"), QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()),
         QStringLiteral("--ca-file"), TestPki::instance().caFile, QStringLiteral("--format"),
         QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.json.value(QStringLiteral("endpoints"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("cause"))
                  .toString(),
              QStringLiteral("proxy-auth"));
    EXPECT_EQ(
        r.json.value(QStringLiteral("step")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("S2-PROXY-AUTH"));
}

TEST_F(Connectivity, CommandLineUsageErrors)
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("--endpoint"), QStringLiteral("bogus=https://x/")},
          QStringList{QStringLiteral("--cloud"), QStringLiteral("mars")},
          QStringList{QStringLiteral("--timeout-ms"), QStringLiteral("abc")},
          QStringList{QStringLiteral("--ca-file"), QStringLiteral("/nonexistent.pem")},
          QStringList{QStringLiteral("--proxy"), QStringLiteral("socks5://x:1")}}) {
        const CliRun r = runProbeCli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    }
}

TEST_F(Connectivity, EveryEndpointFailingAtOnceRepeatedly)
{
    // The fault matrix under load: five endpoints failing in five ways at the same time, twenty
    // rounds on one probe, every other round cancelled half-way and started again.
    HttpsTestServer untrusted(HttpsTestServer::Answer::Json, /*selfSigned=*/true);
    HttpsTestServer busy(HttpsTestServer::Answer::Status503);
    HttpsTestServer blockPage(HttpsTestServer::Answer::Html);
    BlackHoleServer hole;
    const quint16 closed = closedPort();
    ProbeSettings s = settingsFor(
        {{EndpointKind::Login, QUrl(untrusted.url())},
         {EndpointKind::DeviceLogin, QUrl(busy.url())},
         {EndpointKind::DrsDiscovery, QUrl(blockPage.url())},
         {EndpointKind::Autologon, QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(hole.port()))},
         {EndpointKind::OpenidConfiguration,
          QUrl(QStringLiteral("https://127.0.0.1:%1/x").arg(closed))}});
    s.timeout = std::chrono::milliseconds(400);
    ConnectivityProbe probe;
    for (int round = 0; round < 20; ++round) {
        QSignalSpy finished(&probe, &ConnectivityProbe::finished);
        probe.start(s);
        if (round % 2 == 1) {
            QTest::qWait(50);
            probe.cancel();
            probe.start(s);
        }
        ASSERT_TRUE(finished.wait(10000)) << "round " << round;
        const QList<EndpointResult> r = probe.results();
        ASSERT_EQ(r.size(), 5);
        EXPECT_EQ(r.at(0).cause, ProbeCause::TlsUntrusted) << round;
        EXPECT_EQ(r.at(1).cause, ProbeCause::HttpError) << round;
        EXPECT_EQ(r.at(2).cause, ProbeCause::UnexpectedResponse) << round;
        EXPECT_EQ(r.at(3).cause, ProbeCause::Timeout) << round;
        EXPECT_EQ(r.at(4).cause, ProbeCause::Refused) << round;
    }
}
