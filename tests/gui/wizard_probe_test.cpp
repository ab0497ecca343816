// Step 2 on "this computer": the wizard probes the endpoints (real HTTPS servers on loopback) and
// shows a row per endpoint as each one finishes.
#include "page_ids.h"
#include "status_view.h"
#include "step_page.h"
#include "test_servers.h"
#include "wizard_harness.h"

#include <gtest/gtest.h>
#include <QSignalSpy>

using namespace jd;
using namespace jd::test;

namespace {
CheckRunner::ProbeSettingsProvider probeOf(QList<EndpointTarget> targets)
{
    return [targets](const Facts &) {
        ProbeSettings s;
        s.endpoints = targets;
        s.extraCaCertificates = {TestPki::instance().ca};
        s.expectedIssuer = QStringLiteral("JoinDoctor Test Root CA");
        s.timeout = std::chrono::milliseconds(3000);
        return std::optional<CheckRunner::ProbePlan>(CheckRunner::ProbePlan{s, std::nullopt});
    };
}
} // namespace

TEST(WizardProbe, StepTwoShowsEachEndpoint)
{
    ASSERT_TRUE(TestPki::instance().error.isEmpty());
    HttpsTestServer login(HttpsTestServer::Answer::Html);
    HttpsTestServer drs(HttpsTestServer::Answer::Json);
    Harness h;
    h.create(LanguageCode::English, {}, QStringLiteral("proxy-blocks-system"),
             probeOf({{EndpointKind::Login, QUrl(login.url())},
                      {EndpointKind::DrsDiscovery, QUrl(drs.url())}}));
    ASSERT_TRUE(h.runOn(FactSource::live()));
    const StepPage *page = h.wizard->stepPage(2);
    EXPECT_TRUE(page->endpointsText().contains(QStringLiteral("drs-discovery")));
    EXPECT_EQ(page->endpointsText().count(QStringLiteral(" ok ")), 2)
        << page->endpointsText().toStdString();
    // The endpoints answer now, but dsregcmd recorded a failure: that result stands.
    EXPECT_EQ(page->statusView()->codeText(), QStringLiteral("S2-WINHTTP-PROXY-MISSING"));
}

TEST(WizardProbe, AFailingEndpointDecidesStepTwo)
{
    ASSERT_TRUE(TestPki::instance().error.isEmpty());
    HttpsTestServer busy(HttpsTestServer::Answer::Status503);
    Harness h;
    h.create(LanguageCode::English, {}, QStringLiteral("healthy"),
             probeOf({{EndpointKind::DrsDiscovery, QUrl(busy.url())}}));
    ASSERT_TRUE(h.runOn(FactSource::live()));
    EXPECT_EQ(h.wizard->stepPage(2)->statusView()->codeText(), QStringLiteral("S2-HTTP-ERROR"));
    EXPECT_TRUE(h.wizard->stepPage(2)->endpointsText().contains(QStringLiteral("http-error")));
}

TEST(WizardProbe, DemosAreNotProbed)
{
    HttpsTestServer drs(HttpsTestServer::Answer::Json);
    Harness h;
    h.create(LanguageCode::English, {}, QString(),
             probeOf({{EndpointKind::DrsDiscovery, QUrl(drs.url())}}));
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("healthy"))));
    EXPECT_EQ(drs.requests(), 0);
    EXPECT_TRUE(h.wizard->stepPage(2)->endpointsText().isEmpty());
}

TEST(WizardProbe, TheUsersProxyIsProbedToo)
{
    ASSERT_TRUE(TestPki::instance().error.isEmpty());
    Tinyproxy userProxy;
    ASSERT_TRUE(userProxy.isRunning()) << userProxy.error().toStdString();
    HttpsTestServer drs(HttpsTestServer::Answer::Json);
    const quint16 deadProxy = closedPort();
    Harness h;
    h.create(LanguageCode::English, {}, QStringLiteral("healthy"), [&](const Facts &) {
        ProbeSettings system;
        system.endpoints = {{EndpointKind::DrsDiscovery, QUrl(drs.url())}};
        system.extraCaCertificates = {TestPki::instance().ca};
        system.expectedIssuer = QStringLiteral("JoinDoctor Test Root CA");
        system.timeout = std::chrono::milliseconds(3000);
        system.proxy = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadProxy));
        ProbeSettings user = system;
        user.proxy = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(userProxy.port()));
        return std::optional<CheckRunner::ProbePlan>(CheckRunner::ProbePlan{system, user});
    });
    ASSERT_TRUE(h.runOn(FactSource::live()));
    const StepPage *page = h.wizard->stepPage(2);
    EXPECT_EQ(page->statusView()->codeText(), QStringLiteral("S2-PROXY-UNREACHABLE"));
    EXPECT_TRUE(page->endpointsText().contains(QStringLiteral("proxy-unreachable")));
    EXPECT_TRUE(page->endpointsText().contains(QStringLiteral("signed-in user's proxy")));
    EXPECT_TRUE(
        page->detailsText().contains(QStringLiteral("it works in the browser, but not for SYSTEM")))
        << page->detailsText().toStdString();
}
