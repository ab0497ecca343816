// The live environment of this build. On Windows every source comes from the platform layer
// (plain C++ over Win32, tested under Wine); other systems have no live source.
#include "live/live_collector.h"

#ifdef Q_OS_WIN
#include "aad_join_info.h"
#include "event_log.h"
#include "process_runner.h"
#include "registry.h"
#include "task_state.h"
#include "winhttp_proxy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace jd {

namespace {

QString q(const std::wstring &s)
{
    return QString::fromStdWString(s);
}

CaptureItem jsonItem(const QJsonObject &o, const QString &detail = {})
{
    CaptureItem item;
    item.collected = true;
    item.detail = detail;
    item.content = QJsonDocument(o).toJson(QJsonDocument::Indented);
    return item;
}

QString oleDate(double date)
{
    if (date <= 0) {
        return {};
    }
    const QDateTime epoch(QDate(1899, 12, 30), QTime(0, 0));
    return epoch.addMSecs(qint64(date * 86400000.0)).toUTC().toString(Qt::ISODate);
}

// The CDJ\AAD key written out as "reg export" would, so that captures and live read it alike.
CaptureItem clientScpItem()
{
    const std::wstring key = L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD";
    QString reg = QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n"
                                 "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\"
                                 "CurrentVersion\\CDJ]\r\n\r\n");
    unsigned long error = 0;
    const std::vector<std::wstring> names =
        platform::registryValueNames(platform::RegistryRoot::LocalMachine, key, &error);
    if (error == 0) {
        reg += QStringLiteral("[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\"
                              "CDJ\\AAD]\r\n");
        for (const wchar_t *name : {L"TenantId", L"TenantName"}) {
            const platform::RegistryString v =
                platform::readRegistryString(platform::RegistryRoot::LocalMachine, key, name);
            if (v.found) {
                QString value = q(v.value);
                value.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
                reg += QStringLiteral("\"%1\"=\"%2\"\r\n").arg(q(name), value);
            }
        }
    }
    CaptureItem item;
    item.collected = true;
    item.detail = QStringLiteral("registry API, 64-bit view");
    item.content = reg.toUtf8();
    return item;
}

} // namespace

std::optional<LiveEnvironment> platformLiveEnvironment(const QString &logFile)
{
    LiveEnvironment env;
    env.runner = makePlatformProgramRunner();
    env.dsregcmd = q(platform::systemDirectory()) + QStringLiteral("\\dsregcmd.exe");
    env.consoleCodePage = int(platform::consoleCodePage());
    env.clientScp = clientScpItem;
    env.winHttpProxy = []() {
        const platform::WinHttpDefaultProxy p = platform::readWinHttpDefaultProxy();
        if (!p.read) {
            CaptureItem item;
            item.error =
                QStringLiteral("WinHttpGetDefaultProxyConfiguration failed: %1").arg(p.error);
            return item;
        }
        return jsonItem({{QStringLiteral("namedProxy"), p.namedProxy},
                         {QStringLiteral("proxy"), q(p.proxyServers)},
                         {QStringLiteral("bypass"), q(p.bypassList)}});
    };
    env.userProxy = []() {
        const platform::UserProxy p = platform::readUserProxy();
        if (!p.read) {
            CaptureItem item;
            item.error =
                QStringLiteral("WinHttpGetIEProxyConfigForCurrentUser failed: %1").arg(p.error);
            return item;
        }
        return jsonItem({{QStringLiteral("autoDetect"), p.autoDetect},
                         {QStringLiteral("autoConfigUrl"), q(p.autoConfigUrl)},
                         {QStringLiteral("proxy"), q(p.proxyServers)},
                         {QStringLiteral("bypass"), q(p.bypassList)}});
    };
    env.task = []() {
        const platform::TaskState t = platform::readTaskState(
            L"\\Microsoft\\Windows\\Workplace Join", L"Automatic-Device-Join");
        return jsonItem(
            {{QStringLiteral("read"), t.read},
             {QStringLiteral("error"),
              t.error ? QStringLiteral("0x%1").arg(quint32(t.error), 8, 16, QLatin1Char('0'))
                      : QString()},
             {QStringLiteral("exists"), t.exists},
             {QStringLiteral("enabled"), t.enabled},
             {QStringLiteral("state"), t.state},
             {QStringLiteral("lastResult"), double(quint32(t.lastResult))},
             {QStringLiteral("lastRun"), oleDate(t.lastRunTime)},
             {QStringLiteral("nextRun"), oleDate(t.nextRunTime)}},
            QStringLiteral("Task Scheduler API"));
    };
    env.events = [](const char *channel) {
        const platform::EventQueryResult r =
            platform::readRecentEvents(QString::fromLatin1(channel).toStdWString(), 200, 24 * 14);
        CaptureItem item;
        if (!r.read) {
            // ERROR_PROC_NOT_FOUND, ERROR_CALL_NOT_IMPLEMENTED: a system without the event log
            // API (Wine has a stub), not a log that could not be read.
            const bool missing = r.error == 127 || r.error == 120;
            item.error =
                (missing ? QStringLiteral("the event log API is not available here (error %1)")
                         : QStringLiteral("the event log could not be read (error %1)"))
                    .arg(r.error);
            return item;
        }
        QString xml = QStringLiteral("<Events>\n");
        for (const std::wstring &e : r.eventXml) {
            xml += q(e) + u'\n';
        }
        xml += QStringLiteral("</Events>\n");
        item.collected = true;
        item.detail = QStringLiteral("%1 events of the last 14 days").arg(r.eventXml.size());
        item.content = xml.toUtf8();
        return item;
    };
    env.joinInfo = []() {
        const platform::AadJoinInfo info = platform::readAadJoinInfo();
        if (!info.apiAvailable) {
            CaptureItem item;
            item.error = QStringLiteral("NetGetAadJoinInformation is not available");
            return item;
        }
        return jsonItem({{QStringLiteral("apiAvailable"), true},
                         {QStringLiteral("joined"), info.joined},
                         {QStringLiteral("joinType"), int(info.joinType)},
                         {QStringLiteral("deviceId"), q(info.deviceId)},
                         {QStringLiteral("tenantId"), q(info.tenantId)},
                         {QStringLiteral("tenantDisplayName"), q(info.tenantDisplayName)}});
    };
    env.logFile = logFile;
    return env;
}

} // namespace jd

#else

namespace jd {

std::optional<LiveEnvironment> platformLiveEnvironment(const QString &)
{
    return std::nullopt;
}

} // namespace jd

#endif
