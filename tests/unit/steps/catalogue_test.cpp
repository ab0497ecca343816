#include "core/language.h"
#include "qt_printers.h"
#include "steps/error_catalogue.h"
#include "steps/result_codes.h"
#include "steps/step_check.h"

#include <gtest/gtest.h>
#include <QRegularExpression>
#include <QSet>

using namespace jd;

TEST(ErrorCatalogue, HasAtLeastOneHundredFiftyUniqueWellFormedCodes)
{
    const auto &all = errorCatalogue();
    EXPECT_GE(all.size(), 150);
    QSet<QString> ids;
    const QRegularExpression hex(QStringLiteral("^0x[0-9a-f]{1,8}$"));
    for (const ErrorCodeInfo &info : all) {
        const QString id = QString::fromLatin1(info.id);
        EXPECT_FALSE(ids.contains(id)) << info.id;
        ids.insert(id);
        EXPECT_TRUE(hex.match(id).hasMatch() || id.startsWith(QStringLiteral("AADSTS")) ||
                    id.startsWith(QStringLiteral("MSIS")) ||
                    id.startsWith(QStringLiteral("DeviceAuthStatus")))
            << info.id;
        EXPECT_GE(info.step, 1) << info.id;
        EXPECT_LE(info.step, 6) << info.id;
        EXPECT_STRNE(info.name, "") << info.id;
        EXPECT_STRNE(info.phase, "") << info.id;
        EXPECT_FALSE(info.cause.isEmpty()) << info.id;
        EXPECT_FALSE(info.fix.isEmpty()) << info.id;
    }
}

TEST(ErrorCatalogue, EveryEntryIsTranslatedToDanish)
{
    const Language da(LanguageCode::Danish);
    const Language en(LanguageCode::English);
    for (const ErrorCodeInfo &info : errorCatalogue()) {
        EXPECT_NE(da.tr(info.cause), en.tr(info.cause)) << info.id;
        EXPECT_NE(da.tr(info.fix), en.tr(info.fix)) << info.id;
    }
}

TEST(ErrorCatalogue, LookupIgnoresCase)
{
    ASSERT_NE(lookupErrorCode(QStringLiteral("0x801C001D")), nullptr);
    EXPECT_STREQ(lookupErrorCode(QStringLiteral("0x801c001d"))->name,
                 "DSREG_AUTOJOIN_ADCONFIG_READ_FAILED");
    EXPECT_NE(lookupErrorCode(QStringLiteral("aadsts50126")), nullptr);
    EXPECT_EQ(lookupErrorCode(QStringLiteral("0x12345678")), nullptr);
    ASSERT_NE(lookupErrorCode(QStringLiteral("0x54b")), nullptr);
    EXPECT_STREQ(lookupErrorCode(QStringLiteral("0x54b"))->id, "0x8007054b");
    EXPECT_STREQ(lookupErrorCode(QStringLiteral("0x2ee2"))->id, "0x2ee2");
}

TEST(ErrorCatalogue, DecimalFormMatchesEventLogs)
{
    EXPECT_EQ(decimalForm(*lookupErrorCode(QStringLiteral("0x801c001d"))),
              QStringLiteral("-2145648611"));
    EXPECT_EQ(decimalForm(*lookupErrorCode(QStringLiteral("0xc000006d"))),
              QStringLiteral("-1073741715"));
    EXPECT_EQ(decimalForm(*lookupErrorCode(QStringLiteral("AADSTS50126"))), QString());
}

TEST(ErrorCatalogue, CoversEveryStep)
{
    QSet<int> steps;
    for (const ErrorCodeInfo &info : errorCatalogue()) {
        steps.insert(info.step);
    }
    for (int step : {1, 2, 3, 4, 5, 6}) {
        EXPECT_TRUE(steps.contains(step)) << step;
    }
}

TEST(ResultCodes, UniqueStableFormatAndInStepOrder)
{
    const QRegularExpression format(QStringLiteral("^S([1-6])-[A-Z0-9]+(-[A-Z0-9]+)*$"));
    QSet<QString> seen;
    int lastStep = 0;
    const auto codes = allResultCodes();
    EXPECT_GE(codes.size(), 40);
    for (const ResultCodeDef *def : codes) {
        const QString code = QString::fromLatin1(def->code);
        const auto m = format.match(code);
        ASSERT_TRUE(m.hasMatch()) << def->code;
        EXPECT_EQ(m.captured(1).toInt(), def->step) << def->code;
        EXPECT_FALSE(seen.contains(code)) << def->code;
        seen.insert(code);
        EXPECT_GE(def->step, lastStep);
        lastStep = def->step;
        EXPECT_NE(def->status, StepStatus::NotRun);
        if (def->status == StepStatus::Failed || def->status == StepStatus::Warning) {
            EXPECT_FALSE(def->nextSteps.isEmpty()) << def->code;
        }
    }
    for (int step = 1; step <= kStepCount; ++step) {
        EXPECT_TRUE(seen.contains(QStringLiteral("S%1-NOT-APPLICABLE").arg(step)) ||
                    step == 6 /* S6 has one too, checked below */);
    }
    EXPECT_TRUE(seen.contains(QStringLiteral("S6-NOT-APPLICABLE")));
}

TEST(ResultCodes, EveryTextHasDanish)
{
    const Language da(LanguageCode::Danish);
    const Language en(LanguageCode::English);
    for (const ResultCodeDef *def : allResultCodes()) {
        EXPECT_NE(da.tr(def->summary), en.tr(def->summary)) << def->code;
        EXPECT_NE(da.tr(def->explanation), en.tr(def->explanation)) << def->code;
        for (const TrText &next : def->nextSteps) {
            EXPECT_NE(da.tr(next), en.tr(next)) << def->code;
        }
    }
    for (int step = 1; step <= kStepCount; ++step) {
        EXPECT_NE(da.tr(stepInfo(step).title), en.tr(stepInfo(step).title));
        EXPECT_NE(da.tr(stepInfo(step).purpose), en.tr(stepInfo(step).purpose));
    }
}
