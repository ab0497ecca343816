#include "input/paste_cleanup.h"

#include "input/blockwise.h"

#include <array>

#include <QRegularExpression>

namespace jd {

namespace {

QString decodeEntities(const QString &text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,6});"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        QString replacement;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else {
            static const QList<QPair<QString, QString>> named = {
                {QStringLiteral("gt"), QStringLiteral(">")},
                {QStringLiteral("lt"), QStringLiteral("<")},
                {QStringLiteral("amp"), QStringLiteral("&")},
                {QStringLiteral("quot"), QStringLiteral("\"")},
                {QStringLiteral("apos"), QStringLiteral("'")},
                {QStringLiteral("nbsp"), QString(QChar(0x00A0))},
            };
            for (const auto &[key, value] : named) {
                if (name.compare(key, Qt::CaseInsensitive) == 0) {
                    replacement = value;
                }
            }
        }
        if (replacement.isEmpty()) {
            continue; // not an entity we know: leave it as written
        }
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString unwrapHtml(const QString &text)
{
    static const QRegularExpression looksHtml(
        QStringLiteral("<\\s*(?:br|p|div|pre|code|span|td|tr|li)\\b[^>]*>|&(?:gt|lt|amp|quot|nbsp|"
                       "#[0-9]{2,5});"),
        QRegularExpression::CaseInsensitiveOption);
    if ((!text.contains(u'<') && !text.contains(u'&')) || !looksHtml.match(text).hasMatch()) {
        return text;
    }
    static const QRegularExpression lineTags(
        QStringLiteral("<\\s*(?:br\\s*/?|/?\\s*(?:p|div|pre|tr|li|h[1-6]))\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    // Only tags of the kinds web editors write; "<-- here" notes and "C:\\>" prompts stay.
    static const QRegularExpression otherTags(
        QStringLiteral("<\\s*/?\\s*(?:code|span|td|th|table|tbody|thead|font|b|i|strong|em|tt|"
                       "samp|kbd|blockquote|ul|ol|html|body|head)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(lineTags, QStringLiteral("\n"));
    out.remove(otherTags);
    return decodeEntities(out);
}

namespace {

// Whether a line may start with a quote, comment or list marker, judged by its first
// non-space character, so that the patterns below run only on the few lines that might.
bool mayHaveLeadingMarker(QStringView line)
{
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (u == u' ') {
            continue;
        }
        return u == u'>' || u == u'#' || u == u'/' || u == u':' || u == u'r' || u == u'R' ||
               u == u'-' || u == u'*' || u == u'`' || u == 0x2022 || u == 0x00B7 || u == 0x2013 ||
               u == 0x2014 || c.isDigit() || c.isSpace();
    }
    return false;
}

// The ASCII characters lineNeedsCleanup looks for: tab, '*' and '`'.
constexpr std::array<unsigned char, 128> needsCleanupTable()
{
    std::array<unsigned char, 128> table{};
    table[u'\t'] = table[u'*'] = table[u'`'] = 1;
    return table;
}
constexpr std::array<unsigned char, 128> kNeedsCleanup = needsCleanupTable();

bool isInvisible(char16_t u)
{
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF;
}

} // namespace

bool lineNeedsCleanup(QStringView line)
{
    // Four tests in one: a tab, '*', '`' or anything outside ASCII, collected without a branch
    // per character (this runs on every line of every input).
    unsigned found = 0;
    const char16_t *chars = line.utf16();
    forEachIndex(line.size(), [&](qsizetype i) {
        const char16_t u = chars[i];
        found |= unsigned(u >> 7) | kNeedsCleanup[u & 0x7F];
    });
    return found != 0 || mayHaveLeadingMarker(line);
}

QString normalisePastedLine(QString line)
{
    bool invisible = false;
    bool emphasis = false;
    for (QChar &c : line) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (u == u'\t') {
                c = u' ';
            }
            emphasis = emphasis || u == u'*' || u == u'`';
            continue;
        }
        if (u == 0x00A0 || u == 0x2007 || u == 0x202F || u == 0x3000) {
            c = u' ';
        }
        invisible = invisible || isInvisible(u);
    }
    if (invisible) {
        line.removeIf([](QChar c) { return isInvisible(c.unicode()); });
    }
    static const QRegularExpression quote(QStringLiteral("^\\s*(?:>\\s?)+"));
    // Comment markers a script or wiki put in front of every line: "# ", "// ", "REM ", ":: ".
    static const QRegularExpression comment(QStringLiteral("^\\s*(?:#+|//+|::|REM(?=\\s|$))\\s?"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bullet(
        QStringLiteral("^(\\s*)(?:[-*\u2022\u00B7\u2013\u2014]+|\\d{1,2}[.)])\\s+(?=[A-Za-z])"));
    const bool marker = mayHaveLeadingMarker(line);
    if (marker) {
        line.remove(quote);
        line.remove(comment);
    }
    // Markdown emphasis and inline code around names and values: "**AzureAdPrt** : `NO`".
    if (emphasis && !line.trimmed().startsWith(QStringLiteral("```"))) {
        line.remove(QStringLiteral("**")).remove(u'`');
    }
    if (marker) {
        line.replace(bullet, QStringLiteral("\\1"));
    }
    return line;
}

} // namespace jd
