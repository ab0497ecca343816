#pragma once
// Runs the real joindoctor executable in a clean environment (temporary HOME, no display unless
// asked), optionally with a small file-size limit to play a full disk.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace jd::test {

struct ProcessRun
{
    int exitCode = -1; // -2 when the process crashed
    QByteArray out;
    QByteArray err;
};

struct RunOptions
{
    QByteArray stdinData;
    bool closeStdin = true;
    bool withDisplay = false;  // the offscreen platform instead of no display at all
    qint64 fileSizeLimit = -1; // bytes any one file may grow to (RLIMIT_FSIZE); -1: no limit
    QString stdoutFile;        // stdout goes to this file instead of a pipe
    QString home;              // HOME and XDG_DATA_HOME (the log's folder); empty: a new one
    QByteArray interruptAfter; // Unix: send SIGINT (Ctrl+C) once stderr shows this text
};

ProcessRun runJoinDoctor(const QStringList &args, const RunOptions &options);
ProcessRun runJoinDoctor(const QStringList &args, const QByteArray &stdinData = {},
                         bool closeStdin = true, bool withDisplay = false);

} // namespace jd::test
