#include "cli_runner.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#if defined(Q_OS_UNIX)
#include <signal.h>
#include <sys/resource.h>
#endif

namespace jd::test {

ProcessRun runJoinDoctor(const QStringList &args, const RunOptions &options)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!options.withDisplay) {
        // Like a server or CI: no display, so the wizard cannot open.
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
            env.remove(QString::fromLatin1(name));
        }
    } else {
        // On Windows the program finds the font files for it itself (%WINDIR%\Fonts).
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    QTemporaryDir temporaryHome; // keep the log file out of the developer's own folder
    const QString home = options.home.isEmpty() ? temporaryHome.path() : options.home;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), temporaryHome.path()); // private (0700)
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    if (!options.stdoutFile.isEmpty()) {
        p.setStandardOutputFile(options.stdoutFile);
    }
#if defined(Q_OS_UNIX)
    if (options.fileSizeLimit >= 0) {
        const rlim_t limit = rlim_t(options.fileSizeLimit);
        p.setChildProcessModifier([limit]() {
            // A write past the limit fails with EFBIG, as one on a full disk fails with ENOSPC;
            // ignoring SIGXFSZ (kept across exec) turns the kernel's signal into that error.
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit fsize{limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &fsize);
        });
    }
#endif
    p.start(QStringLiteral(JD_EXECUTABLE), args);
    EXPECT_TRUE(p.waitForStarted(10000));
    if (!options.stdinData.isEmpty()) {
        p.write(options.stdinData);
    }
    if (options.closeStdin) {
        p.closeWriteChannel();
    }
    QByteArray err;
#if defined(Q_OS_UNIX)
    if (!options.interruptAfter.isEmpty()) {
        // Only once the program says it got that far: earlier, its handler may not be there yet.
        QElapsedTimer waited;
        waited.start();
        while (p.state() == QProcess::Running && !err.contains(options.interruptAfter) &&
               waited.elapsed() < 20000) {
            p.waitForReadyRead(50);
            err += p.readAllStandardError();
        }
        EXPECT_TRUE(err.contains(options.interruptAfter)) << err.toStdString();
        ::kill(pid_t(p.processId()), SIGINT);
    }
#endif
    // Generous bound: a hang is a failure, not a wait.
    EXPECT_TRUE(p.waitForFinished(30000)) << args.join(u' ').toStdString();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            err + p.readAllStandardError()};
}

ProcessRun runJoinDoctor(const QStringList &args, const QByteArray &stdinData, bool closeStdin,
                         bool withDisplay)
{
    RunOptions options;
    options.stdinData = stdinData;
    options.closeStdin = closeStdin;
    options.withDisplay = withDisplay;
    return runJoinDoctor(args, options);
}

} // namespace jd::test
