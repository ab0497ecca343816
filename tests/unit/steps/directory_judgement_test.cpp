// Steps 1 and 3 with directory and registry facts next to dsregcmd's: which source decides, the
// capture folder that brings a registry export, and client-side vs AD SCP.
#include "dsreg_text_builder.h"
#include "facts/fact_source.h"
#include "facts/facts_builder.h"
#include "input/dsreg_parser.h"
#include "qt_printers.h"
#include "report/analysis.h"
#include "steps/step1_tenant_discovery.h"
#include "steps/step3_computer_certificate.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace jd;
using jd::test::DsregTextBuilder;

namespace {

Facts factsFrom(const QString &text)
{
    ParseOutcome parsed = parseDsregStatus(text);
    EXPECT_FALSE(parsed.problem);
    return buildFacts(std::move(parsed.document), QStringLiteral("test"));
}

Facts notJoined()
{
    return factsFrom(DsregTextBuilder::domainJoinedNotRegistered().text());
}

DirectoryFacts healthyDirectory()
{
    DirectoryFacts d;
    d.url = QStringLiteral("ldap://dc1:389");
    d.readout.configurationDn = "CN=Configuration,DC=corp,DC=example";
    d.readout.scp.searched = true;
    d.readout.scp.found = true;
    d.readout.scp.hasAzureAdName = true;
    d.readout.scp.hasAzureAdId = true;
    d.readout.scp.azureAdName = "corp.example";
    d.readout.scp.azureAdId = "11111111-2222-3333-4444-555555555555";
    d.readout.scp.azureAdIdIsGuid = true;
    d.readout.computer.searched = true;
    d.readout.computer.found = true;
    d.readout.computer.objectGuid = "2b4ad0a8-41e6-4f3b-9b1c-5d0c7a3e9f01";
    directory::CertificateReadout cert;
    cert.summary.parsed = true;
    cert.matchesObjectGuid = true;
    d.readout.computer.certificates.push_back(cert);
    return d;
}

ClientScpFacts clientScp(const char *id, const char *name)
{
    ClientScpFacts scp;
    scp.read = true;
    scp.present = true;
    scp.tenantId = QLatin1String(id);
    scp.tenantName = QLatin1String(name);
    return scp;
}

QString step1(const Facts &f)
{
    return TenantDiscoveryCheck().run(f, CancelToken()).code;
}
QString step3(const Facts &f)
{
    return ComputerCertificateCheck().run(f, CancelToken()).code;
}

} // namespace

TEST(DirectoryJudgement, DirectoryDecidesWhenDsregcmdCannot)
{
    Facts f = notJoined();
    EXPECT_EQ(step3(f), u"S3-NOT-TESTED");
    f.directory = healthyDirectory();
    EXPECT_EQ(step1(f), u"S1-AD-SCP-OK");
    EXPECT_EQ(step3(f), u"S3-CERT-OK");
    f.directory->readout.computer.certificates.clear();
    EXPECT_EQ(step3(f), u"S3-CERT-MISSING");
}

TEST(DirectoryJudgement, HybridJoinedStaysOkWithDirectoryEvidence)
{
    Facts f = factsFrom(DsregTextBuilder::hybridJoined().text());
    f.directory = healthyDirectory();
    f.directory->readout.computer.certificates.clear();
    const CheckResult r = ComputerCertificateCheck().run(f, CancelToken());
    EXPECT_EQ(r.code, u"S3-OK");
    bool shown = false;
    for (const Evidence &e : r.evidence) {
        shown = shown || e.field == u"userCertificate";
    }
    EXPECT_TRUE(shown);
}

TEST(DirectoryJudgement, DisabledTaskIsStillTheFirstCause)
{
    Facts f = factsFrom(DsregTextBuilder::domainJoinedNotRegistered()
                            .blank()
                            .field(QStringLiteral("Client ErrorCode"), QStringLiteral("0x80041326"))
                            .text());
    f.directory = healthyDirectory();
    f.directory->readout.computer.certificates.clear();
    EXPECT_EQ(step3(f), u"S3-TASK-DISABLED");
}

TEST(DirectoryJudgement, UnreachableDirectoryWithoutDnsRecords)
{
    Facts f = notJoined();
    DirectoryFacts d;
    d.discovery.attempted = true;
    d.discovery.domain = QStringLiteral("corp.example");
    d.discovery.error = QStringLiteral("Non existent domain");
    f.directory = d;
    EXPECT_EQ(step3(f), u"S3-DC-NOT-IN-DNS");
    EXPECT_EQ(step1(f), u"S1-SCP-NO-DC");
}

TEST(DirectoryJudgement, ClientSideScpWinsAndConflictsAreFindings)
{
    Facts f = notJoined();
    f.clientScp = clientScp("11111111-2222-3333-4444-555555555555", "corp.example");
    EXPECT_EQ(step1(f), u"S1-CLIENT-SCP-OK");
    f.directory = healthyDirectory();
    EXPECT_EQ(step1(f), u"S1-CLIENT-SCP-OK"); // the same tenant in both
    f.clientScp = clientScp("{AAAAAAAA-2222-3333-4444-555555555555}", "corp.example");
    const CheckResult conflict = TenantDiscoveryCheck().run(f, CancelToken());
    EXPECT_EQ(conflict.code, u"S1-SCP-CONFLICT");
    EXPECT_EQ(conflict.status, StepStatus::Warning);
    EXPECT_EQ(conflict.details.size(), 2);
    f.clientScp = clientScp("not-a-guid", "corp.example");
    EXPECT_EQ(step1(f), u"S1-CLIENT-SCP-BAD");
    f.clientScp = clientScp("11111111-2222-3333-4444-555555555555", " ");
    EXPECT_EQ(step1(f), u"S1-CLIENT-SCP-BAD");
}

TEST(DirectoryJudgement, TenantNameAndIdThatDoNotMatch)
{
    Facts f = notJoined();
    f.directory = healthyDirectory();
    f.tenantCheck.attempted = true;
    f.tenantCheck.url =
        QStringLiteral("https://login.example/corp.example/.well-known/openid-configuration");
    f.tenantCheck.tenantId = QStringLiteral("99999999-2222-3333-4444-555555555555");
    EXPECT_EQ(step1(f), u"S1-SCP-TENANT-MISMATCH");
    f.tenantCheck.tenantId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    EXPECT_EQ(step1(f), u"S1-AD-SCP-OK");
}

TEST(CaptureFolder, DsregcmdAndRegistryExportTogether)
{
    QTemporaryDir dir;
    QFile status(dir.filePath(QStringLiteral("dsregcmd-status.txt")));
    ASSERT_TRUE(status.open(QIODevice::WriteOnly));
    status.write(DsregTextBuilder::domainJoinedNotRegistered().text().toUtf8());
    status.close();
    QFile reg(dir.filePath(QStringLiteral("cdj.reg")));
    ASSERT_TRUE(reg.open(QIODevice::WriteOnly));
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    reg.write(utf16.encode(QStringLiteral(
        "Windows Registry Editor Version 5.00\r\n\r\n"
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD]\r\n"
        "\"TenantId\"=\"11111111-2222-3333-4444-555555555555\"\r\n"
        "\"TenantName\"=\"corp.example\"\r\n")));
    reg.close();
    QFile junk(dir.filePath(QStringLiteral("notes.bin")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(100, '\0'));
    junk.close();

    const LoadedFacts loaded = loadFacts(FactSource::capture(dir.path()), CancelToken());
    ASSERT_TRUE(loaded.facts) << loaded.problem.message.source;
    EXPECT_TRUE(loaded.facts->clientScp.present);
    EXPECT_EQ(loaded.facts->sourceName, QStringLiteral("capture: ") + QDir(dir.path()).dirName() +
                                            QStringLiteral("/dsregcmd-status.txt"));
    EXPECT_EQ(step1(*loaded.facts), u"S1-CLIENT-SCP-OK");
}

TEST(CaptureFolder, WithoutDsregcmdOutputIsRefused)
{
    QTemporaryDir dir;
    const LoadedFacts loaded = loadFacts(FactSource::capture(dir.path()), CancelToken());
    EXPECT_FALSE(loaded.facts);
    EXPECT_EQ(loaded.problem.kind, InputProblemKind::NotDsregcmd);
}

TEST(CaptureFolder, ARegistryExportAloneIsExplained)
{
    const LoadedFacts loaded = parseFacts(
        QByteArrayLiteral("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\X]\r\n"),
        QStringLiteral("x.reg"));
    EXPECT_FALSE(loaded.facts);
    EXPECT_EQ(loaded.problem.kind, InputProblemKind::NotDsregcmd);
    EXPECT_TRUE(QByteArray(loaded.problem.message.source).contains("registry export"));
}
