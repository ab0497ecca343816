#include "probes/proxy_rules.h"

#include <QRegularExpression>

namespace jd {

namespace {

// Sends each request through the proxy unless its host is in the bypass list, as WinHTTP does.
class BypassProxyFactory : public QNetworkProxyFactory
{
public:
    BypassProxyFactory(const QNetworkProxy &proxy, QStringList bypass)
        : m_proxy(proxy), m_bypass(std::move(bypass))
    {
    }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (hostBypassesProxy(query.peerHostName(), m_bypass)) {
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        }
        return {m_proxy};
    }

private:
    QNetworkProxy m_proxy;
    QStringList m_bypass;
};

} // namespace

bool hostBypassesProxy(const QString &host, const QStringList &bypass)
{
    for (const QString &entry : bypass) {
        const QString pattern = entry.trimmed();
        if (pattern.isEmpty()) {
            continue;
        }
        if (pattern.compare(QStringLiteral("<local>"), Qt::CaseInsensitive) == 0) {
            if (!host.contains(u'.')) {
                return true;
            }
            continue;
        }
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                                        pattern, QRegularExpression::UnanchoredWildcardConversion)
                                        .prepend(u'^')
                                        .append(u'$'),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(host).hasMatch()) {
            return true;
        }
    }
    return false;
}

std::optional<QUrl> winHttpProxyUrl(const QString &proxyServers)
{
    // "proxy:8080", "http://proxy:8080" or per scheme "http=proxy:8080;https=proxy:8443".
    QString chosen;
    for (const QString &part :
         proxyServers.split(QRegularExpression(QStringLiteral("[;\\s]+")), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0) {
            chosen = part;
            break;
        }
        if (part.left(eq).compare(QStringLiteral("https"), Qt::CaseInsensitive) == 0) {
            chosen = part.mid(eq + 1);
            break;
        }
        if (chosen.isEmpty()) {
            chosen = part.mid(eq + 1);
        }
    }
    if (chosen.isEmpty()) {
        return std::nullopt;
    }
    const QUrl url(chosen.contains(QStringLiteral("://")) ? chosen
                                                          : QStringLiteral("http://") + chosen);
    if (!url.isValid() || url.host().isEmpty()) {
        return std::nullopt;
    }
    return url;
}

QStringList splitBypassList(const QString &bypassList)
{
    return bypassList.split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts);
}

QNetworkProxyFactory *makeBypassProxyFactory(const QNetworkProxy &proxy, const QStringList &bypass)
{
    return new BypassProxyFactory(proxy, bypass);
}

} // namespace jd
