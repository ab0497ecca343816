#include "join_trigger.h"

#include "logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace jd {

namespace {

class UnavailableJoinTrigger : public JoinTrigger
{
public:
    bool isAvailable(TrText *reason) const override
    {
        if (reason) {
            *reason = checksText(QT_TRANSLATE_NOOP(
                "Checks", "Only possible on the Windows device itself, as administrator."));
        }
        return false;
    }
    QString commandLine() const override { return {}; }
    JoinTriggerResult trigger(const CancelToken &) override
    {
        JoinTriggerResult result;
        isAvailable(&result.message);
        return result;
    }
};

} // namespace

ScheduledTaskJoinTrigger::ScheduledTaskJoinTrigger(QString systemDirectory,
                                                   std::chrono::milliseconds timeout)
    : m_systemDirectory(std::move(systemDirectory)), m_timeout(timeout)
{
}

QString ScheduledTaskJoinTrigger::program() const
{
    return QDir(m_systemDirectory).absoluteFilePath(QStringLiteral("schtasks.exe"));
}

QStringList ScheduledTaskJoinTrigger::arguments()
{
    return {QStringLiteral("/Run"), QStringLiteral("/TN"),
            QStringLiteral("\\Microsoft\\Windows\\Workplace Join\\Automatic-Device-Join")};
}

bool ScheduledTaskJoinTrigger::isAvailable(TrText *reason) const
{
    const QFileInfo info(program());
    if (QDir::isAbsolutePath(m_systemDirectory) && info.isFile() && info.isExecutable()) {
        return true;
    }
    if (reason) {
        *reason = checksText(QT_TRANSLATE_NOOP("Checks", "%1 was not found.")).with({program()});
    }
    return false;
}

QString ScheduledTaskJoinTrigger::commandLine() const
{
    return QStringLiteral("\"%1\" %2 %3 \"%4\"")
        .arg(QDir::toNativeSeparators(program()), arguments().at(0), arguments().at(1),
             arguments().at(2));
}

JoinTriggerResult ScheduledTaskJoinTrigger::trigger(const CancelToken &cancel)
{
    JoinTriggerResult result;
    if (!isAvailable(&result.message)) {
        return result;
    }
    log::app()->info("retry join: {}", commandLine());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // Absolute program, fixed arguments, no shell: nothing here comes from the user.
    process.start(program(), arguments(), QIODevice::ReadOnly);
    if (!process.waitForStarted(10000)) {
        result.message =
            checksText(QT_TRANSLATE_NOOP("Checks", "The command could not be started: %1"))
                .with({process.errorString()});
        return result;
    }
    result.started = true;
    QElapsedTimer elapsed;
    elapsed.start();
    while (!process.waitForFinished(100)) {
        if (cancel.isCancelled() || elapsed.hasExpired(m_timeout.count())) {
            process.kill();
            process.waitForFinished(5000);
            result.output = QString::fromLocal8Bit(process.readAll());
            result.message =
                cancel.isCancelled()
                    ? checksText(QT_TRANSLATE_NOOP("Checks", "Cancelled."))
                    : checksText(QT_TRANSLATE_NOOP(
                          "Checks", "The command did not finish in time and was stopped."));
            return result;
        }
    }
    result.output = QString::fromLocal8Bit(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.message =
        result.exitCode == 0
            ? checksText(QT_TRANSLATE_NOOP("Checks", "The registration task was started."))
            : checksText(
                  QT_TRANSLATE_NOOP(
                      "Checks",
                      "The command failed with exit code %1; administrator rights are needed."))
                  .with({QString::number(result.exitCode)});
    log::app()->info("retry join finished: exit code {}", result.exitCode);
    return result;
}

bool retryJoinCanHelp(const QString &resultCode)
{
    static const QStringList codes = {QStringLiteral("S2-DISCOVERY-FAILED"),
                                      QStringLiteral("S2-WINHTTP-PROXY-MISSING"),
                                      QStringLiteral("S2-DRS-UNREACHABLE"),
                                      QStringLiteral("S2-SERVICE-BUSY"),
                                      QStringLiteral("S3-NO-DC"),
                                      QStringLiteral("S3-VPN-LATE"),
                                      QStringLiteral("S3-CERT-MISSING"),
                                      QStringLiteral("S3-CERT-EXPIRED"),
                                      QStringLiteral("S4-NOT-SYNCED"),
                                      QStringLiteral("S4-CERT-NOT-SYNCED"),
                                      QStringLiteral("S4-THROTTLED"),
                                      QStringLiteral("S5-NOT-COMPLETED"),
                                      QStringLiteral("S5-COMPLETION-FAILED"),
                                      QStringLiteral("S6-NOT-JOINED")};
    return codes.contains(resultCode);
}

std::unique_ptr<JoinTrigger> makePlatformJoinTrigger()
{
#ifdef Q_OS_WIN
    wchar_t buffer[MAX_PATH] = {};
    const UINT length = GetSystemDirectoryW(buffer, MAX_PATH);
    if (length > 0 && length < MAX_PATH) {
        return std::make_unique<ScheduledTaskJoinTrigger>(
            QString::fromWCharArray(buffer, int(length)));
    }
#endif
    return std::make_unique<UnavailableJoinTrigger>();
}

} // namespace jd
