#include "input/dsreg_parser.h"
#include "input/field_values.h"
#include "qt_printers.h"

#include <gtest/gtest.h>

using namespace jd;

TEST(FieldValues, YesNo)
{
    EXPECT_EQ(parseYesNo(QStringLiteral("YES")), Tri::Yes);
    EXPECT_EQ(parseYesNo(QStringLiteral(" no ")), Tri::No);
    EXPECT_EQ(parseYesNo(QStringLiteral("YES ( StateReady )")), Tri::Yes);
    EXPECT_EQ(parseYesNo(QStringLiteral("ERROR (0xd0020017)")), Tri::Unknown);
    EXPECT_EQ(parseYesNo(QString()), Tri::Unknown);
    EXPECT_EQ(parseYesNo(QStringLiteral("YESTERDAY")), Tri::Unknown);
}

TEST(FieldValues, TestResults)
{
    const TestValue fail = parseTestValue(QStringLiteral("FAIL [0x801C0021/0x80072EE2]"));
    EXPECT_EQ(fail.verdict, TestVerdict::Fail);
    EXPECT_EQ(fail.codes,
              (QStringList{QStringLiteral("0x801c0021"), QStringLiteral("0x80072ee2")}));
    EXPECT_EQ(parseTestValue(QStringLiteral("PASS")).verdict, TestVerdict::Pass);
    EXPECT_EQ(parseTestValue(QStringLiteral("SKIPPED")).verdict, TestVerdict::Skipped);
    EXPECT_EQ(parseTestValue(QStringLiteral("ENABLED")).verdict, TestVerdict::Enabled);
    EXPECT_EQ(parseTestValue(QStringLiteral("ERROR (0xd0020017)")).codes,
              QStringList{QStringLiteral("0xd0020017")});
    EXPECT_EQ(parseTestValue(QStringLiteral("weird")).verdict, TestVerdict::Other);
}

TEST(FieldValues, ErrorCodesInFreeText)
{
    EXPECT_EQ(findErrorCodes(QStringLiteral("HTTP Error : 0x0")), QStringList{});
    EXPECT_EQ(findErrorCodes(QStringLiteral("0x2ee2")), QStringList{QStringLiteral("0x2ee2")});
    EXPECT_EQ(findErrorCodes(QStringLiteral("event code -2145648611 logged")),
              QStringList{QStringLiteral("0x801c001d")});
    EXPECT_EQ(findErrorCodes(QStringLiteral("id 3c9e1f7a-52b4 and 10x8 and 0x801c03f2,0x801c03f2")),
              QStringList{QStringLiteral("0x801c03f2")});
    EXPECT_EQ(findAadstsCodes(QStringLiteral("AADSTS50126: Error validating; aadsts50126")),
              QStringList{QStringLiteral("AADSTS50126")});
}

TEST(FieldValues, MsisCodesInFreeText)
{
    EXPECT_EQ(findMsisCodes(QStringLiteral(
                  "MSIS9682: Received invalid OAuth JWT Bearer request; msis9682, MSIS7012")),
              (QStringList{QStringLiteral("MSIS9682"), QStringLiteral("MSIS7012")}));
    EXPECT_EQ(findMsisCodes(QStringLiteral("AADSTS50126 and XMSIS9682 and MSIS96821")),
              QStringList{});
}

TEST(FieldValues, Timestamps)
{
    const QDateTime t = parseUtcTimestamp(QStringLiteral("2026-11-25 07:47:12.000 UTC"));
    ASSERT_TRUE(t.isValid());
    EXPECT_EQ(t, QDateTime(QDate(2026, 11, 25), QTime(7, 47, 12), Qt::UTC));
    EXPECT_TRUE(parseUtcTimestamp(QStringLiteral("2026-11-25 07:47:12")).isValid());
    EXPECT_FALSE(parseUtcTimestamp(QStringLiteral("yesterday")).isValid());
    EXPECT_FALSE(parseUtcTimestamp(QStringLiteral("2026-13-45 99:00:00")).isValid());
}

TEST(FieldValues, StripAnnotation)
{
    EXPECT_EQ(stripAnnotation(QStringLiteral("NO <--")), QStringLiteral("NO"));
    EXPECT_EQ(stripAnnotation(QStringLiteral("https://a.b/c#frag")),
              QStringLiteral("https://a.b/c#frag"));
    EXPECT_EQ(stripAnnotation(QStringLiteral("[ 2024-01-01 -- 2034-01-01 ]")),
              QStringLiteral("[ 2024-01-01 -- 2034-01-01 ]"));
}
