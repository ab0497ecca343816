#pragma once
// Lines of a `dsregcmd /debug` trace (`/status /debug`, `/join /debug`): the function that wrote
// them, the error codes in them, and the hint dsregcmd gives about how it must be run.

#include <optional>
#include <QString>
#include <QStringList>

namespace jd {

struct DsregTraceLine
{
    QString text;         // the whole line, trimmed
    QString function;     // "DsrCmdJoinHelper::Join"; empty when the line names none
    QString hint;         // "must run as non-elevated user", from "(hint: …)"
    QStringList codes;    // error codes in the line, as findErrorCodes() gives them
    bool failure = false; // the line reports a failure and carries a code
    int line = 0;         // 1-based line number in the input
};

// The trace line this text is, or nullopt when it is something else (a field, a header, chatter).
std::optional<DsregTraceLine> readTraceLine(const QString &trimmed, int lineNo);
// A cheap look before any pattern runs: false when the line cannot be a trace line (no "::", no
// "hint", no level word first). Most lines are fields.
bool mayBeTraceLine(QStringView trimmed);

// What a hint asks for, read from its wording.
enum class TraceHint
{
    None,
    RunNotElevated, // "must run as non-elevated user"
    RunElevated,    // "must run elevated" / "as administrator"
    RunAsSystem,    // "must run as SYSTEM"
    Other
};
TraceHint classifyTraceHint(const QString &hint);

} // namespace jd
