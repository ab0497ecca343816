#include "probes/endpoint_answer.h"
#include "probes/proxy_rules.h"
#include "qt_printers.h"

#include <gtest/gtest.h>

using namespace jd;

namespace {
AnswerVerdict judge(EndpointKind kind, int status, const QByteArray &body = {},
                    const QString &finalUrl = QStringLiteral("https://login.microsoftonline.com/x"))
{
    return judgeAnswer({kind, QUrl(QStringLiteral("https://login.microsoftonline.com/x")),
                        QUrl(finalUrl), status, body},
                       QString());
}
} // namespace

TEST(EndpointAnswer, LoginPagesAreReachableBelow500)
{
    EXPECT_EQ(judge(EndpointKind::Login, 200).cause, ProbeCause::Ok);
    EXPECT_EQ(judge(EndpointKind::DeviceLogin, 404).cause, ProbeCause::Ok);
    EXPECT_EQ(judge(EndpointKind::Autologon, 503).cause, ProbeCause::HttpError);
}

TEST(EndpointAnswer, DocumentsNeed2xxJson)
{
    EXPECT_EQ(judge(EndpointKind::DrsDiscovery, 200, R"({"DiscoveryService":{}})").cause,
              ProbeCause::Ok);
    EXPECT_EQ(judge(EndpointKind::DrsDiscovery, 404, "{}").cause, ProbeCause::HttpError);
    EXPECT_EQ(judge(EndpointKind::DrsDiscovery, 200, "<html>blocked</html>").cause,
              ProbeCause::UnexpectedResponse);
    EXPECT_EQ(judge(EndpointKind::OpenidConfiguration, 200, R"({"token_endpoint":"x"})").cause,
              ProbeCause::UnexpectedResponse);
}

TEST(EndpointAnswer, RedirectAwayFromMicrosoftIsACaptivePortal)
{
    EXPECT_EQ(
        judge(EndpointKind::Login, 200, {}, QStringLiteral("http://hotspot.example/login")).cause,
        ProbeCause::UnexpectedResponse);
    EXPECT_EQ(judge(EndpointKind::Login, 200, {}, QStringLiteral("https://login.live.com/")).cause,
              ProbeCause::UnexpectedResponse);
    EXPECT_EQ(
        judge(EndpointKind::Login, 200, {}, QStringLiteral("https://login.windows.net/x")).cause,
        ProbeCause::Ok);
}

TEST(ProxyRules, WinHttpProxyStrings)
{
    EXPECT_EQ(winHttpProxyUrl(QStringLiteral("proxy:8080"))->toString(),
              QStringLiteral("http://proxy:8080"));
    EXPECT_EQ(winHttpProxyUrl(QStringLiteral("http=p1:80;https=p2:8443"))->host(),
              QStringLiteral("p2"));
    EXPECT_FALSE(winHttpProxyUrl(QString()).has_value());
    const QStringList bypass = splitBypassList(QStringLiteral("<local>; *.corp.example ,10.*"));
    EXPECT_TRUE(hostBypassesProxy(QStringLiteral("fileserver"), bypass));
    EXPECT_TRUE(hostBypassesProxy(QStringLiteral("dc1.corp.example"), bypass));
    EXPECT_TRUE(hostBypassesProxy(QStringLiteral("10.1.2.3"), bypass));
    EXPECT_FALSE(hostBypassesProxy(QStringLiteral("login.microsoftonline.com"), bypass));
}

TEST(HttpDate, TheFormServersSendIsReadAsUtc)
{
    EXPECT_EQ(parseHttpDate("Mon, 07 Dec 2026 10:04:05 GMT"),
              QDateTime(QDate(2026, 12, 7), QTime(10, 4, 5), Qt::UTC));
    EXPECT_EQ(parseHttpDate("7 Dec 2026 10:04:05 GMT"),
              QDateTime(QDate(2026, 12, 7), QTime(10, 4, 5), Qt::UTC));
}

TEST(HttpDate, AnythingElseIsNoDate)
{
    for (const char *value :
         {"", "yesterday", "Mon, 07 Dec 2026 10:04:05 +0100", "Mon, 31 Feb 2026 10:04:05 GMT",
          "Mon, 07 Foo 2026 10:04:05 GMT", "Mon, 07 Dec 2026 25:04:05 GMT"}) {
        EXPECT_FALSE(parseHttpDate(value).isValid()) << value;
    }
}
