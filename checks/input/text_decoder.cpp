#include "input/text_decoder.h"

#include "input/blockwise.h"

#include <array>
#include <cstring>
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

// Byte -> character of a single-byte code page, made from the high halves above.
constexpr std::array<char16_t, 256> cp850Table()
{
    std::array<char16_t, 256> table{};
    for (unsigned b = 0; b < 256; ++b) {
        table[b] = b < 0x80 ? char16_t(b) : kCp850High[b - 0x80];
    }
    return table;
}
constexpr std::array<char16_t, 256> cp1252Table()
{
    std::array<char16_t, 256> table{};
    for (unsigned b = 0; b < 256; ++b) {
        table[b] = b >= 0x80 && b < 0xA0 ? kCp1252Low[b - 0x80] : char16_t(b);
    }
    return table;
}
constexpr std::array<char16_t, 256> kCp850 = cp850Table();
constexpr std::array<char16_t, 256> kCp1252 = cp1252Table();

// Where Danish letters sit: 1 for 0x80..0xA5 (OEM 850), 2 for 0xC0..0xFF (Windows-1252).
constexpr std::array<unsigned char, 256> letterRanges()
{
    std::array<unsigned char, 256> ranges{};
    for (unsigned b = 0x80; b < 256; ++b) {
        ranges[b] = b <= 0xA5 ? 1 : b >= 0xC0 ? 2 : 0;
    }
    return ranges;
}
constexpr std::array<unsigned char, 256> kLetterRange = letterRanges();

// C0 controls other than tab, line feed, form feed and carriage return; DEL and C1 controls.
constexpr std::array<unsigned char, 0xA0> suspiciousControls()
{
    std::array<unsigned char, 0xA0> table{};
    for (unsigned u = 0; u < 0xA0; ++u) {
        table[u] = (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') || u >= 0x7F;
    }
    return table;
}
constexpr std::array<unsigned char, 0xA0> kSuspicious = suspiciousControls();

QString decodeWithTable(const QByteArray &bytes, const std::array<char16_t, 256> &table)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *chars = reinterpret_cast<char16_t *>(out.data());
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.constData());
    forEachIndex(bytes.size(), [&](qsizetype i) { chars[i] = table[in[i]]; });
    return out;
}

// ASCII text in UTF-16 has a zero byte in every other position. A truncated file can end in half
// a character; only whole pairs count. Most inputs have no zero byte at all: one memchr.
struct ZeroBytes
{
    qsizetype atEven = 0;
    qsizetype atOdd = 0;
    qsizetype pairs = 0;
};

ZeroBytes zeroBytesIn(const QByteArray &bytes)
{
    ZeroBytes zeros;
    const qsizetype size = bytes.size() - bytes.size() % 2;
    zeros.pairs = size / 2;
    if (size == 0 || !std::memchr(bytes.constData(), 0, size_t(size))) {
        return zeros;
    }
    qsizetype counts[2] = {0, 0};
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.constData());
    forEachIndex(size, [&](qsizetype i) { counts[i & 1] += in[i] == 0; });
    zeros.atEven = counts[0];
    zeros.atOdd = counts[1];
    return zeros;
}

// UTF-16 with its zero bytes at this parity (1: little-endian ASCII, 0: big-endian).
bool hasUtf16Pattern(const ZeroBytes &zeros, int zeroParity)
{
    if (zeros.pairs < 2) {
        return false;
    }
    const qsizetype here = zeroParity == 1 ? zeros.atOdd : zeros.atEven;
    const qsizetype there = zeroParity == 1 ? zeros.atEven : zeros.atOdd;
    return here * 10 >= zeros.pairs * 3 && there * 20 <= zeros.pairs;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, bool *ok)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

bool looksBinary(const QString &text)
{
    qsizetype suspicious = 0;
    const char16_t *chars = QStringView(text).utf16();
    forEachIndex(text.size(), [&](qsizetype i) {
        const char16_t u = chars[i];
        suspicious += u < 0xA0 ? kSuspicious[u] : u == 0xFFFD;
    });
    return suspicious > 16 || suspicious * 200 > text.size();
}

} // namespace

QString decodeCp850(const QByteArray &bytes)
{
    return decodeWithTable(bytes, kCp850);
}

QString decodeCp1252(const QByteArray &bytes)
{
    return decodeWithTable(bytes, kCp1252);
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
    const QByteArrayView view(bytes);
    const ZeroBytes zeros = zeroBytesIn(bytes);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.encoding = TextEncoding::Utf8Bom;
        result.text = decodeWith(QStringConverter::Utf8, view.sliced(3), &ok);
    } else if (bytes.startsWith("\xFF\xFE")) {
        result.encoding = TextEncoding::Utf16Le;
        result.text = decodeWith(QStringConverter::Utf16LE, view.sliced(2), &ok);
    } else if (bytes.startsWith("\xFE\xFF")) {
        result.encoding = TextEncoding::Utf16Be;
        result.text = decodeWith(QStringConverter::Utf16BE, view.sliced(2), &ok);
    } else if (hasUtf16Pattern(zeros, 1)) {
        result.encoding = TextEncoding::Utf16Le;
        result.text = decodeWith(QStringConverter::Utf16LE, view.first(zeros.pairs * 2), &ok);
    } else if (hasUtf16Pattern(zeros, 0)) {
        result.encoding = TextEncoding::Utf16Be;
        result.text = decodeWith(QStringConverter::Utf16BE, view.first(zeros.pairs * 2), &ok);
    } else {
        result.text = decodeWith(QStringConverter::Utf8, bytes, &ok);
        if (!ok && !bytes.contains('\0')) {
            // Not UTF-8: a single-byte Windows code page. Letters such as æ ø å sit in 0x80..0xA5
            // in OEM 850 but in 0xC0..0xFF in Windows-1252; count which range the bytes favour.
            qsizetype counts[3] = {0, 0, 0}; // other, OEM 850, Windows-1252
            for (const char ch : bytes) {
                ++counts[kLetterRange[static_cast<unsigned char>(ch)]];
            }
            const qsizetype oem = counts[1];
            const qsizetype ansi = counts[2];
            result.encoding = oem > ansi ? TextEncoding::Cp850 : TextEncoding::Cp1252;
            result.text = oem > ansi ? decodeCp850(bytes) : decodeCp1252(bytes);
            ok = true;
        }
    }

    if (QStringView(result.text).trimmed().isEmpty() && ok) {
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
