#include "input/text_decoder.h"
#include "qt_printers.h"

#include <gtest/gtest.h>
#include <QStringEncoder>

using namespace jd;

namespace {
const QString kSample = QStringLiteral("             TenantName : K\u00e6rg\u00e5rd \u00d8lsted\r\n"
                                       "             AzureAdJoined : YES\r\n");

QByteArray encode(QStringConverter::Encoding encoding, const QString &text, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    return encoder.encode(text);
}
} // namespace

TEST(TextDecoder, Utf8WithoutBom)
{
    const DecodedText d = decodeText(kSample.toUtf8());
    EXPECT_FALSE(d.problem);
    EXPECT_EQ(d.encoding, TextEncoding::Utf8);
    EXPECT_EQ(d.text, kSample);
}

TEST(TextDecoder, Utf8WithBom)
{
    const DecodedText d = decodeText(QByteArray("\xEF\xBB\xBF") + kSample.toUtf8());
    EXPECT_EQ(d.encoding, TextEncoding::Utf8Bom);
    EXPECT_EQ(d.text, kSample);
}

TEST(TextDecoder, Utf16LeWithAndWithoutBom)
{
    for (bool bom : {true, false}) {
        const DecodedText d = decodeText(encode(QStringConverter::Utf16LE, kSample, bom));
        EXPECT_FALSE(d.problem) << bom;
        EXPECT_EQ(d.encoding, TextEncoding::Utf16Le) << bom;
        EXPECT_EQ(d.text, kSample) << bom;
    }
}

TEST(TextDecoder, Utf16BeWithAndWithoutBom)
{
    for (bool bom : {true, false}) {
        const DecodedText d = decodeText(encode(QStringConverter::Utf16BE, kSample, bom));
        EXPECT_EQ(d.encoding, TextEncoding::Utf16Be) << bom;
        EXPECT_EQ(d.text, kSample) << bom;
    }
}

TEST(TextDecoder, TruncatedUtf16WithoutBomLosesOnlyTheHalfCharacter)
{
    QByteArray bytes = encode(QStringConverter::Utf16LE, kSample, false);
    bytes.chop(1);
    const DecodedText d = decodeText(bytes);
    EXPECT_FALSE(d.problem);
    EXPECT_EQ(d.encoding, TextEncoding::Utf16Le);
    EXPECT_EQ(d.text, kSample.chopped(1));
}

TEST(TextDecoder, OemCodePage850FromCmdRedirect)
{
    // "Kærgård Ølsted" as cmd.exe writes it on Danish Windows.
    const QByteArray cp850("TenantName : K\x91rg\x86rd \x9dlsted\r\n");
    const DecodedText d = decodeText(cp850);
    EXPECT_EQ(d.encoding, TextEncoding::Cp850);
    EXPECT_EQ(d.text, QStringLiteral("TenantName : K\u00e6rg\u00e5rd \u00d8lsted\r\n"));
}

TEST(TextDecoder, Windows1252)
{
    const QByteArray ansi("TenantName : K\xE6rg\xE5rd \xD8lsted\r\n");
    const DecodedText d = decodeText(ansi);
    EXPECT_EQ(d.encoding, TextEncoding::Cp1252);
    EXPECT_EQ(d.text, QStringLiteral("TenantName : K\u00e6rg\u00e5rd \u00d8lsted\r\n"));
}

TEST(TextDecoder, EmptyAndWhitespaceAreEmpty)
{
    EXPECT_EQ(decodeText(QByteArray()).problem.kind, InputProblemKind::Empty);
    EXPECT_EQ(decodeText(QByteArray(" \r\n\t\n")).problem.kind, InputProblemKind::Empty);
}

TEST(TextDecoder, BinaryIsRefused)
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    for (int i = 0; i < 4096; ++i) {
        png.append(char((i * 37 + 11) % 256));
    }
    EXPECT_EQ(decodeText(png).problem.kind, InputProblemKind::Binary);
    EXPECT_EQ(decodeText(QByteArray(2048, '\0')).problem.kind, InputProblemKind::Binary);
}

TEST(TextDecoder, MostlyTextWithAFewControlCharactersIsText)
{
    QByteArray text = kSample.toUtf8().repeated(50);
    text.append('\x07');
    EXPECT_FALSE(decodeText(text).problem);
}
