// Registry exports as regedit and "reg export" write them: UTF-16LE with BOM and CRLF, every value
// type, escaping, continued hex lines; and the client-side SCP read from them.
#include "facts/client_scp.h"
#include "input/reg_export.h"
#include "input/text_decoder.h"
#include "qt_printers.h"

#include <gtest/gtest.h>
#include <QStringEncoder>

using namespace jd;

namespace {

const char *kCdjExport =
    "Windows Registry Editor Version 5.00\r\n"
    "\r\n"
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ]\r\n"
    "\"FallbackToSyncJoin\"=dword:00000001\r\n"
    "\r\n"
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD]\r\n"
    "\"TenantId\"=\"11111111-2222-3333-4444-555555555555\"\r\n"
    "\"TenantName\"=\"corp.example\"\r\n"
    "\r\n";

// What "reg export" writes: UTF-16LE with a byte order mark.
QByteArray utf16WithBom(const QString &text)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

RegExport parseBytes(const QByteArray &bytes)
{
    const DecodedText decoded = decodeText(bytes);
    EXPECT_FALSE(decoded.problem);
    return parseRegExport(decoded.text);
}

} // namespace

TEST(RegExport, Utf16WithBomAndCrlf)
{
    const RegExport reg = parseBytes(utf16WithBom(QString::fromLatin1(kCdjExport)));
    ASSERT_TRUE(reg.valid);
    ASSERT_EQ(reg.keys.size(), 2);
    const RegKey *aad = reg.key(QStringLiteral(
        "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD")); // any case, short root
    ASSERT_NE(aad, nullptr);
    ASSERT_NE(aad->value(QStringLiteral("tenantid")), nullptr);
    EXPECT_EQ(aad->value(QStringLiteral("TenantId"))->text,
              u"11111111-2222-3333-4444-555555555555");
    EXPECT_EQ(aad->value(QStringLiteral("TenantName"))->line, 8);
    const RegValue *fallback = reg.keys.first().value(QStringLiteral("FallbackToSyncJoin"));
    ASSERT_NE(fallback, nullptr);
    EXPECT_EQ(fallback->type, RegValue::Type::Dword);
    EXPECT_EQ(fallback->number, 1u);
    EXPECT_EQ(reg.skippedLines, 0);
}

TEST(RegExport, EveryValueType)
{
    const QString text = QStringLiteral(
        "Windows Registry Editor Version 5.00\n"
        "[HKEY_CURRENT_USER\\Test]\n"
        "@=\"default\"\n"
        "\"Path\"=\"C:\\\\Program Files\\\\\\\"quoted\\\" = x\"\n"
        "\"Dword\"=dword:0000001f\n"
        "\"Qword\"=hex(b):00,01,00,00,00,00,00,00\n"
        "\"Binary\"=hex:de,ad,\\\n"
        "  be,ef\n"
        "\"Expand\"=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,\\\n"
        "  74,00,25,00,00,00\n"
        "\"Multi\"=hex(7):61,00,00,00,62,00,00,00,00,00\n"
        "\"Gone\"=-\n"
        "\"Odd \\\"name\\\"\"=\"v\"\n"
        "[-HKEY_CURRENT_USER\\Removed]\n");
    const RegExport reg = parseRegExport(text);
    ASSERT_TRUE(reg.valid);
    ASSERT_EQ(reg.keys.size(), 2);
    const RegKey &k = reg.keys.first();
    EXPECT_EQ(k.value(QString())->text, u"default");
    EXPECT_EQ(k.value(QStringLiteral("Path"))->text, u"C:\\Program Files\\\"quoted\" = x");
    EXPECT_EQ(k.value(QStringLiteral("Dword"))->number, 31u);
    EXPECT_EQ(k.value(QStringLiteral("Dword"))->display(), u"0x1f (31)");
    EXPECT_EQ(k.value(QStringLiteral("Qword"))->number, 256u);
    EXPECT_EQ(k.value(QStringLiteral("Binary"))->bytes, QByteArray::fromHex("deadbeef"));
    EXPECT_EQ(k.value(QStringLiteral("Expand"))->type, RegValue::Type::ExpandString);
    EXPECT_EQ(k.value(QStringLiteral("Expand"))->text, u"%SystemRoot%");
    EXPECT_EQ(k.value(QStringLiteral("Multi"))->text, u"a\nb");
    EXPECT_EQ(k.value(QStringLiteral("Gone"))->type, RegValue::Type::Deleted);
    EXPECT_EQ(k.value(QStringLiteral("Odd \"name\""))->text, u"v");
    EXPECT_TRUE(reg.keys.at(1).deleted);
    EXPECT_EQ(reg.keys.at(1).path, u"HKEY_CURRENT_USER\\Removed");
}

TEST(RegExport, Regedit4AndJunkLines)
{
    const RegExport reg = parseRegExport(QStringLiteral(
        "REGEDIT4\n\n; a comment\nstray line before any key\n[HKEY_LOCAL_MACHINE\\X]\n"
        "\"A\"=dword:zz\n\"B\"=\"unterminated\n\"C\"\n\"D\"=\"ok\"\n= \"no name\"\n"));
    ASSERT_TRUE(reg.valid);
    ASSERT_EQ(reg.keys.size(), 1);
    EXPECT_EQ(reg.keys.first().values.size(), 1);
    EXPECT_EQ(reg.keys.first().value(QStringLiteral("D"))->text, u"ok");
    EXPECT_EQ(reg.skippedLines, 5);
}

TEST(RegExport, NotAnExport)
{
    EXPECT_FALSE(parseRegExport(QStringLiteral("+----+\n| Device State |\n")).valid);
    EXPECT_FALSE(parseRegExport(QString()).valid);
}

TEST(ClientScp, FromExport)
{
    const ClientScpFacts scp = clientScpFromExport(parseRegExport(QString::fromLatin1(kCdjExport)),
                                                   QStringLiteral("cdj.reg"));
    EXPECT_TRUE(scp.read);
    EXPECT_TRUE(scp.present);
    EXPECT_EQ(scp.tenantId, u"11111111-2222-3333-4444-555555555555");
    EXPECT_EQ(scp.tenantName, u"corp.example");
    ASSERT_EQ(scp.evidence.size(), 2);
    EXPECT_EQ(scp.evidence.first().section, u"cdj.reg: CDJ\\AAD");
    EXPECT_EQ(scp.evidence.first().line, 7);
}

TEST(ClientScp, ExportOfTheParentKeyWithoutAad)
{
    const ClientScpFacts scp = clientScpFromExport(
        parseRegExport(QStringLiteral("Windows Registry Editor Version 5.00\n"
                                      "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\"
                                      "CurrentVersion\\CDJ]\n\"FallbackToSyncJoin\"=dword:0\n")),
        QStringLiteral("cdj.reg"));
    EXPECT_TRUE(scp.read);
    EXPECT_FALSE(scp.present);
}

TEST(ClientScp, UnrelatedExport)
{
    const ClientScpFacts scp =
        clientScpFromExport(parseRegExport(QStringLiteral(
                                "Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\X]\n")),
                            QStringLiteral("x.reg"));
    EXPECT_FALSE(scp.read);
    EXPECT_FALSE(scp.present);
}
