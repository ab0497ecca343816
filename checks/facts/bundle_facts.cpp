#include "facts/bundle_facts.h"

#include "facts/client_scp.h"
#include "facts/event_records.h"
#include "facts/probe_serialisation.h"
#include "input/reg_export.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace jd {

namespace {

QJsonObject jsonItem(const CaptureBundle &bundle, const char *name)
{
    const CaptureItem *item = bundle.item(name);
    return item && item->collected ? QJsonDocument::fromJson(item->content).object()
                                   : QJsonObject();
}

TaskFacts taskFrom(const CaptureBundle &bundle)
{
    TaskFacts task;
    const CaptureItem *item = bundle.item(capture_item::kTask);
    if (!item) {
        return task;
    }
    if (!item->collected) {
        task.error = item->error;
        return task;
    }
    const QJsonObject o = QJsonDocument::fromJson(item->content).object();
    task.read = o.value(u"read").toBool();
    task.error = o.value(u"error").toString();
    task.exists = o.value(u"exists").toBool();
    task.enabled = o.value(u"enabled").toBool();
    task.state = o.value(u"state").toInt();
    task.lastResult = qint64(o.value(u"lastResult").toDouble());
    task.lastRun = QDateTime::fromString(o.value(u"lastRun").toString(), Qt::ISODate);
    task.nextRun = QDateTime::fromString(o.value(u"nextRun").toString(), Qt::ISODate);
    const QString section = QStringLiteral("Task Scheduler");
    const QString path =
        QStringLiteral("\\Microsoft\\Windows\\Workplace Join\\Automatic-Device-Join");
    if (!task.read) {
        task.evidence << Evidence{path, QStringLiteral("not read: ") + task.error, section, 0};
    } else if (!task.exists) {
        task.evidence << Evidence{path, QStringLiteral("does not exist"), section, 0};
    } else {
        task.evidence << Evidence{
            path,
            QStringLiteral("%1, last result 0x%2, last run %3")
                .arg(task.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"))
                .arg(quint32(task.lastResult), 8, 16, QLatin1Char('0'))
                .arg(task.lastRun.isValid() ? task.lastRun.toUTC().toString(Qt::ISODate)
                                            : QStringLiteral("never")),
            section, 0};
    }
    return task;
}

// The device item's "kernel" is Windows' own version ("10.0.19045", Qt reads it with
// RtlGetVersion); a capture from another system gives no Windows version.
OsFacts osFrom(const CaptureBundle &bundle)
{
    OsFacts os;
    const QJsonObject device = jsonItem(bundle, capture_item::kDevice);
    const QString name = device.value(u"os").toString();
    const QString kernel = device.value(u"kernel").toString();
    static const QRegularExpression version(QStringLiteral("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch m = version.match(kernel);
    if (!name.contains(QStringLiteral("Windows"), Qt::CaseInsensitive) || !m.hasMatch()) {
        return os;
    }
    os.name = name;
    os.major = m.captured(1).toInt();
    os.minor = m.captured(2).toInt();
    os.build = m.captured(3).toInt();
    os.evidence =
        Evidence{QStringLiteral("Windows version"), QStringLiteral("%1 (%2)").arg(name, kernel),
                 QStringLiteral("device"), 0};
    return os;
}

// The signed-in user's proxy read by API, where dsregcmd printed no section for it.
void userProxyFrom(const CaptureBundle &bundle, ProxyFacts &proxy)
{
    const QJsonObject user = jsonItem(bundle, capture_item::kUserProxy);
    if (user.isEmpty() || proxy.ieSectionPresent) {
        return;
    }
    proxy.ieSectionPresent = true;
    proxy.ieAutoDetect = user.value(u"autoDetect").toBool() ? Tri::Yes : Tri::No;
    proxy.ieAutoConfigUrl = user.value(u"autoConfigUrl").toString();
    proxy.ieProxyServer = user.value(u"proxy").toString();
    proxy.ieBypass = user.value(u"bypass").toString();
}

EventLogFacts eventsFrom(const CaptureBundle &bundle, const char *name, const char *channel)
{
    EventLogFacts log;
    log.channel = QLatin1String(channel);
    const CaptureItem *item = bundle.item(name);
    if (!item) {
        return log;
    }
    log.read = item->collected;
    log.error = item->error;
    if (item->collected) {
        log.events = parseEventXml(QString::fromUtf8(item->content), log.channel);
    }
    return log;
}

} // namespace

LoadedFacts factsFromBundle(const CaptureBundle &bundle, const QString &sourceName)
{
    LoadedFacts loaded;
    const CaptureItem *status = bundle.item(capture_item::kDsregcmd);
    if (!status || !status->collected) {
        loaded.problem = {
            InputProblemKind::NotDsregcmd,
            checksText(QT_TRANSLATE_NOOP("Checks", "The capture holds no dsregcmd /status output "
                                                   "(%1)."))
                .with({status ? status->error : QStringLiteral("missing")})};
        return loaded;
    }
    LoadedFacts parsed = parseFacts(status->content, sourceName);
    if (!parsed.facts) {
        return parsed;
    }
    auto facts = std::make_shared<Facts>(*parsed.facts);
    facts->collectedAt = bundle.createdAt;
    if (const CaptureItem *reg = bundle.item(capture_item::kClientScp); reg && reg->collected) {
        facts->clientScp = clientScpFromExport(parseRegExport(QString::fromUtf8(reg->content)),
                                               QStringLiteral("registry"));
    }
    facts->task = taskFrom(bundle);
    facts->os = osFrom(bundle);
    userProxyFrom(bundle, facts->proxy);
    if (const CaptureItem *n = bundle.item(capture_item::kNetwork); n && n->collected) {
        facts->vpn = detectVpn(interfacesFromJson(n->content));
    }
    facts->eventLogs = {
        eventsFrom(bundle, capture_item::kEventsUdr,
                   "Microsoft-Windows-User Device Registration/Admin"),
        eventsFrom(bundle, capture_item::kEventsAad, "Microsoft-Windows-AAD/Operational")};
    if (const QJsonObject join = jsonItem(bundle, capture_item::kJoinInfo); !join.isEmpty()) {
        JoinInfoFacts info;
        info.apiAvailable = join.value(u"apiAvailable").toBool();
        info.joined = join.value(u"joined").toBool();
        info.joinType = join.value(u"joinType").toInt();
        info.deviceId = join.value(u"deviceId").toString();
        info.tenantId = join.value(u"tenantId").toString();
        info.tenantDisplayName = join.value(u"tenantDisplayName").toString();
        facts->joinInfo = info;
        // The API's answer does not depend on the display language: it fills what the dsregcmd
        // text left open (a localized or cut-off output).
        if (info.apiAvailable && facts->azureAdJoined == Tri::Unknown) {
            facts->azureAdJoined = info.joined && info.joinType == 1 ? Tri::Yes : Tri::No;
        }
        if (facts->deviceId.isEmpty()) {
            facts->deviceId = info.deviceId;
        }
        if (facts->tenantId.isEmpty()) {
            facts->tenantId = info.tenantId;
        }
    }
    if (const QJsonObject proxy = jsonItem(bundle, capture_item::kWinHttpProxy);
        !proxy.isEmpty() && !facts->proxy.winHttpSectionPresent) {
        // WinHTTP's default proxy read by API, where dsregcmd printed no proxy section.
        facts->proxy.winHttpSectionPresent = true;
        const bool named = proxy.value(u"namedProxy").toBool();
        facts->proxy.winHttpAccessType =
            named ? QStringLiteral("NAMED PROXY") : QStringLiteral("DIRECT");
        facts->proxy.winHttpProxy = named ? proxy.value(u"proxy").toString() : QString();
        facts->proxy.winHttpBypass = proxy.value(u"bypass").toString();
    }
    if (const CaptureItem *c = bundle.item(capture_item::kConnectivity); c && c->collected) {
        connectivityFromJson(c->content, &facts->connectivity, &facts->userConnectivity);
    }
    if (const CaptureItem *d = bundle.item(capture_item::kDirectory); d && d->collected) {
        DirectoryFacts directory;
        if (directoryFromJson(d->content, &directory, &facts->tenantCheck)) {
            facts->directory = directory;
        }
    }
    loaded.facts = facts;
    loaded.encoding = parsed.encoding;
    return loaded;
}

CaptureBundle withProbeResults(CaptureBundle bundle, const Facts &facts)
{
    if (facts.connectivity) {
        bundle.set({QLatin1String(capture_item::kConnectivity), true, QString(), QString(),
                    connectivityToJson(*facts.connectivity, facts.userConnectivity)});
    }
    if (facts.directory) {
        bundle.set({QLatin1String(capture_item::kDirectory), true, QString(), QString(),
                    directoryToJson(*facts.directory, facts.tenantCheck)});
    }
    return bundle;
}

} // namespace jd
