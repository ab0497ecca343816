#pragma once
// Judging an endpoint's HTTP answer: the status each kind must give, a redirect away from
// Microsoft (captive portal), and the JSON documents discovery and openid-configuration return.

#include "probes/endpoint_targets.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace jd {

struct HttpAnswer
{
    EndpointKind kind = EndpointKind::Login;
    QUrl requestedUrl;
    QUrl finalUrl; // after redirects
    int httpStatus = 0;
    QByteArray body;
};

struct AnswerVerdict
{
    ProbeCause cause = ProbeCause::Ok;
    QString detail;
    QString tenantId; // from an openid-configuration issuer
};

// An HTTP Date header ("Sun, 06 Nov 1994 08:49:37 GMT") as UTC; invalid when it is not one.
QDateTime parseHttpDate(const QByteArray &value);

// expectedTenantId: when not empty, the openid-configuration issuer must name it.
AnswerVerdict judgeAnswer(const HttpAnswer &answer, const QString &expectedTenantId);

} // namespace jd
