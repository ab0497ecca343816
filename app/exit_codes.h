#pragma once
// Process exit codes; documented in README.md and relied on by scripts (Intune remediation).

#include "report/analysis.h"

namespace jd {

enum ExitCode : int
{
    ExitHealthy = 0,       // nothing wrong found
    ExitProblem = 1,       // a problem was found
    ExitUsageOrInput = 2,  // bad command line or unusable input (message on stderr)
    ExitNotEnoughInfo = 3, // the input does not tell enough to judge
    ExitOutputFailed = 4,  // the result could not be written (full disk, no rights)
    ExitOutOfScope = 5,    // a workgroup or only registered device: hybrid join cannot happen
    ExitCancelled = 130    // stopped by Ctrl+C (128 + SIGINT, as shells report it); nothing written
};

// What an analysis' verdict means for the exit code of --analyze (and --analyze --ticket).
inline int exitCodeFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Healthy:
        return ExitHealthy;
    case Verdict::Problem:
        return ExitProblem;
    case Verdict::OutOfScope:
        return ExitOutOfScope;
    case Verdict::Unknown:
        break;
    }
    return ExitNotEnoughInfo;
}

} // namespace jd
