#include "input/dsreg_trace.h"

#include "input/field_values.h"

#include <algorithm>
#include <QRegularExpression>

namespace jd {

std::optional<DsregTraceLine> readTraceLine(const QString &trimmed, int lineNo)
{
    // "dsregcmd::wmain logging initialized.", "DsrCmdJoinHelper::Join: …": a C++ qualified name
    // first. Field names never contain "::", so no field is taken for a trace line.
    static const QRegularExpression qualified(
        QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*(?:::~?[A-Za-z_][A-Za-z0-9_]*)+)"));
    static const QRegularExpression hint(QStringLiteral("\\(\\s*hint\\s*:\\s*([^)]*)\\)"),
                                         QRegularExpression::CaseInsensitiveOption);
    // "ERROR DSREG_E_… 0x…", "TRACE …", "WARNING …": a level word, then a code somewhere.
    static const QRegularExpression level(
        QStringLiteral("^(?:ERROR|WARNING|WARN|TRACE|INFO|VERBOSE)\\b.*\\b0x[0-9A-Fa-f]{1,8}\\b"));
    static const QRegularExpression failureWord(QStringLiteral("fail|error|0x8|0xc"),
                                                QRegularExpression::CaseInsensitiveOption);

    // Most lines are fields: a cheap look before any pattern runs.
    static const QStringList levels = {QStringLiteral("ERROR"), QStringLiteral("WARN"),
                                       QStringLiteral("TRACE"), QStringLiteral("INFO"),
                                       QStringLiteral("VERBOSE")};
    const bool maybe = trimmed.contains(QStringLiteral("::")) ||
                       trimmed.contains(QStringLiteral("hint"), Qt::CaseInsensitive) ||
                       std::any_of(levels.begin(), levels.end(), [&trimmed](const QString &level) {
                           return trimmed.startsWith(level);
                       });
    if (!maybe) {
        return std::nullopt;
    }
    const auto qualifiedMatch = qualified.match(trimmed);
    const auto hintMatch = hint.match(trimmed);
    if (!qualifiedMatch.hasMatch() && !hintMatch.hasMatch() && !level.match(trimmed).hasMatch()) {
        return std::nullopt;
    }
    DsregTraceLine line;
    line.text = trimmed;
    line.line = lineNo;
    line.function = qualifiedMatch.captured(1);
    line.hint = hintMatch.captured(1).trimmed();
    line.codes = findErrorCodes(trimmed);
    line.failure = !line.codes.isEmpty() && failureWord.match(trimmed).hasMatch();
    return line;
}

TraceHint classifyTraceHint(const QString &hint)
{
    if (hint.isEmpty()) {
        return TraceHint::None;
    }
    const QString h = hint.toLower();
    if (h.contains(QStringLiteral("non-elevated")) || h.contains(QStringLiteral("not elevated")) ||
        h.contains(QStringLiteral("unelevated"))) {
        return TraceHint::RunNotElevated;
    }
    if (h.contains(QStringLiteral("system"))) {
        return TraceHint::RunAsSystem;
    }
    if (h.contains(QStringLiteral("elevated")) || h.contains(QStringLiteral("administrator"))) {
        return TraceHint::RunElevated;
    }
    return TraceHint::Other;
}

} // namespace jd
