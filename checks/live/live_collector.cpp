#include "live/live_collector.h"

#include "facts/bundle_facts.h"
#include "facts/fact_source.h"
#include "input/text_decoder.h"
#include "probes/directory_probe.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace jd {

namespace {

CaptureItem notAvailable(const char *name)
{
    CaptureItem item;
    item.name = QLatin1String(name);
    item.error = QStringLiteral("not available on this system");
    return item;
}

CaptureItem fromSource(const std::function<CaptureItem()> &source, const char *name)
{
    if (!source) {
        return notAvailable(name);
    }
    CaptureItem item = source();
    item.name = QLatin1String(name);
    return item;
}

CaptureItem logTail(const QString &path)
{
    CaptureItem item;
    item.name = QLatin1String(capture_item::kLog);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        item.error = path.isEmpty() ? QStringLiteral("no log file") : file.errorString();
        return item;
    }
    constexpr qint64 kTail = 256 * 1024;
    if (file.size() > kTail) {
        file.seek(file.size() - kTail);
        item.detail = QStringLiteral("the last %1 KiB").arg(kTail / 1024);
    }
    item.content = file.read(kTail);
    item.collected = true;
    return item;
}

} // namespace

QString decodeConsoleOutput(const QByteArray &bytes, int codePage)
{
    switch (codePage) {
    case 65001:
        return QString::fromUtf8(bytes);
    case 850:
    case 437: // the upper halves differ in a few letters; 850 is a superset of what matters here
        return decodeCp850(bytes);
    case 1252:
        return decodeCp1252(bytes);
    default:
        break;
    }
    const DecodedText decoded = decodeText(bytes);
    return decoded.problem ? QString::fromLatin1(bytes) : decoded.text;
}

CaptureItem readDsregcmd(ProgramRunner &runner, const QString &program, int codePage,
                         std::chrono::milliseconds timeout, qint64 maxBytes,
                         const CancelToken &cancel)
{
    CaptureItem item;
    item.name = QLatin1String(capture_item::kDsregcmd);
    const ProgramResult r =
        runner.run(program, {QStringLiteral("/status")}, timeout, maxBytes, cancel);
    if (!r.started) {
        item.error = QStringLiteral("%1 did not start: %2").arg(program, r.startError);
        return item;
    }
    if (r.timedOut) {
        item.error = QStringLiteral("%1 /status gave no answer within %2 s and was stopped")
                         .arg(program)
                         .arg(timeout.count() / 1000);
        return item;
    }
    if (r.output.trimmed().isEmpty()) {
        item.error = QStringLiteral("%1 /status printed nothing (exit code %2)")
                         .arg(program)
                         .arg(r.exitCode);
        return item;
    }
    item.collected = true;
    item.content = decodeConsoleOutput(r.output, codePage).toUtf8();
    item.detail = QStringLiteral("%1 /status, exit code %2, code page %3%4")
                      .arg(program)
                      .arg(r.exitCode)
                      .arg(codePage)
                      .arg(r.truncated ? QStringLiteral(", output cut at %1 bytes").arg(maxBytes)
                                       : QString());
    return item;
}

CaptureItem localDeviceItem()
{
    CaptureItem item;
    item.name = QLatin1String(capture_item::kDevice);
    item.collected = true;
    item.content =
        QJsonDocument(
            QJsonObject{{QStringLiteral("computerName"), localComputerName()},
                        {QStringLiteral("hostName"), QSysInfo::machineHostName()},
                        {QStringLiteral("os"), QSysInfo::prettyProductName()},
                        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                        {QStringLiteral("architecture"), QSysInfo::currentCpuArchitecture()}})
            .toJson(QJsonDocument::Indented);
    return item;
}

CaptureBundle collectLive(const LiveEnvironment &env, const CancelToken &cancel)
{
    CaptureBundle bundle;
    bundle.joinDoctorVersion = QStringLiteral(JOINDOCTOR_VERSION_STRING);
    bundle.createdAt = env.now ? env.now() : QDateTime::currentDateTimeUtc();
    const CaptureItem device =
        env.device ? fromSource(env.device, capture_item::kDevice) : localDeviceItem();
    bundle.device =
        QJsonDocument::fromJson(device.content).object().value(u"computerName").toString();
    bundle.set(device);
    if (env.runner) {
        bundle.set(readDsregcmd(*env.runner, env.dsregcmd, env.consoleCodePage, env.dsregcmdTimeout,
                                env.maxOutputBytes, cancel));
    } else {
        bundle.set(notAvailable(capture_item::kDsregcmd));
    }
    const std::pair<const std::function<CaptureItem()> *, const char *> sources[] = {
        {&env.clientScp, capture_item::kClientScp},
        {&env.winHttpProxy, capture_item::kWinHttpProxy},
        {&env.userProxy, capture_item::kUserProxy},
        {&env.task, capture_item::kTask},
        {&env.joinInfo, capture_item::kJoinInfo}};
    for (const auto &[source, name] : sources) {
        if (cancel.isCancelled()) {
            return bundle;
        }
        bundle.set(fromSource(*source, name));
    }
    const std::pair<const char *, const char *> channels[] = {
        {capture_item::kEventsUdr, "Microsoft-Windows-User Device Registration/Admin"},
        {capture_item::kEventsAad, "Microsoft-Windows-AAD/Operational"}};
    for (const auto &[name, channel] : channels) {
        CaptureItem item = env.events ? env.events(channel) : notAvailable(name);
        item.name = QLatin1String(name);
        bundle.set(item);
    }
    bundle.set({QLatin1String(capture_item::kNetwork), true, QString(), QString(),
                interfacesToJson(env.interfaces ? env.interfaces() : currentInterfaces())});
    bundle.set(logTail(env.logFile));
    return bundle;
}

LoadedFacts loadLiveFacts(const LiveEnvironment &environment, const CancelToken &cancel)
{
    const CaptureBundle bundle = collectLive(environment, cancel);
    LoadedFacts loaded = factsFromBundle(bundle, QStringLiteral("live"));
    loaded.bundle = std::make_shared<const CaptureBundle>(bundle);
    return loaded;
}

LoadedFacts loadThisComputer(const CancelToken &cancel)
{
    if (const auto environment = platformLiveEnvironment(QString())) {
        return loadLiveFacts(*environment, cancel);
    }
    LoadedFacts loaded;
    TrText reason;
    liveSourceAvailable(&reason);
    loaded.problem = {InputProblemKind::Unreadable, reason};
    return loaded;
}

} // namespace jd
