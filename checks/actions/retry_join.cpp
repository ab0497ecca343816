#include "actions/retry_join.h"

#include "core/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace jd {

RetryJoinRepair::RetryJoinRepair(QString systemDirectory, ElevatedRunner elevated,
                                 std::chrono::milliseconds timeout)
    : m_systemDirectory(std::move(systemDirectory)), m_elevated(std::move(elevated)),
      m_timeout(timeout)
{
}

QString RetryJoinRepair::program() const
{
    return QDir(m_systemDirectory).absoluteFilePath(QStringLiteral("schtasks.exe"));
}

QStringList RetryJoinRepair::arguments()
{
    return {QStringLiteral("/Run"), QStringLiteral("/TN"), QLatin1String(kJoinTaskPath)};
}

bool RetryJoinRepair::canRun(TrText *reason) const
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

TrText RetryJoinRepair::whatChanges() const
{
    return checksText(QT_TRANSLATE_NOOP(
        "Checks", "JoinDoctor will start the registration again: Windows' scheduled task "
                  "Automatic-Device-Join runs dsregcmd /join as SYSTEM. Windows asks for "
                  "administrator rights first; if you cannot give them, the helpdesk can start it "
                  "from their desk. Nothing else changes."));
}

QStringList RetryJoinRepair::commandLines() const
{
    return {repairCommandLine(program(), arguments())};
}

namespace {
// What the command printed, with \n line ends as everywhere else in JoinDoctor (Windows programs
// end lines with \r\n).
QString commandOutput(const QByteArray &bytes)
{
    return QString::fromLocal8Bit(bytes).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}
} // namespace

RepairResult RetryJoinRepair::run(const Facts &, const CancelToken &cancel)
{
    RepairResult result;
    if (!canRun(&result.message)) {
        return result;
    }
    log::app()->info("retry join: {}", commandLines().constFirst());
    if (m_elevated) {
        return runElevated();
    }
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
            result.output = commandOutput(process.readAll());
            result.message =
                cancel.isCancelled()
                    ? checksText(QT_TRANSLATE_NOOP("Checks", "Cancelled."))
                    : checksText(QT_TRANSLATE_NOOP(
                          "Checks", "The command did not finish in time and was stopped."));
            return result;
        }
    }
    result.output = commandOutput(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.succeeded = result.exitCode == 0;
    result.message =
        result.succeeded
            ? checksText(QT_TRANSLATE_NOOP("Checks", "The registration task was started."))
            : checksText(
                  QT_TRANSLATE_NOOP(
                      "Checks",
                      "The command failed with exit code %1; administrator rights are needed."))
                  .with({QString::number(result.exitCode)});
    log::app()->info("retry join finished: exit code {}", result.exitCode);
    return result;
}

RepairResult RetryJoinRepair::runElevated()
{
    RepairResult result;
    const ElevatedRun run = m_elevated(program(), arguments());
    result.started = run.started;
    result.refused = run.refused;
    result.exitCode = run.started && !run.stillRunning ? run.exitCode : -1;
    result.succeeded = run.started && !run.stillRunning && run.exitCode == 0;
    if (run.stillRunning) {
        result.message =
            checksText(QT_TRANSLATE_NOOP("Checks", "The registration task was started but had not "
                                                   "finished after %1 seconds; run the checks "
                                                   "again in a few minutes."))
                .with({QString::number(kElevatedTimeoutMs / 1000)});
    } else if (run.refused) {
        result.message = checksText(
            QT_TRANSLATE_NOOP("Checks", "Administrator rights were refused; nothing was changed."));
    } else if (!run.started) {
        result.message =
            checksText(QT_TRANSLATE_NOOP("Checks", "The command could not be started: %1"))
                .with({run.error});
    } else if (result.succeeded) {
        result.message =
            checksText(QT_TRANSLATE_NOOP("Checks", "The registration task was started."));
    } else {
        result.message = checksText(QT_TRANSLATE_NOOP("Checks", "The task could not be started "
                                                                "(exit code %1)."))
                             .with({QString::number(run.exitCode)});
    }
    log::app()->info(
        "retry join (elevated): started {}, still running {}, refused {}, exit code {}",
        run.started, run.stillRunning, run.refused, run.exitCode);
    return result;
}

bool UnavailableRetryJoin::canRun(TrText *reason) const
{
    if (reason) {
        *reason = checksText(QT_TRANSLATE_NOOP(
            "Checks", "Only possible on the Windows device itself, as administrator."));
    }
    return false;
}

TrText UnavailableRetryJoin::whatChanges() const
{
    return RetryJoinRepair(QString()).whatChanges();
}

RepairResult UnavailableRetryJoin::run(const Facts &, const CancelToken &)
{
    RepairResult result;
    canRun(&result.message);
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

QStringList remoteJoinCommands(const QString &deviceName)
{
    // Anchored at both ends of the whole text: "$" alone would let a trailing newline through,
    // and a pasted command would then run its second line on the helpdesk's own computer.
    static const QRegularExpression plainHostName(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}[A-Za-z0-9])?")));
    const QString device =
        plainHostName.match(deviceName).hasMatch() ? deviceName : QStringLiteral("DEVICE");
    return {QStringLiteral("PsExec.exe -s \\\\%1 cmd /c dsregcmd /join").arg(device),
            QStringLiteral("Invoke-Command -ComputerName %1 -ScriptBlock { Start-ScheduledTask "
                           "-TaskPath '\\Microsoft\\Windows\\Workplace Join\\' -TaskName "
                           "'Automatic-Device-Join' }")
                .arg(device)};
}

} // namespace jd
