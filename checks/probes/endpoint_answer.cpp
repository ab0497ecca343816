#include "probes/endpoint_answer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace jd {

namespace {

// Login pages answer many requests with 4xx; for them any answer below 500 proves the path.
// The discovery documents must come back as 2xx with their JSON.
bool needsDocument(EndpointKind kind)
{
    return kind == EndpointKind::DrsDiscovery || kind == EndpointKind::OpenidConfiguration;
}

bool isMicrosoftHost(const QString &host)
{
    for (const char *suffix :
         {"microsoftonline.com", "microsoftonline.us", "microsoft.com", "windows.net",
          "microsoftazuread-sso.com", "microsoft.us", "chinacloudapi.cn", "microsoftonline.cn"}) {
        const QString s = QString::fromLatin1(suffix);
        if (host == s || host.endsWith(u'.' + s)) {
            return true;
        }
    }
    return false;
}

} // namespace

AnswerVerdict judgeAnswer(const HttpAnswer &a, const QString &expectedTenantId)
{
    const bool good = needsDocument(a.kind) ? (a.httpStatus >= 200 && a.httpStatus < 300)
                                            : (a.httpStatus >= 200 && a.httpStatus < 500);
    if (!good) {
        return {ProbeCause::HttpError, QStringLiteral("HTTP %1").arg(a.httpStatus), {}};
    }
    if (a.finalUrl.host() != a.requestedUrl.host() && !isMicrosoftHost(a.finalUrl.host())) {
        return {ProbeCause::UnexpectedResponse,
                QStringLiteral(
                    "redirected to %1, which is not Microsoft (captive portal or block page?)")
                    .arg(a.finalUrl.host()),
                {}};
    }
    if (!needsDocument(a.kind)) {
        return {ProbeCause::Ok, QStringLiteral("HTTP %1").arg(a.httpStatus), {}};
    }
    const QJsonDocument json = QJsonDocument::fromJson(a.body);
    if (!json.isObject()) {
        const QString start = QString::fromUtf8(a.body.left(60)).simplified();
        return {ProbeCause::UnexpectedResponse,
                QStringLiteral("the answer is not the expected JSON document (it starts: %1)")
                    .arg(start),
                {}};
    }
    if (a.kind != EndpointKind::OpenidConfiguration) {
        return {ProbeCause::Ok, QStringLiteral("HTTP %1").arg(a.httpStatus), {}};
    }
    const QString issuer = json.object().value(QStringLiteral("issuer")).toString();
    static const QRegularExpression guid(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    const QString tenantId = guid.match(issuer).captured(0).toLower();
    if (issuer.isEmpty()) {
        return {ProbeCause::UnexpectedResponse,
                QStringLiteral("no issuer in the openid-configuration"),
                {}};
    }
    if (!expectedTenantId.isEmpty() && !issuer.contains(expectedTenantId, Qt::CaseInsensitive)) {
        return {ProbeCause::UnexpectedResponse,
                QStringLiteral("issuer %1 does not name tenant %2").arg(issuer, expectedTenantId),
                tenantId};
    }
    return {ProbeCause::Ok, QStringLiteral("issuer %1").arg(issuer), tenantId};
}

QDateTime parseHttpDate(const QByteArray &value)
{
    // IMF-fixdate, the only form servers send today (RFC 9110 section 5.6.7).
    static const QRegularExpression date(
        QStringLiteral("^\\s*(?:[A-Za-z]{3},\\s*)?(\\d{1,2}) ([A-Za-z]{3}) (\\d{4}) "
                       "(\\d{2}):(\\d{2}):(\\d{2}) GMT\\s*$"));
    const QRegularExpressionMatch m = date.match(QString::fromLatin1(value));
    if (!m.hasMatch()) {
        return {};
    }
    static const QStringList months{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const int month = int(months.indexOf(m.captured(2).toLower())) + 1;
    const QDate day(m.captured(3).toInt(), month, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (month == 0 || !day.isValid() || !time.isValid()) {
        return {};
    }
    return QDateTime(day, time, Qt::UTC);
}

} // namespace jd
