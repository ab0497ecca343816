// Runs the real joindoctor executable: exit codes, the JSON contract, stdin, bad input.
#include "cli_runner.h"
#include "fixtures.h"
#include "input/capture_bundle.h"
#include "live/capture_writer.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using jd::test::ProcessRun;
using jd::test::runJoinDoctor;

namespace {

QJsonObject json(const ProcessRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.left(300).toStdString();
    return doc.object();
}

QString fixture(const char *name)
{
    return jd::test::fixturePath(QString::fromLatin1(name));
}

} // namespace

TEST(Cli, HealthyExitsZero)
{
    const ProcessRun r =
        runJoinDoctor({QStringLiteral("--analyze"), fixture("win11_hybrid_healthy.txt")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("S6-OK"));
    EXPECT_TRUE(r.err.isEmpty());
}

TEST(Cli, ProblemExitsOne)
{
    const ProcessRun r = runJoinDoctor({QStringLiteral("--analyze"), fixture("task_disabled.txt"),
                                        QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("firstFailingStep")).toInt(), 3);
    EXPECT_EQ(o.value(QStringLiteral("steps")).toArray().size(), 6);
}

TEST(Cli, NotEnoughInformationExitsThree)
{
    const ProcessRun r =
        runJoinDoctor({QStringLiteral("--analyze"), fixture("hybrid_run_as_system.txt")});
    EXPECT_EQ(r.exitCode, 3);
}

TEST(Cli, AWorkgroupDeviceIsOutOfScopeNotHealthy)
{
    for (const char *name : {"workgroup.txt", "registered_only.txt"}) {
        const ProcessRun r = runJoinDoctor({QStringLiteral("--analyze"), fixture(name),
                                            QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(r.exitCode, 5) << name;
        const QJsonObject o = json(r);
        EXPECT_EQ(o.value(u"verdict").toString(), QStringLiteral("outOfScope"));
        EXPECT_TRUE(o.value(u"headline").toString().startsWith(u"Hybrid join cannot happen here"));
    }
}

TEST(Cli, ReadsStandardInput)
{
    const ProcessRun r =
        runJoinDoctor({QStringLiteral("--analyze"), QStringLiteral("-"), QStringLiteral("--format"),
                       QStringLiteral("json")},
                      jd::test::fixtureBytes(QStringLiteral("scp_wrong_tenant.txt")));
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("firstFailingStep")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("source")).toString(), QStringLiteral("stdin"));
}

// What a user reads over the phone: three lines are enough for a verdict, and the report says
// what the rest of the output would have shown.
TEST(Cli, AThreeLineFragmentGetsAVerdictAndSaysWhatItCannotShow)
{
    const QByteArray fragment = "    Attempt Status : 0xc000006d\n"
                                "        HTTP Error : 0x0\n"
                                "Server Error Description : AADSTS50126: Error validating "
                                "credentials due to invalid username or password.\n";
    const ProcessRun en = runJoinDoctor({QStringLiteral("--analyze"), QStringLiteral("-"),
                                         QStringLiteral("--lang"), QStringLiteral("en")},
                                        fragment);
    EXPECT_EQ(en.exitCode, 1) << en.err.toStdString();
    EXPECT_TRUE(en.out.contains("S6-PRT-PASSWORD")) << en.out.toStdString();
    EXPECT_TRUE(en.out.contains("This is part of an output: it has no Device State"));
    EXPECT_TRUE(en.out.contains("Steps left open by what is missing: 1, 2, 3, 4, 5."))
        << en.out.toStdString();
    const ProcessRun da = runJoinDoctor({QStringLiteral("--analyze"), QStringLiteral("-"),
                                         QStringLiteral("--lang"), QStringLiteral("da")},
                                        fragment);
    EXPECT_EQ(da.exitCode, 1);
    EXPECT_TRUE(
        QString::fromUtf8(da.out).contains(QStringLiteral("Dette er kun en del af et output")))
        << da.out.toStdString();
}

TEST(Cli, DemoInDanish)
{
    const ProcessRun r =
        runJoinDoctor({QStringLiteral("--analyze"), QStringLiteral("--demo"),
                       QStringLiteral("vpn-user"), QStringLiteral("--lang"), QStringLiteral("da")});
    EXPECT_EQ(r.exitCode, 1);
    const QString text = QString::fromUtf8(r.out);
    EXPECT_TRUE(text.contains(QStringLiteral("S3-NO-DC")));
    EXPECT_TRUE(text.contains(QStringLiteral("domænecontroller")))
        << r.out.left(2000).toStdString();
}

TEST(Cli, HtmlFormat)
{
    const ProcessRun r = runJoinDoctor({QStringLiteral("--analyze"), QStringLiteral("--demo"),
                                        QStringLiteral("healthy"), QStringLiteral("--format"),
                                        QStringLiteral("html")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith("<!DOCTYPE html>"));
}

TEST(Cli, ListDemosNameFirst)
{
    const ProcessRun r = runJoinDoctor({QStringLiteral("--list-demos")});
    EXPECT_EQ(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    EXPECT_EQ(lines.size(), 7);
    QStringList names;
    for (const QByteArray &line : lines) {
        names << QString::fromUtf8(line.split(' ').first());
    }
    for (const QString &name : names) {
        const ProcessRun demo =
            runJoinDoctor({QStringLiteral("--analyze"), QStringLiteral("--demo"), name});
        EXPECT_TRUE(demo.exitCode == 0 || demo.exitCode == 1) << name.toStdString();
    }
}

TEST(Cli, ListCodesBothLanguagesAndJson)
{
    const ProcessRun text = runJoinDoctor(
        {QStringLiteral("--list-codes"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("S2-WINHTTP-PROXY-MISSING"));
    EXPECT_TRUE(text.out.contains("0x801c001d (-2145648611)"));
    const ProcessRun da = runJoinDoctor(
        {QStringLiteral("--list-codes"), QStringLiteral("--lang"), QStringLiteral("da")});
    EXPECT_NE(da.out, text.out);
    const ProcessRun js = runJoinDoctor(
        {QStringLiteral("--list-codes"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject o = json(js);
    EXPECT_GE(o.value(QStringLiteral("errorCodes")).toArray().size(), 60);
    EXPECT_GE(o.value(QStringLiteral("resultCodes")).toArray().size(), 40);
}

TEST(Cli, HelpAndVersion)
{
    // Every spelling an admin tries, Windows' "/?" included; the same text, on stdout, exit 0.
    const ProcessRun help = runJoinDoctor({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--analyze"));
    EXPECT_TRUE(help.out.contains("--theme"));
    EXPECT_TRUE(help.out.contains("Exit codes: 0 nothing wrong found")) << help.out.toStdString();
    EXPECT_TRUE(help.err.isEmpty());
    for (const char *spelling : {"-h", "-?", "/?"}) {
        const ProcessRun other = runJoinDoctor({QString::fromLatin1(spelling)});
        EXPECT_EQ(other.exitCode, 0) << spelling;
        EXPECT_EQ(other.out, help.out) << spelling;
    }
    const ProcessRun danish =
        runJoinDoctor({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("da")});
    EXPECT_TRUE(danish.out.contains("Afslutningskoder: 0")) << danish.out.toStdString();
    for (const char *spelling : {"--version", "-v"}) {
        const ProcessRun version = runJoinDoctor({QString::fromLatin1(spelling)});
        EXPECT_EQ(version.exitCode, 0);
        EXPECT_EQ(version.out, QByteArray("JoinDoctor " JOINDOCTOR_VERSION_STRING "\n"));
    }
}

TEST(Cli, UnknownThemeIsAUsageError)
{
    const ProcessRun run = runJoinDoctor({QStringLiteral("--demo"), QStringLiteral("healthy"),
                                          QStringLiteral("--theme"), QStringLiteral("neon")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains("Unknown theme \"neon\"")) << run.err.toStdString();
}

struct BadInput
{
    const char *name;
    QByteArray bytes;
};

// Test names and failure messages show the case name, not its bytes.
void PrintTo(const BadInput &value, std::ostream *os)
{
    *os << value.name;
}

class CliBadInput : public ::testing::TestWithParam<BadInput>
{
};

TEST_P(CliBadInput, ExitsTwoWithOneLine)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(GetParam().bytes);
    f.close();
    const ProcessRun r = runJoinDoctor({QStringLiteral("--analyze"), path});
    EXPECT_EQ(r.exitCode, 2) << GetParam().name;
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith("joindoctor: "));
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, CliBadInput,
    ::testing::Values(BadInput{"empty", QByteArray()},
                      BadInput{"whitespace", QByteArray("\r\n  \n")},
                      BadInput{"binary", QByteArray("\x7f"
                                                    "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                                    16)
                                             .repeated(300)},
                      BadInput{
                          "notDsregcmd",
                          QByteArray("Windows IP Configuration\r\n\r\n   Host Name . . : PC1\r\n")},
                      BadInput{"truncatedUtf16", QByteArray("\xFF\xFE"
                                                            "A\0z\0u\0r\0e\0",
                                                            11)},
                      BadInput{"overCap", QByteArray(5 * 1024 * 1024, 'a')}),
    [](const ::testing::TestParamInfo<BadInput> &info) { return std::string(info.param.name); });

TEST(Cli, WizardWithoutADisplaySaysSoAndExitsTwo)
{
#if defined(Q_OS_WIN)
    GTEST_SKIP() << "Windows always has a display";
#endif
    for (const QStringList &args :
         {QStringList{}, QStringList{QStringLiteral("--demo"), QStringLiteral("healthy")}}) {
        const ProcessRun r = runJoinDoctor(args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains("--analyze")) << r.err.toStdString();
        EXPECT_EQ(r.err.count('\n'), 1);
    }
}

TEST(Cli, ScreenshotsOfEveryPage)
{
    QTemporaryDir dir;
    const ProcessRun r = runJoinDoctor({QStringLiteral("--screenshots"), dir.path(),
                                        QStringLiteral("--demo"), QStringLiteral("not-synced"),
                                        QStringLiteral("--lang"), QStringLiteral("da")},
                                       {}, true, true);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList expected = {
        QStringLiteral("01-welcome.png"), QStringLiteral("02-step1.png"),
        QStringLiteral("03-step2.png"),   QStringLiteral("04-step3.png"),
        QStringLiteral("05-step4.png"),   QStringLiteral("06-step5.png"),
        QStringLiteral("07-step6.png"),   QStringLiteral("08-summary.png")};
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name),
              expected);
}

TEST(Cli, ExitAfterFirstPaint)
{
    // The start-up benchmark's switch: the wizard opens, paints its first page and exits 0.
    const ProcessRun r = runJoinDoctor({QStringLiteral("--demo"), QStringLiteral("healthy"),
                                        QStringLiteral("--exit-after-first-paint")},
                                       {}, true, true);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(Cli, WithoutTheUiModuleAnalysisStillWorksAndTheWizardSaysWhy)
{
    // A copy of the executable alone, as after a broken installation.
    QTemporaryDir dir;
#if defined(Q_OS_WIN)
    const QString lonely = dir.filePath(QStringLiteral("joindoctor-cli.exe"));
#else
    const QString lonely = dir.filePath(QStringLiteral("joindoctor"));
#endif
    ASSERT_TRUE(QFile::copy(QStringLiteral(JD_EXECUTABLE), lonely));
    const auto run = [&lonely](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), QFileInfo(lonely).path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), QFileInfo(lonely).path());
        p.setProcessEnvironment(env);
        p.start(lonely, args);
        EXPECT_TRUE(p.waitForFinished(30000));
        return ProcessRun{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    };
    const ProcessRun analysis =
        run({QStringLiteral("--analyze"), QStringLiteral("--demo"), QStringLiteral("healthy"),
             QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(analysis.exitCode, 0) << analysis.err.toStdString();
    EXPECT_TRUE(analysis.out.contains("\"verdict\"")) << analysis.out.left(200).toStdString();
    const ProcessRun wizard = run({QStringLiteral("--demo"), QStringLiteral("healthy"),
                                   QStringLiteral("--exit-after-first-paint")});
    EXPECT_EQ(wizard.exitCode, 2);
    EXPECT_EQ(wizard.err.count('\n'), 1) << wizard.err.toStdString();
    EXPECT_TRUE(wizard.err.contains("could not be loaded")) << wizard.err.toStdString();
}

TEST(Cli, EndlessStdinIsRefused)
{
    // More than the cap arrives on stdin and the writer never closes it.
    const ProcessRun r = runJoinDoctor({QStringLiteral("--analyze"), QStringLiteral("-")},
                                       QByteArray(5 * 1024 * 1024, 'x'), false);
    EXPECT_EQ(r.exitCode, 2);
}

TEST(Cli, UsageErrorsExitTwo)
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("--bogus")}, QStringList{QStringLiteral("--analyze")},
          QStringList{QStringLiteral("--analyze"), QStringLiteral("a"), QStringLiteral("--demo"),
                      QStringLiteral("healthy")},
          QStringList{QStringLiteral("--analyze"), QStringLiteral("--demo"),
                      QStringLiteral("nope")},
          QStringList{QStringLiteral("--analyze"), QStringLiteral("/nonexistent/file.txt")},
          QStringList{QStringLiteral("--list-demos"), QStringLiteral("--lang"),
                      QStringLiteral("de")},
          QStringList{QStringLiteral("--list-codes"), QStringLiteral("--format"),
                      QStringLiteral("xml")},
          QStringList{QStringLiteral("--list-codes"), QStringLiteral("--list-demos")}}) {
        const ProcessRun r = runJoinDoctor(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    }
}

TEST(Cli, CollectNeedsWindowsAndSaysSo)
{
#if defined(Q_OS_WIN)
    GTEST_SKIP() << "--collect is what Windows does (the simulated device runs it)";
#endif
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("c.jdcapture"));
    const ProcessRun run = runJoinDoctor({QStringLiteral("--collect"), file});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("Windows")) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST(Cli, CaptureBundleIsAnalysedLikeItsDsregcmdOutput)
{
    using namespace jd;
    // A bundle as --collect writes it, holding the vpn-user demo's output.
    QFile demo(QStringLiteral(JD_SOURCE_DIR "/resources/demos/vpn-user.txt"));
    ASSERT_TRUE(demo.open(QIODevice::ReadOnly));
    CaptureBundle bundle;
    bundle.joinDoctorVersion = QStringLiteral("0.1.0");
    bundle.createdAt = QDateTime::currentDateTimeUtc();
    bundle.set(
        {QLatin1String(capture_item::kDsregcmd), true, QString(), QString(), demo.readAll()});
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("vpn.jdcapture"));
    QString error;
    ASSERT_TRUE(writeCaptureFile(bundle, file, &error)) << error.toStdString();
    EXPECT_FALSE(writeCaptureFile(bundle, file, &error)); // never over an existing file

    const ProcessRun fromBundle = runJoinDoctor(
        {QStringLiteral("--analyze"), file, QStringLiteral("--format"), QStringLiteral("json")});
    const ProcessRun fromText = runJoinDoctor({QStringLiteral("--analyze"), demo.fileName(),
                                               QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(fromBundle.exitCode, fromText.exitCode);
    EXPECT_EQ(json(fromBundle).value(u"steps"), json(fromText).value(u"steps"));
}

TEST(Cli, HugeFilesAreRefusedWithoutReadingThem)
{
    QTemporaryDir dir;
    for (const auto &[name, size] :
         {std::pair<const char *, qint64>{"huge.txt", 200LL << 20},
          std::pair<const char *, qint64>{"huge.jdcapture", 40LL << 20}}) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(size)); // sparse: nothing is written
        f.close();
        const ProcessRun run = runJoinDoctor({QStringLiteral("--analyze"), path});
        EXPECT_EQ(run.exitCode, 2) << name;
        EXPECT_TRUE(run.err.contains("MiB")) << run.err.toStdString();
    }
    // The probes' own input files: a CA bundle and a password file.
    const QString huge = dir.filePath(QStringLiteral("huge.txt"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("--probe-connectivity"), QStringLiteral("--ca-file"), huge},
          QStringList{QStringLiteral("--probe-directory"), QStringLiteral("--ldap-url"),
                      QStringLiteral("ldap://127.0.0.1:9"), QStringLiteral("--bind-dn"),
                      QStringLiteral("cn=x"), QStringLiteral("--password-file"), huge}}) {
        const ProcessRun run = runJoinDoctor(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains("huge.txt")) << run.err.toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    }
}
