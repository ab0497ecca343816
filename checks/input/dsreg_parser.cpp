#include "input/dsreg_parser.h"

#include "input/dsreg_vocabulary.h"
#include "input/paste_cleanup.h"

#include <algorithm>
#include <QRegularExpression>

namespace jd {

namespace {

struct LineShape
{
    enum Kind
    {
        Blank,
        Border,
        Header,
        Field,
        Trace,
        Other
    } kind = Other;
    QString title; // Header
    QString name;  // Field
    QString value; // Field
    std::optional<DsregTraceLine> trace;
};

// What the patterns' \s matches: ASCII whitespace only (the patterns do not use Unicode
// properties), so a thin space in a name is not taken for the gap before the colon.
bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}

QStringView asciiTrimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isAsciiSpace(text.at(begin))) {
        ++begin;
    }
    while (end > begin && isAsciiSpace(text.at(end - 1))) {
        --end;
    }
    return text.mid(begin, end - begin);
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isFieldNameChar(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u' ' || c == u'(' || c == u')' ||
           c == u'.' || c == u'_' || c == u'/' || c == u'-';
}

// A field's name and value as strings. Names written as dsregcmd writes them and the commonest
// values share one copy: most of an output's fields then cost no allocation for these.
QString sharedName(QStringView name)
{
    const QString *known = knownFieldName(name);
    return known ? *known : name.toString();
}

QString sharedValue(QStringView value)
{
    static const QString yes = QStringLiteral("YES");
    static const QString no = QStringLiteral("NO");
    if (value == yes) {
        return yes;
    }
    if (value == no) {
        return no;
    }
    return value.toString();
}

// "Name : value". A field name starts with a letter, then letters, digits, spaces and a few
// punctuation marks, at most 48 characters. It ends at the first colon, which must be followed by
// whitespace or the end of the line, so values with URLs and times ("https://", "10:15:00") stay
// whole. Written out by hand: this runs on every line of every input.
bool readFieldLine(QStringView trimmed, QString *name, QString *value)
{
    if (trimmed.isEmpty() || !isAsciiLetter(trimmed.front())) {
        return false;
    }
    const qsizetype colon = trimmed.indexOf(u':');
    if (colon < 0 || (colon + 1 < trimmed.size() && !isAsciiSpace(trimmed.at(colon + 1)))) {
        return false;
    }
    qsizetype end = colon;
    while (end > 1 && isAsciiSpace(trimmed.at(end - 1))) {
        --end;
    }
    if (end > 48) {
        return false;
    }
    for (qsizetype i = 1; i < end; ++i) {
        if (!isFieldNameChar(trimmed.at(i))) {
            return false;
        }
    }
    *name = sharedName(trimmed.left(end));
    *value = sharedValue(trimmed.mid(colon + 1).trimmed());
    return true;
}

// "+--------------+" or "==========": at least eight dashes or equals signs.
bool isBorderLine(QStringView trimmed)
{
    qsizetype begin = trimmed.startsWith(u'+') ? 1 : 0;
    qsizetype end =
        trimmed.size() > begin && trimmed.endsWith(u'+') ? trimmed.size() - 1 : trimmed.size();
    if (end - begin < 8) {
        return false;
    }
    for (qsizetype i = begin; i < end; ++i) {
        if (trimmed.at(i) != u'-' && trimmed.at(i) != u'=') {
            return false;
        }
    }
    return true;
}

// A Markdown or wiki table row, "| AzureAdJoined | YES |", or a boxed title, "| Device State |".
LineShape classifyTableLine(const QString &trimmed)
{
    LineShape shape;
    static const QRegularExpression tableRow(QStringLiteral(
        "^\\|\\s*([A-Za-z][A-Za-z0-9 ()._/\\-]{0,47}?)\\s*:?\\s*\\|\\s*([^|]*?)\\s*\\|?$"));
    if (const auto m = tableRow.match(trimmed);
        m.hasMatch() && isKnownFieldKey(normaliseFieldKey(m.captured(1)))) {
        shape.kind = LineShape::Field;
        shape.name = m.captured(1).trimmed();
        shape.value = m.captured(2).trimmed();
        return shape;
    }
    static const QRegularExpression boxed(QStringLiteral("^\\|\\s*([^|]*?)\\s*\\|?$"));
    if (const auto m = boxed.match(trimmed); m.hasMatch() && !m.captured(1).isEmpty()) {
        shape.kind = LineShape::Header;
        shape.title = m.captured(1);
        return shape;
    }
    return shape;
}

LineShape classify(QStringView trimmed, int lineNo)
{
    LineShape shape;
    if (trimmed.isEmpty()) {
        shape.kind = LineShape::Blank;
        return shape;
    }
    if (isBorderLine(trimmed)) {
        shape.kind = LineShape::Border;
        return shape;
    }
    if (trimmed.front() == u'|') {
        // "| Device State |": one cell, a title; read without a pattern (nine per output).
        const QStringView inner = trimmed.endsWith(u'|') && trimmed.size() > 1
                                      ? trimmed.mid(1, trimmed.size() - 2)
                                      : trimmed.mid(1);
        QStringView cell = asciiTrimmed(inner);
        // A single cell with a known field name ("| AzureAdPrt |") is a field without its value,
        // as the table-row pattern below reads it.
        QStringView name = cell;
        if (name.endsWith(u':')) {
            name = asciiTrimmed(name.chopped(1));
        }
        if (!inner.contains(u'|') && !cell.isEmpty() && !knownFieldKey(FieldKey(name).view())) {
            shape.kind = LineShape::Header;
            shape.title = cell.toString();
            return shape;
        }
        if (LineShape row = classifyTableLine(trimmed.toString()); row.kind != LineShape::Other) {
            return row;
        }
    }
    // A known title whose box was lost in the paste ("Device State", "SSO State:").
    QStringView bare = trimmed;
    if (bare.endsWith(u':')) {
        bare.chop(1);
    }
    if (isKnownSectionTitle(bare.trimmed())) {
        shape.kind = LineShape::Header;
        shape.title = bare.trimmed().toString();
        return shape;
    }
    if (mayBeTraceLine(trimmed)) {
        shape.trace = readTraceLine(trimmed.toString(), lineNo);
        if (shape.trace) {
            shape.kind = LineShape::Trace;
            return shape;
        }
    }
    if (readFieldLine(trimmed, &shape.name, &shape.value)) {
        shape.kind = LineShape::Field;
        // Old builds print "KeySignTest: : MUST Run elevated to test."
        while (shape.value.startsWith(u':')) {
            shape.value = shape.value.mid(1).trimmed();
        }
        return shape;
    }
    // "AzureAdJoined:YES" without a space: only for known field names, so prompts such as
    // "C:\Users>" stay chatter.
    static const QRegularExpression tight(
        QStringLiteral("^([A-Za-z][A-Za-z0-9 ()._\\-]{0,47}?)\\s*:(\\S.*)$"));
    if (const auto m =
            trimmed.contains(u':') ? tight.match(trimmed.toString()) : QRegularExpressionMatch();
        m.hasMatch() && isKnownFieldKey(normaliseFieldKey(m.captured(1)))) {
        shape.kind = LineShape::Field;
        shape.name = m.captured(1).trimmed();
        shape.value = m.captured(2).trimmed();
        return shape;
    }
    shape.kind = LineShape::Other;
    return shape;
}

// "I see AzureAdJoined" -> "AzureAdJoined": a known field name at the end of a longer label.
QString knownFieldSuffix(const QString &name)
{
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    while (words.size() > 1) {
        words.removeFirst();
        QString candidate = words.join(u' ');
        if (isKnownFieldKey(normaliseFieldKey(candidate))) {
            return candidate;
        }
    }
    return {};
}

bool isChatter(const QString &trimmed)
{
    static const QRegularExpression chatter(
        QStringLiteral("^(?:for more information|ps [a-z]:\\\\|[a-z]:\\\\|microsoft windows \\[|"
                       "\\(c\\) microsoft|copyright|```)"),
        QRegularExpression::CaseInsensitiveOption);
    return chatter.match(trimmed).hasMatch();
}

// A trace from dsregcmd itself, not any program's log: one of its own function names, or a hint
// with a code, or its start-up line.
bool isDsregcmdTrace(const QList<DsregTraceLine> &lines)
{
    static const QRegularExpression own(QStringLiteral("^(?:dsreg|dsr|dsrcmd|dsrcli)"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (const DsregTraceLine &line : lines) {
        if (own.match(line.function).hasMatch() ||
            (!line.hint.isEmpty() && !line.codes.isEmpty())) {
            return true;
        }
    }
    return false;
}

// Lines ended by CR LF, LF or CR, as QString::split with "\r\n|\n|\r" gives them, one at a
// time as views into the text (which must outlive the reader): no list, no copies.
class LineReader
{
public:
    explicit LineReader(QStringView text) : m_text(text) {}
    bool next(QStringView *line)
    {
        if (m_done) {
            return false;
        }
        // The next CR and the next LF, each searched for once and kept until the reader passes it.
        if (m_cr < m_start) {
            m_cr = find(u'\r');
        }
        if (m_lf < m_start) {
            m_lf = find(u'\n');
        }
        const qsizetype end = std::min(m_cr, m_lf);
        if (end == m_text.size()) {
            *line = m_text.mid(m_start);
            m_done = true;
            return true;
        }
        *line = m_text.mid(m_start, end - m_start);
        m_start = end == m_cr && m_lf == end + 1 && m_lf < m_text.size() ? end + 2 : end + 1;
        return true;
    }

private:
    qsizetype find(char16_t c) const
    {
        const qsizetype at = m_text.indexOf(QChar(c), m_start);
        return at < 0 ? m_text.size() : at;
    }
    QStringView m_text;
    qsizetype m_start = 0;
    qsizetype m_cr = -1;
    qsizetype m_lf = -1;
    bool m_done = false;
};

} // namespace

QString stripAnnotation(const QString &value)
{
    // Notes typed after a value: "NO   <-- here", "YES # after reboot", "NO // why?", "NO ← !".
    static const QRegularExpression note(QStringLiteral("\\s*(?:<-|<=|\u2190|\\s#|\\s//).*$"));
    if (!value.contains(u'<') && !value.contains(u'#') && !value.contains(QChar(0x2190)) &&
        !value.contains(QStringLiteral("//"))) {
        const QStringView trimmed = QStringView(value).trimmed();
        return trimmed.size() == value.size() ? value : trimmed.toString(); // shared if unchanged
    }
    QString cleaned = value;
    cleaned.remove(note);
    return cleaned.trimmed();
}

ParseOutcome parseDsregStatus(const QString &text)
{
    ParseOutcome outcome;
    DsregDocument &doc = outcome.document;
    const QString unwrapped = unwrapHtml(text);
    LineReader reader(unwrapped);

    DsregSection *current = nullptr;
    auto openSection = [&](const QString &title, int lineNo) {
        const QString canonical = canonicalSectionTitle(title);
        if (isKnownSectionTitle(canonical)) {
            ++doc.knownSectionCount;
        }
        doc.sections.append(DsregSection{canonical, lineNo, {}});
        current = &doc.sections.last();
        current->fields.reserve(16); // most sections hold fewer: no growing field by field
    };

    DsregField *lastField = nullptr; // open for a wrapped continuation line
    int lastRawLength = 0;
    QStringView line;
    for (int i = 0; reader.next(&line); ++i) {
        doc.lineCount = i + 1;
        const int lineNo = i + 1;
        // Only lines that need cleaning are copied; the rest are read in place.
        QString cleaned;
        if (lineNeedsCleanup(line)) {
            cleaned = normalisePastedLine(line.toString());
            line = cleaned;
        }
        const QStringView trimmed = line.trimmed();
        LineShape shape = classify(trimmed, lineNo);

        switch (shape.kind) {
        case LineShape::Blank:
        case LineShape::Border:
            lastField = nullptr;
            continue;
        case LineShape::Header:
            openSection(shape.title, lineNo);
            lastField = nullptr;
            continue;
        case LineShape::Trace:
            doc.traceLines.append(std::move(*shape.trace));
            lastField = nullptr;
            continue;
        case LineShape::Field: {
            if (!current) {
                openSection(QString(), lineNo);
            }
            DsregField field;
            field.name = std::move(shape.name);
            const FieldKey key(field.name);
            if (const QString *known = knownFieldKey(key.view())) {
                field.key = *known; // the vocabulary's copy: no allocation
                field.known = true;
            } else {
                field.key = key.view().toString();
            }
            if (!field.known) {
                if (const QString known = knownFieldSuffix(field.name); !known.isEmpty()) {
                    field.name = known;
                    field.key = normaliseFieldKey(field.name);
                    field.known = true;
                }
            }
            field.value = stripAnnotation(shape.value);
            field.rawValue = std::move(shape.value);
            field.section = current->title;
            field.line = lineNo;
            (field.known ? doc.knownFieldCount : doc.unknownFieldCount)++;
            // Older builds put every field left-aligned under one "Device State" header.
            if (field.known && current->title == u"Device State" &&
                (field.key == u"tenantid" || field.key == u"azureadprt")) {
                doc.legacyLayout = true;
            }
            current->fields.append(std::move(field));
            lastField = &current->fields.last();
            lastRawLength = int(line.size());
            continue;
        }
        case LineShape::Other:
            break;
        }

        // A line that continues the value above it: a console copy wrapped at the window width
        // (no space at the break) or an editor that wrapped a long value at a space.
        const QString text = trimmed.toString();
        if (lastField && !isChatter(text) && lastRawLength >= 60) {
            const bool hardWrap = lastRawLength >= 79 && !line.startsWith(u' ');
            const QString joiner = hardWrap ? QString() : QStringLiteral(" ");
            lastField->rawValue += joiner + text;
            lastField->value = stripAnnotation(lastField->value + joiner + text);
            lastRawLength = int(line.size());
            continue;
        }
        lastField = nullptr;
        doc.otherLines.append(text);
    }

    doc.indexKeys();

    // One known field is enough when little else is there ("AzureAdPrt : NO" pasted alone); a
    // /debug trace is dsregcmd's own text even without any field.
    const bool recognised =
        doc.knownFieldCount >= 2 || (doc.knownFieldCount >= 1 && doc.knownSectionCount >= 1) ||
        (doc.knownFieldCount == 1 && doc.unknownFieldCount == 0 && doc.otherLines.size() <= 3) ||
        isDsregcmdTrace(doc.traceLines);
    if (!recognised) {
        outcome.problem = {InputProblemKind::NotDsregcmd,
                           checksText(QT_TRANSLATE_NOOP(
                               "Checks", "No dsregcmd /status fields were found in the input. "
                                         "Run dsregcmd /status and save or paste its output."))};
    }
    return outcome;
}

} // namespace jd
