#pragma once
// Runs an external program for the live source (dsregcmd) by absolute path, without a shell, with
// a time-out and an output cap. Windows uses the platform layer's CreateProcess runner; the
// portable QProcess runner lets tests drive the live source on Linux with fake executables.

#include "core/cancel_token.h"

#include <chrono>
#include <memory>
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace jd {

struct ProgramResult
{
    bool started = false;
    QString startError; // why it did not start
    int exitCode = 0;
    bool timedOut = false;
    bool truncated = false; // more output than the cap; the rest was discarded
    QByteArray output;      // stdout and stderr as the program wrote them
};

class ProgramRunner
{
public:
    virtual ~ProgramRunner() = default;
    // program must be an absolute path; a relative one is refused without starting anything.
    virtual ProgramResult run(const QString &program, const QStringList &arguments,
                              std::chrono::milliseconds timeout, qint64 maxBytes,
                              const CancelToken &cancel) = 0;
};

// QProcess underneath (CreateProcess on Windows, fork/exec elsewhere): never a shell.
class QProcessProgramRunner : public ProgramRunner
{
public:
    ProgramResult run(const QString &program, const QStringList &arguments,
                      std::chrono::milliseconds timeout, qint64 maxBytes,
                      const CancelToken &cancel) override;
};

// This platform's runner: the platform layer's CreateProcess runner on Windows, QProcess elsewhere.
std::shared_ptr<ProgramRunner> makePlatformProgramRunner();

} // namespace jd
