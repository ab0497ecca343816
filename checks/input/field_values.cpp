#include "input/field_values.h"

#include <QRegularExpression>

namespace jd {

namespace {
QString firstWord(const QString &value)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z\\-]+"));
    return word.match(value.trimmed()).captured(0).toUpper();
}
} // namespace

Tri parseYesNo(const QString &value)
{
    const QString word = firstWord(value);
    if (word == u"YES" || word == u"TRUE") {
        return Tri::Yes;
    }
    if (word == u"NO" || word == u"FALSE") {
        return Tri::No;
    }
    return Tri::Unknown;
}

TestValue parseTestValue(const QString &value)
{
    TestValue result;
    const QString word = firstWord(value);
    if (word.isEmpty() && value.trimmed().isEmpty()) {
        result.verdict = TestVerdict::Other;
        return result;
    }
    if (word == u"PASS" || word == u"PASSED" || word == u"SUCCESS") {
        result.verdict = TestVerdict::Pass;
    } else if (word == u"FAIL" || word == u"FAILED") {
        result.verdict = TestVerdict::Fail;
    } else if (word == u"SKIPPED" || word == u"SKIP") {
        result.verdict = TestVerdict::Skipped;
    } else if (word == u"ENABLED") {
        result.verdict = TestVerdict::Enabled;
    } else if (word == u"DISABLED") {
        result.verdict = TestVerdict::Disabled;
    } else if (word == u"ERROR") {
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
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = text.at(i + 1);
        marks.hex = marks.hex || (c == u'0' && (next == u'x' || next == u'X'));
        marks.negative = marks.negative || (c == u'-' && next.isDigit());
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
    for (auto it = marks.hex ? hex.globalMatch(text) : QRegularExpressionMatchIterator();
         it.hasNext();) {
        bool ok = false;
        const quint32 value = it.next().captured(1).toUInt(&ok, 16);
        if (ok) {
            add(value);
        }
    }
    for (auto it = marks.negative ? negative.globalMatch(text) : QRegularExpressionMatchIterator();
         it.hasNext();) {
        bool ok = false;
        const qint64 magnitude = it.next().captured(1).toLongLong(&ok);
        // Event logs print HRESULTs as negative 32-bit numbers (-2145648611 = 0x801c001d).
        if (ok && magnitude >= 0x40000000LL && magnitude <= 0x80000000LL) {
            add(static_cast<quint32>(-magnitude));
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
