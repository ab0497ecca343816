#include "input/dsreg_trace.h"

#include "input/field_values.h"

#include <algorithm>
#include <QRegularExpression>

namespace jd {

bool mayBeTraceLine(QStringView trimmed)
{
    for (const char *level : {"ERROR", "WARN", "TRACE", "INFO", "VERBOSE"}) {
        if (trimmed.startsWith(QLatin1String(level))) {
            return true;
        }
    }
    if (trimmed.contains(u"::")) {
        return true;
    }
    // "hint" in any case, found from its first letter (a search for one character is fast).
    for (const char16_t h : {u'h', u'H'}) {
        for (qsizetype at = trimmed.indexOf(QChar(h)); at >= 0 && at + 3 < trimmed.size();
             at = trimmed.indexOf(QChar(h), at + 1)) {
            if (trimmed.mid(at, 4).compare(QLatin1String("hint"), Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
    }
    return false;
}

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

    if (!mayBeTraceLine(trimmed)) {
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
