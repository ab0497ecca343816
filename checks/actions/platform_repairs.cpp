#include "actions/platform_repairs.h"

#include "actions/leave_and_rejoin.h"
#include "actions/refresh_prt.h"
#include "actions/retry_join.h"

#ifdef Q_OS_WIN
#include "elevated_runner.h"
#include "process_runner.h"

namespace jd {

namespace {

ElevatedRun runElevated(const QString &program, const QStringList &arguments)
{
    std::vector<std::wstring> args;
    for (const QString &a : arguments) {
        args.push_back(a.toStdWString());
    }
    const platform::ElevatedOutcome out =
        platform::runElevated(program.toStdWString(), args, kElevatedTimeoutMs);
    ElevatedRun run;
    run.started = out.started;
    run.stillRunning = out.timedOut;
    run.refused = out.refused;
    run.exitCode = out.started && !out.timedOut ? int(out.exitCode) : -1;
    if (!out.started) {
        run.error = QStringLiteral("Windows error %1").arg(out.error);
    }
    return run;
}

} // namespace

PlatformRepairs makePlatformRepairs()
{
    const QString system = QString::fromStdWString(platform::systemDirectory());
    PlatformRepairs repairs;
    repairs.retryJoin = std::make_shared<RetryJoinRepair>(system, runElevated);
    repairs.refreshPrt = std::make_shared<RefreshPrtRepair>(
        makePlatformProgramRunner(), system + QStringLiteral("\\dsregcmd.exe"),
        int(platform::consoleCodePage()));
    repairs.leaveAndRejoin = std::make_shared<LeaveAndRejoinRepair>(runElevated, system);
    return repairs;
}

} // namespace jd

#else

namespace jd {

PlatformRepairs makePlatformRepairs()
{
    PlatformRepairs repairs;
    repairs.retryJoin = std::make_shared<UnavailableRetryJoin>();
    return repairs;
}

} // namespace jd

#endif
