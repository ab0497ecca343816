#include "input/paste_cleanup.h"

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
    if (!looksHtml.match(text).hasMatch()) {
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

QString normalisePastedLine(QString line)
{
    for (QChar &c : line) {
        const char16_t u = c.unicode();
        if (u == 0x00A0 || u == 0x2007 || u == 0x202F || u == 0x3000 || u == u'\t') {
            c = u' ';
        }
    }
    line.remove(QChar(0x200B)).remove(QChar(0x200C)).remove(QChar(0x200D)).remove(QChar(0xFEFF));
    static const QRegularExpression quote(QStringLiteral("^\\s*(?:>\\s?)+"));
    // Comment markers a script or wiki put in front of every line: "# ", "// ", "REM ", ":: ".
    static const QRegularExpression comment(QStringLiteral("^\\s*(?:#+|//+|::|REM(?=\\s|$))\\s?"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bullet(
        QStringLiteral("^(\\s*)(?:[-*\u2022\u00B7\u2013\u2014]+|\\d{1,2}[.)])\\s+(?=[A-Za-z])"));
    line.remove(quote);
    line.remove(comment);
    // Markdown emphasis and inline code around names and values: "**AzureAdPrt** : `NO`".
    if (!line.trimmed().startsWith(QStringLiteral("```"))) {
        line.remove(QStringLiteral("**")).remove(u'`');
    }
    line.replace(bullet, QStringLiteral("\\1"));
    return line;
}

} // namespace jd
