#include "probes/tenant_check.h"

#include <QEventLoop>
#include <QUrl>

namespace jd {

TenantCheck checkTenantName(const QString &tenantName, ProbeSettings settings,
                            const QString &urlTemplate)
{
    TenantCheck check;
    check.attempted = true;
    QString name = tenantName.trimmed();
    check.url = QString(urlTemplate)
                    .replace(QStringLiteral("{tenant}"),
                             QString::fromLatin1(QUrl::toPercentEncoding(name)));
    const QUrl url(check.url, QUrl::StrictMode);
    if (name.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        check.error = QStringLiteral("no usable URL: ") + check.url;
        return check;
    }
    settings.endpoints = {{EndpointKind::OpenidConfiguration, url}};
    settings.tenantId.clear(); // the point is to learn it
    ConnectivityProbe probe;
    QEventLoop loop;
    QObject::connect(&probe, &ConnectivityProbe::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    probe.start(settings);
    loop.exec();
    const EndpointResult &r = probe.results().first();
    check.tenantId = r.tenantId;
    if (r.cause != ProbeCause::Ok || r.tenantId.isEmpty()) {
        check.tenantId.clear();
        check.error = QStringLiteral("%1: %2").arg(probeCauseId(r.cause), r.detail);
    }
    return check;
}

} // namespace jd
