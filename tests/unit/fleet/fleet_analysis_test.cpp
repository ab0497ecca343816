// A fleet folder judged as --fleet and the wizard judge it: every kind of input, bad ones listed
// with their reason, the newest data per device, both cores, cancellation and hidden names.

#include "fixtures.h"
#include "fleet/fleet_analysis.h"
#include "fleet/fleet_inputs.h"
#include "fleet_folder.h"
#include "input/demo_captures.h"
#include "report/analysis.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QMultiMap>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace jd;
using namespace jd::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

const FleetRow *rowOf(const FleetReport &report, const QString &device)
{
    for (const FleetRow &row : report.rows) {
        if (row.device == device) {
            return &row;
        }
    }
    return nullptr;
}

QString reasonOf(const FleetReport &report, const QString &source)
{
    for (const FleetProblem &p : report.problems) {
        if (p.source == source) {
            return QString::fromLatin1(p.reason.source);
        }
    }
    return {};
}

} // namespace

TEST(FleetAnalysis, EveryDeviceIsJudgedAsOnItsOwn)
{
    QTemporaryDir dir;
    const QStringList names = writeDemoFleet(dir.path());
    const FleetReport report = analyseFleet(dir.path(), {});
    ASSERT_EQ(report.rows.size(), names.size());
    EXPECT_TRUE(report.problems.isEmpty());
    EXPECT_EQ(report.inputCount, names.size());
    for (const FleetRow &row : report.rows) {
        QFile file(row.path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << row.path.toStdString();
        const Analysis single = analyseText(QString::fromUtf8(file.readAll()));
        EXPECT_EQ(row.verdict, single.verdict) << row.device.toStdString();
        EXPECT_EQ(row.firstFailingStep, single.firstFailingStep);
        for (size_t i = 0; i < 6; ++i) {
            EXPECT_EQ(row.codes.at(i), single.steps.at(i).code);
            EXPECT_EQ(row.status.at(i), single.steps.at(i).status);
        }
        EXPECT_TRUE(row.source.startsWith(QStringLiteral("devices/"))) << row.source.toStdString();
    }
    // The counts add up to the devices at every step.
    for (const FleetStepCounts &c : report.steps) {
        EXPECT_EQ(c.failed + c.warning + c.passed + c.unknown, report.rows.size());
    }
    int coded = 0;
    for (const FleetCodeCount &code : report.topCodes) {
        EXPECT_TRUE(code.code.startsWith(QStringLiteral("S%1-").arg(code.step)));
        coded += code.devices;
    }
    EXPECT_GT(coded, 0);
}

TEST(FleetAnalysis, BadInputsAreListedWithTheirReasonAndNeverStopTheRun)
{
    QTemporaryDir dir;
    writeDemoFleet(dir.path());
    writeCaptureFolder(dir.path(), QStringLiteral("captures/PC-20"), QStringLiteral("healthy"),
                       QStringLiteral("PC-20"));
    QFile bundle(QStringLiteral(JD_SOURCE_DIR "/fuzz/corpus/capture_bundle/vpn-user.jdcapture"));
    ASSERT_TRUE(bundle.open(QIODevice::ReadOnly));
    const QByteArray bundleBytes = bundle.readAll();
    writeFile(dir.filePath(QStringLiteral("bundles/vpn.jdcapture")), bundleBytes);
    writeFile(dir.filePath(QStringLiteral("bad/junk.bin")),
              QByteArray("\x00\x01\xff\xfe\x00junk", 10));
    writeFile(dir.filePath(QStringLiteral("bad/empty.txt")), QByteArray());
    writeFile(dir.filePath(QStringLiteral("bad/readme.txt")),
              "Notes from the helpdesk meeting.\nNothing here is dsregcmd output.\n");
    writeFile(dir.filePath(QStringLiteral("bad/huge.txt")), QByteArray(5 * 1024 * 1024, 'A'));
    writeFile(dir.filePath(QStringLiteral("bad/truncated.jdcapture")), bundleBytes.left(300));
    writeFile(dir.filePath(QStringLiteral("bad/other.csv")), "name,value\nx,y\n");
    writeFile(dir.filePath(QStringLiteral(".hidden.txt")), "AzureAdJoined : YES\n");

    const FleetReport report = analyseFleet(dir.path(), {});
    EXPECT_FALSE(report.cancelled);
    EXPECT_EQ(report.inputCount, 7 + 1 + 1 + 6);
    EXPECT_EQ(report.rows.size(), 7 + 1 + 1);
    ASSERT_NE(rowOf(report, QStringLiteral("PC-20")), nullptr);
    EXPECT_EQ(rowOf(report, QStringLiteral("PC-20"))->source, QStringLiteral("captures/PC-20"));
    EXPECT_EQ(rowOf(report, QStringLiteral("PC-20"))->status.at(0), StepStatus::Passed);
    for (const char *bad : {"bad/junk.bin", "bad/empty.txt", "bad/readme.txt", "bad/huge.txt",
                            "bad/truncated.jdcapture", "bad/other.csv"}) {
        EXPECT_FALSE(reasonOf(report, QString::fromLatin1(bad)).isEmpty()) << bad;
    }
    EXPECT_EQ(report.problems.size(), 6);
}

TEST(FleetAnalysis, ADeviceSeenTwiceKeepsItsNewestData)
{
    QTemporaryDir dir;
    const QDateTime older(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    writeFleetDevice(dir.path(), QStringLiteral("a/old.txt"), QStringLiteral("not-synced"),
                     QStringLiteral("PC-7"), older);
    writeFleetDevice(dir.path(), QStringLiteral("b/new.txt"), QStringLiteral("pending"),
                     QStringLiteral("pc-7"), older.addDays(3));
    writeFleetDevice(dir.path(), QStringLiteral("c/older.txt"), QStringLiteral("scp-missing"),
                     QStringLiteral("PC-7"), older.addDays(-3));
    const FleetReport report = analyseFleet(dir.path(), {});
    ASSERT_EQ(report.rows.size(), 1);
    EXPECT_EQ(report.rows.at(0).source, QStringLiteral("b/new.txt"));
    EXPECT_EQ(report.rows.at(0).dataTime, older.addDays(3));
    ASSERT_EQ(report.problems.size(), 2);
    for (const FleetProblem &p : report.problems) {
        EXPECT_STREQ(p.reason.source, "Older data of %1; the newer data in %2 is shown.");
        EXPECT_EQ(p.reason.args.value(1), QStringLiteral("b/new.txt"));
    }
}

TEST(FleetAnalysis, OneCoreAndTwoGiveTheSameReport)
{
    QTemporaryDir dir;
    for (int i = 0; i < 40; ++i) {
        const auto &demos = demoCaptures();
        writeFleetDevice(dir.path(), QStringLiteral("d/%1.txt").arg(i),
                         QString::fromLatin1(demos.at(i % demos.size()).name),
                         QStringLiteral("PC-%1").arg(i % 30)); // ten names twice
    }
    FleetOptions one;
    one.threads = 1;
    FleetOptions two;
    two.threads = 2;
    int progressCalls = 0;
    int lastDone = -1;
    const FleetReport a = analyseFleet(dir.path(), one);
    const FleetReport b =
        analyseFleet(dir.path(), two, [&progressCalls, &lastDone](int done, int total) {
            EXPECT_LE(done, total);
            EXPECT_GE(done, lastDone);
            EXPECT_EQ(total, 40);
            lastDone = done;
            ++progressCalls;
        });
    EXPECT_GE(progressCalls, 1);
    EXPECT_EQ(lastDone, 40); // the last report counts every input
    ASSERT_EQ(a.rows.size(), 30);
    ASSERT_EQ(a.rows.size(), b.rows.size());
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        EXPECT_EQ(a.rows.at(i).device, b.rows.at(i).device);
        EXPECT_EQ(a.rows.at(i).source, b.rows.at(i).source);
        EXPECT_EQ(a.rows.at(i).codes, b.rows.at(i).codes);
    }
    EXPECT_EQ(a.problems.size(), 10);
    EXPECT_EQ(b.problems.size(), 10);
}

TEST(FleetAnalysis, ACancelledRunSaysSo)
{
    QTemporaryDir dir;
    writeDemoFleet(dir.path());
    const CancelToken cancel;
    cancel.cancel();
    const FleetReport report = analyseFleet(dir.path(), {}, {}, cancel);
    EXPECT_TRUE(report.cancelled);
    EXPECT_TRUE(report.rows.isEmpty());
}

TEST(FleetAnalysis, HiddenNamesNumberDevicesAndFilesAndKeepTheCodes)
{
    QTemporaryDir dir;
    const QStringList names = writeDemoFleet(dir.path());
    writeFile(dir.filePath(QStringLiteral("PC-99-notes.txt")), "nothing to see\n");
    FleetOptions hidden;
    hidden.redact = true;
    const FleetReport open = analyseFleet(dir.path(), {});
    const FleetReport redacted = analyseFleet(dir.path(), hidden);
    EXPECT_TRUE(redacted.redacted);
    EXPECT_TRUE(redacted.path.isEmpty());
    ASSERT_EQ(open.rows.size(), redacted.rows.size());
    for (qsizetype i = 0; i < redacted.rows.size(); ++i) {
        const FleetRow &row = redacted.rows.at(i);
        EXPECT_TRUE(row.device.startsWith(QStringLiteral("Device "))) << row.device.toStdString();
        EXPECT_TRUE(row.source.startsWith(QStringLiteral("Input "))) << row.source.toStdString();
    }
    ASSERT_EQ(redacted.problems.size(), 1);
    EXPECT_FALSE(redacted.problems.at(0).source.contains(QStringLiteral("PC-99")));
    for (const QString &arg : redacted.problems.at(0).reason.args) {
        EXPECT_FALSE(arg.contains(QStringLiteral("PC-99")));
    }
    // The same verdicts and codes, device by device.
    QMultiMap<QString, QString> openCodes;
    QMultiMap<QString, QString> hiddenCodes;
    for (const FleetRow &row : open.rows) {
        openCodes.insert(row.codes.at(5), verdictId(row.verdict));
    }
    for (const FleetRow &row : redacted.rows) {
        hiddenCodes.insert(row.codes.at(5), verdictId(row.verdict));
    }
    EXPECT_EQ(openCodes, hiddenCodes);
}

TEST(FleetInputs, ManyDevicesOrOne)
{
    QTemporaryDir dir;
    const QString one = writeCaptureFolder(dir.path(), QStringLiteral("one"),
                                           QStringLiteral("healthy"), QStringLiteral("PC-1"));
    EXPECT_FALSE(holdsManyDevices(one));
    writeFleetDevice(dir.path(), QStringLiteral("single/a.txt"), QStringLiteral("healthy"),
                     QStringLiteral("PC-2"));
    EXPECT_FALSE(holdsManyDevices(dir.filePath(QStringLiteral("single"))));
    EXPECT_FALSE(holdsManyDevices(dir.filePath(QStringLiteral("single/a.txt"))));
    EXPECT_TRUE(holdsManyDevices(dir.path()));
    writeFile(dir.filePath(QStringLiteral("export.csv")),
              "Device name,Pre-remediation detection output\nPC,x\n");
    EXPECT_TRUE(holdsManyDevices(dir.filePath(QStringLiteral("export.csv"))));
    const FleetInputs inputs = findFleetInputs(dir.path());
    EXPECT_EQ(inputs.captureFolders, QStringList{one});
    EXPECT_EQ(inputs.csvFiles.size(), 1);
    EXPECT_EQ(inputs.files.size(), 1);

    // One device's folder: its output as the user and as administrator, notes and a registry
    // export (by content, whatever its name) are one capture, not a fleet.
    QTemporaryDir one2;
    writeFleetDevice(one2.path(), QStringLiteral("user.txt"), QStringLiteral("pending"),
                     QStringLiteral("PC-3"));
    writeFleetDevice(one2.path(), QStringLiteral("admin.txt"), QStringLiteral("not-synced"),
                     QStringLiteral("PC-3"));
    writeFile(one2.filePath(QStringLiteral("notes.txt")), "Called the user at 10:15.\n");
    writeFile(one2.filePath(QStringLiteral("cdj.txt")),
              "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE]\r\n");
    EXPECT_FALSE(holdsManyDevices(one2.path()));
}

TEST(FleetAnalysis, RedactedCapturesAreNamedAfterTheirFiles)
{
    // --collect --redact names every device "host1"; the platform script names the file after it.
    QTemporaryDir dir;
    QFile bundle(QStringLiteral(JD_SOURCE_DIR "/fuzz/corpus/capture_bundle/vpn-user.jdcapture"));
    ASSERT_TRUE(bundle.open(QIODevice::ReadOnly));
    QByteArray redacted = bundle.readAll();
    redacted.replace("\"redacted\": false", "\"redacted\": true");
    ASSERT_TRUE(redacted.contains("\"redacted\": true"));
    writeFile(dir.filePath(QStringLiteral("PC-A.jdcapture")), redacted);
    writeFile(dir.filePath(QStringLiteral("PC-B.jdcapture")), redacted);
    const FleetReport report = analyseFleet(dir.path(), {});
    ASSERT_EQ(report.rows.size(), 2);
    EXPECT_EQ(report.rows.at(0).device, QStringLiteral("PC-A"));
    EXPECT_EQ(report.rows.at(1).device, QStringLiteral("PC-B"));
    EXPECT_TRUE(report.problems.isEmpty());
    EXPECT_TRUE(holdsManyDevices(dir.path()));
}

TEST(FleetAnalysis, HiddenNamesCoverNamesMadeOfDigits)
{
    QTemporaryDir dir;
    const QDateTime time(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    writeFleetDevice(dir.path(), QStringLiteral("a/0012345.txt"), QStringLiteral("pending"),
                     QStringLiteral("0012345"), time);
    writeFleetDevice(dir.path(), QStringLiteral("b/0012345.txt"), QStringLiteral("pending"),
                     QStringLiteral("0012345"), time.addDays(1));
    FleetOptions hidden;
    hidden.redact = true;
    const FleetReport report = analyseFleet(dir.path(), hidden);
    ASSERT_EQ(report.rows.size(), 1);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.at(0).reason.args.value(0), report.rows.at(0).device);
    EXPECT_EQ(report.problems.at(0).reason.args.value(1), report.rows.at(0).source);
    for (const QString &arg : report.problems.at(0).reason.args) {
        EXPECT_FALSE(arg.contains(QStringLiteral("12345"))) << arg.toStdString();
    }
}

TEST(FleetAnalysis, AFilesTimeLosesToTheDataOwnTime)
{
    QTemporaryDir dir;
    // Saved later (a newer file) but without a Client Time: the output with one wins.
    writeFleetDevice(dir.path(), QStringLiteral("dated.txt"), QStringLiteral("pending"),
                     QStringLiteral("PC-9"), QDateTime(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC));
    const QString undated = writeFleetDevice(dir.path(), QStringLiteral("undated.txt"),
                                             QStringLiteral("pending"), QStringLiteral("PC-9"));
    QFile file(undated);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.remove(QRegularExpression(QStringLiteral("[^\\n]*Client Time[^\\n]*\\n")));
    writeFile(undated, text.toUtf8());
    const FleetReport report = analyseFleet(dir.path(), {});
    ASSERT_EQ(report.rows.size(), 1);
    EXPECT_EQ(report.rows.at(0).source, QStringLiteral("dated.txt"));
    EXPECT_FALSE(report.rows.at(0).dataTimeFromFile);
}
