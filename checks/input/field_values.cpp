#include "input/field_values.h"

#include <QRegularExpression>

namespace jd {

namespace {
// The letters and hyphens a value starts with ("YES", "FAILED" of "FAILED. Error: 0x…"); compared
// ignoring case. Read by hand: every yes/no field of every input comes through here.
QStringView firstWord(const QString &value)
{
    const QStringView trimmed = QStringView(value).trimmed();
    qsizetype end = 0;
    while (end < trimmed.size()) {
        const char16_t u = trimmed.at(end).unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'-')) {
            break;
        }
        ++end;
    }
    return trimmed.first(end);
}

bool isWord(QStringView word, std::initializer_list<const char16_t *> choices)
{
    for (const char16_t *choice : choices) {
        if (word.compare(QStringView(choice), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}
} // namespace

Tri parseYesNo(const QString &value)
{
    const QStringView word = firstWord(value);
    if (isWord(word, {u"YES", u"TRUE"})) {
        return Tri::Yes;
    }
    if (isWord(word, {u"NO", u"FALSE"})) {
        return Tri::No;
    }
    return Tri::Unknown;
}

TestValue parseTestValue(const QString &value)
{
    TestValue result;
    const QStringView word = firstWord(value);
    if (word.isEmpty() && QStringView(value).trimmed().isEmpty()) {
        result.verdict = TestVerdict::Other;
        return result;
    }
    if (isWord(word, {u"PASS", u"PASSED", u"SUCCESS"})) {
        result.verdict = TestVerdict::Pass;
    } else if (isWord(word, {u"FAIL", u"FAILED"})) {
        result.verdict = TestVerdict::Fail;
    } else if (isWord(word, {u"SKIPPED", u"SKIP"})) {
        result.verdict = TestVerdict::Skipped;
    } else if (isWord(word, {u"ENABLED"})) {
        result.verdict = TestVerdict::Enabled;
    } else if (isWord(word, {u"DISABLED"})) {
        result.verdict = TestVerdict::Disabled;
    } else if (isWord(word, {u"ERROR"})) {
        result.verdict = TestVerdict::Error;
    } else {
        result.verdict = TestVerdict::Other;
    }
    result.codes = findErrorCodes(value);
    return result;
}

namespace {

// What the code patterns need before they can match, looked for in one pass: "0x"/"0X" for a hex
// code, "-" and a digit for a negative one. Most values have neither, and no pattern runs on them.
struct CodeMarks
{
    bool hex = false;
    bool negative = false;
};

CodeMarks codeMarksIn(QStringView text)
{
    CodeMarks marks;
    marks.hex = text.contains(u"0x", Qt::CaseInsensitive);
    for (qsizetype dash = text.indexOf(u'-'); dash >= 0 && dash + 1 < text.size();
         dash = text.indexOf(u'-', dash + 1)) {
        if (text.at(dash + 1).isDigit()) {
            marks.negative = true;
            break;
        }
    }
    return marks;
}

} // namespace

QStringList findErrorCodes(const QString &text)
{
    const CodeMarks marks = codeMarksIn(text);
    if (!marks.hex && !marks.negative) {
        return {};
    }
    static const QRegularExpression hex(
        QStringLiteral("(?<![0-9A-Za-z])0[xX]([0-9A-Fa-f]{1,8})(?![0-9A-Za-z])"));
    static const QRegularExpression negative(QStringLiteral("(?<![0-9A-Za-z])-(\\d{9,10})(?!\\d)"));
    QStringList codes;
    auto add = [&codes](quint32 value) {
        if (value == 0) {
            return;
        }
        const QString code =
            QStringLiteral("0x%1").arg(value, value >= 0x10000000 ? 8 : 0, 16, QChar(u'0'));
        if (!codes.contains(code)) {
            codes.append(code);
        }
    };
    if (marks.hex) {
        for (auto it = hex.globalMatch(text); it.hasNext();) {
            bool ok = false;
            const quint32 value = it.next().capturedView(1).toUInt(&ok, 16);
            if (ok) {
                add(value);
            }
        }
    }
    if (marks.negative) {
        for (auto it = negative.globalMatch(text); it.hasNext();) {
            bool ok = false;
            const qint64 magnitude = it.next().capturedView(1).toLongLong(&ok);
            // Event logs print HRESULTs as negative 32-bit numbers (-2145648611 = 0x801c001d).
            if (ok && magnitude >= 0x40000000LL && magnitude <= 0x80000000LL) {
                add(static_cast<quint32>(-magnitude));
            }
        }
    }
    return codes;
}

QStringList findAadstsCodes(const QString &text)
{
    static const QRegularExpression aadsts(QStringLiteral("\\bAADSTS(\\d{4,7})\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList codes;
    if (!text.contains(QLatin1String("AADSTS"), Qt::CaseInsensitive)) {
        return codes;
    }
    for (auto it = aadsts.globalMatch(text); it.hasNext();) {
        const QString code = QStringLiteral("AADSTS") + it.next().captured(1);
        if (!codes.contains(code)) {
            codes.append(code);
        }
    }
    return codes;
}

QStringList findMsisCodes(const QString &text)
{
    static const QRegularExpression msis(QStringLiteral("\\bMSIS(\\d{4})\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList codes;
    if (!text.contains(QLatin1String("MSIS"), Qt::CaseInsensitive)) {
        return codes;
    }
    for (auto it = msis.globalMatch(text); it.hasNext();) {
        const QString code = QStringLiteral("MSIS") + it.next().captured(1);
        if (!codes.contains(code)) {
            codes.append(code);
        }
    }
    return codes;
}

QDateTime parseUtcTimestamp(const QString &value)
{
    // "2024-05-01 10:15:00": nothing without a colon and a hyphen needs the pattern.
    if (value.size() < 19 || !value.contains(u':') || !value.contains(u'-')) {
        return {};
    }
    static const QRegularExpression stamp(QStringLiteral(
        "(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,3}))?"));
    const auto m = stamp.match(value);
    if (!m.hasMatch()) {
        return {};
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     m.captured(7).leftJustified(3, u'0').toInt());
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    return QDateTime(date, time, Qt::UTC); // QTimeZone::utc() is Qt 6.5+
}

} // namespace jd
