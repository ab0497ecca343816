#include "input/text_decoder.h"

#include <array>
#include <QStringDecoder>

namespace jd {

namespace {

// clang-format off
constexpr std::array<char16_t, 128> kCp850High = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192,
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0, 0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510,
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4,
    0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x0131, 0x00CD, 0x00CE, 0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580,
    0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE, 0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4,
    0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8, 0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,
};
// 0x80..0x9F of Windows-1252; 0xA0..0xFF equal Latin-1. Unassigned bytes become U+FFFD.
constexpr std::array<char16_t, 32> kCp1252Low = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};
// clang-format on

bool hasUtf16Pattern(const QByteArray &bytes, int zeroParity)
{
    // ASCII text in UTF-16 has a zero byte in every other position.
    // A truncated file can end in half a character; judge the whole pairs.
    const qsizetype size = bytes.size() - bytes.size() % 2;
    if (size < 4) {
        return false;
    }
    qsizetype zerosHere = 0;
    qsizetype zerosThere = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (bytes.at(i) == 0) {
            (i % 2 == zeroParity ? zerosHere : zerosThere)++;
        }
    }
    const qsizetype pairs = size / 2;
    return zerosHere * 10 >= pairs * 3 && zerosThere * 20 <= pairs;
}

QString decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes, bool *ok)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

bool looksBinary(const QString &text)
{
    qsizetype suspicious = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') || u == 0xFFFD ||
            (u >= 0x7F && u < 0xA0)) {
            ++suspicious;
        }
    }
    return suspicious > 16 || suspicious * 200 > text.size();
}

} // namespace

QString decodeCp850(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        out += b < 0x80 ? QChar(char16_t(b)) : QChar(kCp850High[b - 0x80]);
    }
    return out;
}

QString decodeCp1252(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        out += (b >= 0x80 && b < 0xA0) ? QChar(kCp1252Low[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Cp850:
        return QStringLiteral("OEM 850");
    case TextEncoding::Cp1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText result;
    bool ok = true;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.encoding = TextEncoding::Utf8Bom;
        result.text = decodeWith(QStringConverter::Utf8, bytes.mid(3), &ok);
    } else if (bytes.startsWith("\xFF\xFE")) {
        result.encoding = TextEncoding::Utf16Le;
        result.text = decodeWith(QStringConverter::Utf16LE, bytes.mid(2), &ok);
    } else if (bytes.startsWith("\xFE\xFF")) {
        result.encoding = TextEncoding::Utf16Be;
        result.text = decodeWith(QStringConverter::Utf16BE, bytes.mid(2), &ok);
    } else if (hasUtf16Pattern(bytes, 1)) {
        result.encoding = TextEncoding::Utf16Le;
        result.text =
            decodeWith(QStringConverter::Utf16LE, bytes.left(bytes.size() & ~qsizetype(1)), &ok);
    } else if (hasUtf16Pattern(bytes, 0)) {
        result.encoding = TextEncoding::Utf16Be;
        result.text =
            decodeWith(QStringConverter::Utf16BE, bytes.left(bytes.size() & ~qsizetype(1)), &ok);
    } else {
        result.text = decodeWith(QStringConverter::Utf8, bytes, &ok);
        if (!ok && !bytes.contains('\0')) {
            // Not UTF-8: a single-byte Windows code page. Letters such as æ ø å sit in 0x80..0xA5
            // in OEM 850 but in 0xC0..0xFF in Windows-1252; count which range the bytes favour.
            qsizetype oem = 0;
            qsizetype ansi = 0;
            for (const char ch : bytes) {
                const auto b = static_cast<unsigned char>(ch);
                if (b >= 0x80 && b <= 0xA5) {
                    ++oem;
                } else if (b >= 0xC0) {
                    ++ansi;
                }
            }
            result.encoding = oem > ansi ? TextEncoding::Cp850 : TextEncoding::Cp1252;
            result.text = oem > ansi ? decodeCp850(bytes) : decodeCp1252(bytes);
            ok = true;
        }
    }

    if (result.text.trimmed().isEmpty() && ok) {
        result.problem = {InputProblemKind::Empty,
                          checksText(QT_TRANSLATE_NOOP("Checks", "The input is empty."))};
    } else if (!ok || looksBinary(result.text)) {
        result.text.clear();
        result.problem = {InputProblemKind::Binary,
                          checksText(QT_TRANSLATE_NOOP(
                              "Checks", "The input is not text (binary data); expected the "
                                        "output of dsregcmd /status."))};
    }
    return result;
}

} // namespace jd
