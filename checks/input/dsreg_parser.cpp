#include "input/dsreg_parser.h"

#include "input/dsreg_vocabulary.h"
#include "input/paste_cleanup.h"

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
};

// A field name: starts with a letter, then letters, digits, spaces and a few punctuation marks.
// It ends at the first colon that is followed by whitespace or the end of the line, so values
// with URLs and times ("https://", "10:15:00") stay whole.
const QRegularExpression &fieldPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z][A-Za-z0-9 ()._/\\-]{0,47}?)\\s*:(?:\\s+(.*))?$"));
    return re;
}

LineShape classify(const QString &trimmed)
{
    LineShape shape;
    if (trimmed.isEmpty()) {
        shape.kind = LineShape::Blank;
        return shape;
    }
    static const QRegularExpression border(QStringLiteral("^\\+?[-=]{8,}\\+?$"));
    if (border.match(trimmed).hasMatch()) {
        shape.kind = LineShape::Border;
        return shape;
    }
    // A Markdown or wiki table row: "| AzureAdJoined | YES |".
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
    // A known title whose box was lost in the paste ("Device State", "SSO State:").
    QString bare = trimmed;
    if (bare.endsWith(u':')) {
        bare.chop(1);
    }
    if (isKnownSectionTitle(bare.trimmed())) {
        shape.kind = LineShape::Header;
        shape.title = bare.trimmed();
        return shape;
    }
    if (readTraceLine(trimmed, 0)) {
        shape.kind = LineShape::Trace;
        return shape;
    }
    if (const auto m = fieldPattern().match(trimmed); m.hasMatch()) {
        shape.kind = LineShape::Field;
        shape.name = m.captured(1).trimmed();
        shape.value = m.captured(2).trimmed();
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
    if (const auto m = tight.match(trimmed);
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

} // namespace

QString stripAnnotation(const QString &value)
{
    // Notes typed after a value: "NO   <-- here", "YES # after reboot", "NO // why?", "NO ← !".
    static const QRegularExpression note(QStringLiteral("\\s*(?:<-|<=|\u2190|\\s#|\\s//).*$"));
    QString cleaned = value;
    cleaned.remove(note);
    return cleaned.trimmed();
}

ParseOutcome parseDsregStatus(const QString &text)
{
    ParseOutcome outcome;
    DsregDocument &doc = outcome.document;
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\n|\r"));
    const QStringList lines = unwrapHtml(text).split(lineBreak);
    doc.lineCount = int(lines.size());

    DsregSection *current = nullptr;
    auto openSection = [&](const QString &title, int lineNo) {
        const QString canonical = canonicalSectionTitle(title);
        if (isKnownSectionTitle(canonical)) {
            ++doc.knownSectionCount;
        }
        doc.sections.append(DsregSection{canonical, lineNo, {}});
        current = &doc.sections.last();
    };

    DsregField *lastField = nullptr; // open for a wrapped continuation line
    int lastRawLength = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = normalisePastedLine(lines.at(i));
        const QString trimmed = line.trimmed();
        const LineShape shape = classify(trimmed);

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
            doc.traceLines.append(*readTraceLine(trimmed, lineNo));
            lastField = nullptr;
            continue;
        case LineShape::Field: {
            if (!current) {
                openSection(QString(), lineNo);
            }
            DsregField field;
            field.name = shape.name;
            if (!isKnownFieldKey(normaliseFieldKey(field.name))) {
                if (const QString known = knownFieldSuffix(field.name); !known.isEmpty()) {
                    field.name = known;
                }
            }
            field.key = normaliseFieldKey(field.name);
            field.rawValue = shape.value;
            field.value = stripAnnotation(shape.value);
            field.section = current->title;
            field.line = lineNo;
            field.known = isKnownFieldKey(field.key);
            (field.known ? doc.knownFieldCount : doc.unknownFieldCount)++;
            // Older builds put every field left-aligned under one "Device State" header.
            if (field.known && current->title == u"Device State" &&
                (field.key == u"tenantid" || field.key == u"azureadprt")) {
                doc.legacyLayout = true;
            }
            current->fields.append(field);
            lastField = &current->fields.last();
            lastRawLength = int(line.size());
            continue;
        }
        case LineShape::Other:
            break;
        }

        // A line that continues the value above it: a console copy wrapped at the window width
        // (no space at the break) or an editor that wrapped a long value at a space.
        if (lastField && !isChatter(trimmed) && lastRawLength >= 60) {
            const bool hardWrap = lastRawLength >= 79 && !line.startsWith(u' ');
            const QString joiner = hardWrap ? QString() : QStringLiteral(" ");
            lastField->rawValue += joiner + trimmed;
            lastField->value = stripAnnotation(lastField->value + joiner + trimmed);
            lastRawLength = int(line.size());
            continue;
        }
        lastField = nullptr;
        doc.otherLines.append(trimmed);
    }

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
