// The Intune Remediations export: CSV as the admin center and the export API write it, and the
// detection line of docs/intune/Detect-HybridJoin.ps1 in it, old and new.

#include "fleet/intune_export.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace jd;

namespace {

QString csvCell(const QString &value)
{
    QString v = value;
    v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

const char *kProblemLine =
    R"({"jd":1,"device":"PC-0042","joinType":"domainOnly","verdict":"problem","firstFailingStep":4,)"
    R"("code":"S4-NOT-SYNCED","status":["passed","passed","unknown","failed","unknown","failed"],)"
    R"("codes":["S1-SCP-OK","S2-OK","S3-CERT-NOT-VISIBLE","S4-NOT-SYNCED","S5-NOT-VISIBLE",)"
    R"("S6-NOT-JOINED"],"takenAt":"2026-11-25T08:02:41Z","version":"0.1.0"})";

} // namespace

TEST(Csv, QuotedFieldsHoldSeparatorsQuotesAndLineBreaks)
{
    const QString text = QStringLiteral("\xFEFF"
                                        "a,b,c\r\n\"1,2\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                                        "x,,z\n\n");
    const QList<QStringList> records = readCsvRecords(text, u',');
    ASSERT_EQ(records.size(), 3); // the blank line at the end is no record
    EXPECT_EQ(records.at(2), (QStringList{QStringLiteral("x"), QString(), QStringLiteral("z")}));
    EXPECT_EQ(records.at(0),
              (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(records.at(1), (QStringList{QStringLiteral("1,2"), QStringLiteral("say \"hi\""),
                                          QStringLiteral("two\nlines")}));
    const QList<QStringList> semicolons =
        readCsvRecords(QStringLiteral("Device name;Output\nPC;\"a;b\""), u';');
    ASSERT_EQ(semicolons.size(), 2);
    EXPECT_EQ(semicolons.at(1).at(1), QStringLiteral("a;b"));
}

TEST(IntuneExport, ReadsTheExportApiColumnsAndEveryKindOfOutput)
{
    const QString header = QStringLiteral(
        "DeviceId,DeviceName,UPN,PreRemediationDetectionScriptOutput,"
        "PreRemediationDetectionScriptError,PostRemediationDetectionScriptOutput,DetectionStatus,"
        "ModifiedTime\r\n");
    QString csv = header;
    auto record = [&csv](const QString &device, const QString &pre, const QString &post,
                         const QString &time) {
        csv += QStringLiteral("id,%1,u@x,%2,,%3,1,%4\r\n")
                   .arg(device, csvCell(pre), csvCell(post), time);
    };
    record(QStringLiteral("PC-0042"), QString::fromUtf8(kProblemLine), QString(),
           QStringLiteral("2026-12-01T10:00:00Z"));
    // After a remediation, the detection that ran after it is the state now.
    record(QStringLiteral("PC-0043"), QString::fromUtf8(kProblemLine),
           QStringLiteral(R"({"jd":1,"device":"PC-0043","joinType":"hybrid","verdict":"healthy",)"
                          R"("firstFailingStep":null,"code":null,"status":["passed","passed",)"
                          R"("passed","passed","passed","passed"]})"),
           QStringLiteral("12/2/2026 9:12:44 AM"));
    record(QStringLiteral("PC-0044"),
           QStringLiteral(R"({"jd":1,"device":"PC-0044","error":"JoinDoctor is not installed"})"),
           QString(), QString());
    record(QStringLiteral("PC-0045"), QString(), QString(), QString());
    record(QStringLiteral("PC-0046"), QStringLiteral("S3-NO-DC: The registration stops at step 3"),
           QString(), QStringLiteral("2026-12-03 08:00:00"));
    record(QStringLiteral("PC-0047"), QStringLiteral("OK (healthy, join type hybrid)"), QString(),
           QString());
    record(QStringLiteral("PC-0048"), QStringLiteral("Compliant"), QString(), QString());
    // The codes dropped to stay under Intune's output limit: the code still comes through.
    record(QStringLiteral("PC-0049"),
           QStringLiteral(R"({"jd":1,"device":"PC-0049","joinType":"hybrid","verdict":"problem",)"
                          R"("firstFailingStep":2,"code":"S2-PROXY-AUTH"})"),
           QString(), QString());

    ASSERT_TRUE(looksLikeIntuneExport(csv));
    const IntuneExport exported = readIntuneExport(csv, QStringLiteral("export.csv"));
    EXPECT_EQ(exported.records, 8);
    ASSERT_EQ(exported.rows.size(), 5);
    ASSERT_EQ(exported.problems.size(), 3);

    const FleetRow &first = exported.rows.at(0);
    EXPECT_EQ(first.device, QStringLiteral("PC-0042"));
    EXPECT_EQ(first.verdict, Verdict::Problem);
    EXPECT_EQ(first.joinType, JoinType::DomainOnly);
    EXPECT_EQ(first.firstFailingStep, 4);
    EXPECT_EQ(first.code(), QStringLiteral("S4-NOT-SYNCED"));
    EXPECT_EQ(first.status.at(2), StepStatus::Unknown);
    EXPECT_EQ(first.codes.at(5), QStringLiteral("S6-NOT-JOINED"));
    EXPECT_EQ(first.dataTime, QDateTime(QDate(2026, 11, 25), QTime(8, 2, 41), Qt::UTC));
    EXPECT_EQ(first.source, QStringLiteral("export.csv:2"));
    EXPECT_TRUE(first.path.isEmpty());

    const FleetRow &remediated = exported.rows.at(1);
    EXPECT_EQ(remediated.verdict, Verdict::Healthy);
    EXPECT_EQ(remediated.firstFailingStep, 0);
    EXPECT_EQ(remediated.dataTime, QDateTime(QDate(2026, 12, 2), QTime(9, 12, 44), Qt::UTC));

    const FleetRow &old = exported.rows.at(2);
    EXPECT_EQ(old.device, QStringLiteral("PC-0046"));
    EXPECT_EQ(old.code(), QStringLiteral("S3-NO-DC"));
    EXPECT_EQ(old.status.at(2), StepStatus::Failed);
    EXPECT_EQ(exported.rows.at(3).verdict, Verdict::Healthy);
    EXPECT_EQ(exported.rows.at(3).joinType, JoinType::Hybrid);
    EXPECT_EQ(exported.rows.at(4).code(), QStringLiteral("S2-PROXY-AUTH"));
    EXPECT_EQ(exported.rows.at(4).status.at(1), StepStatus::Failed);

    EXPECT_EQ(exported.problems.at(0).source, QStringLiteral("export.csv:4"));
    EXPECT_EQ(exported.problems.at(0).reason.args,
              QStringList{QStringLiteral("JoinDoctor is not installed")});
    EXPECT_STREQ(exported.problems.at(1).reason.source,
                 "No detection output: the script has not run on the device yet.");
    EXPECT_EQ(exported.problems.at(2).reason.args, QStringList{QStringLiteral("Compliant")});
}

TEST(IntuneExport, ReadsTheAdminCenterColumnsWithSemicolons)
{
    const QString csv =
        QStringLiteral("Device name;UPN;Pre-remediation detection output;Last sync time\n"
                       "PC-1;a@b;%1;07-12-2026 09:12:44\n")
            .arg(csvCell(QString::fromUtf8(kProblemLine)));
    ASSERT_TRUE(looksLikeIntuneExport(csv));
    const IntuneExport exported = readIntuneExport(csv, QStringLiteral("x.csv"));
    ASSERT_EQ(exported.rows.size(), 1);
    EXPECT_EQ(exported.rows.at(0).device, QStringLiteral("PC-1")); // the column, not the JSON
    EXPECT_EQ(exported.rows.at(0).code(), QStringLiteral("S4-NOT-SYNCED"));
}

TEST(IntuneExport, OtherCsvFilesAreNotExports)
{
    EXPECT_FALSE(looksLikeIntuneExport(QStringLiteral("name,value\nAzureAdJoined,YES\n")));
    EXPECT_FALSE(looksLikeIntuneExport(QString()));
    EXPECT_FALSE(looksLikeIntuneExport(QStringLiteral("\"unterminated")));
}

TEST(IntuneExport, JunkInTheOutputColumnIsAReasonNotACrash)
{
    for (const QString &junk :
         {QStringLiteral("{"), QStringLiteral("{}"), QStringLiteral("{\"jd\":1}"),
          QStringLiteral("{\"jd\":1,\"verdict\":\"problem\",\"firstFailingStep\":99}"),
          QStringLiteral("{\"jd\":1,\"verdict\":\"problem\",\"status\":[1,2,{}],\"codes\":{}}"),
          QString(5000, u'x'), QStringLiteral("S9-NOPE: x")}) {
        FleetRow row;
        TrText reason;
        const bool read = readDetectionOutput(junk, &row, &reason);
        EXPECT_TRUE(read || !reason.isEmpty()) << junk.left(40).toStdString();
        EXPECT_GE(row.firstFailingStep, 0);
        EXPECT_LE(row.firstFailingStep, 6);
    }
}
