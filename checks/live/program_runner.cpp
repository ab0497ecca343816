#include "live/program_runner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>

#ifdef Q_OS_WIN
#include "process_runner.h"
#endif

namespace jd {

#ifdef Q_OS_WIN
namespace {

class Win32ProgramRunner : public ProgramRunner
{
public:
    ProgramResult run(const QString &program, const QStringList &arguments,
                      std::chrono::milliseconds timeout, qint64 maxBytes,
                      const CancelToken &) override
    {
        std::vector<std::wstring> args;
        for (const QString &a : arguments) {
            args.push_back(a.toStdWString());
        }
        const platform::ProcessOutput out = platform::runProcess(
            program.toStdWString(), args, static_cast<unsigned long>(timeout.count()),
            static_cast<size_t>(maxBytes));
        ProgramResult r;
        r.started = out.started;
        r.startError =
            out.started ? QString() : QStringLiteral("Windows error %1").arg(out.startError);
        r.exitCode = int(out.exitCode);
        r.timedOut = out.timedOut;
        r.truncated = out.truncated;
        r.output = QByteArray::fromStdString(out.output);
        return r;
    }
};

} // namespace
#endif

std::shared_ptr<ProgramRunner> makePlatformProgramRunner()
{
#ifdef Q_OS_WIN
    return std::make_shared<Win32ProgramRunner>();
#else
    return std::make_shared<QProcessProgramRunner>();
#endif
}

ProgramResult QProcessProgramRunner::run(const QString &program, const QStringList &arguments,
                                         std::chrono::milliseconds timeout, qint64 maxBytes,
                                         const CancelToken &cancel)
{
    ProgramResult result;
    if (program.isEmpty() || !QDir::isAbsolutePath(program)) {
        result.startError = QStringLiteral("not an absolute path: ") + program;
        return result;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments, QIODevice::ReadOnly);
    if (!process.waitForStarted(int(std::min<qint64>(timeout.count(), 30000)))) {
        result.startError = process.errorString();
        return result;
    }
    result.started = true;
    const QDeadlineTimer deadline(timeout);
    auto take = [&]() {
        const QByteArray chunk = process.readAll();
        const qint64 room = std::max<qint64>(0, maxBytes - result.output.size());
        result.output.append(chunk.left(room));
        result.truncated = result.truncated || chunk.size() > room;
    };
    while (process.state() != QProcess::NotRunning) {
        if (cancel.isCancelled() || deadline.hasExpired()) {
            process.kill();
            process.waitForFinished(5000);
            result.timedOut = !cancel.isCancelled();
            take();
            return result;
        }
        process.waitForReadyRead(50);
        take();
    }
    take();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace jd
