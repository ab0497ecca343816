// Steps 1 and 3 on "this computer": the wizard reads a real directory (slapd and dnsmasq from the
// directory fixture) and shows what it found, or says plainly why it could not.
#include "directory_server.h"
#include "input/demo_captures.h"
#include "report/analysis.h"
#include "status_view.h"
#include "step_page.h"
#include "wizard_harness.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace jd;
using namespace jd::test;

namespace {

class WizardDirectory : public DirectoryTest
{
protected:
    static CheckRunner::DirectorySettingsProvider byDns(const QString &domain,
                                                        const QString &computer)
    {
        return [domain, computer](const Facts &) {
            DirectoryProbeSettings s;
            s.domain = domain;
            s.dnsServer = s_server->dnsServer();
            s.computerName = computer;
            s.timeout = std::chrono::milliseconds(2000);
            return std::optional<DirectoryProbeSettings>(s);
        };
    }
};

} // namespace

TEST_F(WizardDirectory, MissingCertificateIsShownOnStepThree)
{
    Harness h;
    h.directorySettings = byDns(QStringLiteral("corp.example"), QStringLiteral("PC-NOCERT"));
    h.create(LanguageCode::English, {}, QStringLiteral("not-synced"));
    ASSERT_TRUE(h.runOn(FactSource::live()));
    EXPECT_TRUE(h.wizard->runner().directoryInUse());
    EXPECT_EQ(h.wizard->stepPage(3)->statusView()->codeText(), QStringLiteral("S3-CERT-MISSING"));
    EXPECT_EQ(h.wizard->stepPage(1)->statusView()->codeText(), QStringLiteral("S1-AD-SCP-OK"));
    const QString details = h.wizard->stepPage(3)->detailsText();
    EXPECT_TRUE(details.contains(s_server->value("JD_TEST_GUID_PC_NOCERT")))
        << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("_ldap._tcp.dc._msdcs.corp.example")));
}

TEST_F(WizardDirectory, NoDomainControllerInDnsIsTheVpnCaseInDanish)
{
    Harness h;
    h.directorySettings = byDns(QStringLiteral("nodc.example"), QStringLiteral("PC-HEALTHY"));
    h.create(LanguageCode::Danish, {}, QStringLiteral("vpn-user"));
    ASSERT_TRUE(h.runOn(FactSource::live()));
    const StepPage *page = h.wizard->stepPage(3);
    EXPECT_EQ(page->statusView()->codeText(), QStringLiteral("S3-DC-NOT-IN-DNS"));
    EXPECT_TRUE(page->summaryText().contains(QStringLiteral("domænecontroller")))
        << page->summaryText().toStdString();
}

TEST_F(WizardDirectory, CapturesAndDemosDoNotReadTheDirectory)
{
    int asked = 0;
    Harness h;
    h.directorySettings = [&asked](const Facts &) {
        ++asked;
        return std::optional<DirectoryProbeSettings>();
    };
    h.create(LanguageCode::English);
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("vpn-user"))));
    EXPECT_EQ(asked, 0);
    EXPECT_FALSE(h.wizard->runner().directoryInUse());
    EXPECT_TRUE(h.wizard->stepPage(3)->detailsText().contains(
        QStringLiteral("Active Directory itself was not read here")));
}

TEST_F(WizardDirectory, CancelWhileTheDirectoryIsSlow)
{
    Harness h;
    h.directorySettings = [](const Facts &) {
        DirectoryProbeSettings s;
        s.ldapUrl = s_server->value("JD_TEST_LDAP_SLOW_URL");
        s.computerName = QStringLiteral("PC-HEALTHY");
        s.timeout = std::chrono::seconds(30);
        return std::optional<DirectoryProbeSettings>(s);
    };
    h.create(LanguageCode::English, {}, QStringLiteral("not-synced"));
    h.wizard->setSource(FactSource::live());
    h.wizard->next();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return h.wizard->runner().directoryInUse(); }, 5000));
    QElapsedTimer clock;
    clock.start();
    h.wizard->back(); // cancels the run
    EXPECT_FALSE(h.wizard->runner().isRunning());
    h.wizard->runner().join(); // the directory read stops at its next poll, not at the time-out
    EXPECT_LT(clock.elapsed(), 5000);
}

TEST(WizardCaptureFolder, FolderButtonOpensACaptureWithARegistryExport)
{
    Harness h;
    QDir(h.dir.path()).mkdir(QStringLiteral("capture"));
    const QString folder = h.dir.filePath(QStringLiteral("capture"));
    QFile status(folder + QStringLiteral("/status.txt"));
    ASSERT_TRUE(status.open(QIODevice::WriteOnly));
    status.write(*demoCaptureBytes(QStringLiteral("scp-missing")));
    status.close();
    QFile reg(folder + QStringLiteral("/cdj.reg"));
    ASSERT_TRUE(reg.open(QIODevice::WriteOnly));
    reg.write("Windows Registry Editor Version 5.00\r\n\r\n"
              "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD]\r\n"
              "\"TenantId\"=\"not-a-tenant-id\"\r\n\"TenantName\"=\"corp.example\"\r\n");
    reg.close();
    h.saveAs = folder; // what the folder dialog answers
    h.create(LanguageCode::English);
    QPushButton *button = nullptr;
    for (QPushButton *b : h.wizard->findChildren<QPushButton *>()) {
        if (b->text() == u"F&older...") {
            button = b;
        }
    }
    ASSERT_NE(button, nullptr);
    QRadioButton *fileChoice = nullptr;
    for (QRadioButton *r : h.wizard->findChildren<QRadioButton *>()) {
        if (r->text().contains(QStringLiteral("capture &file"))) {
            fileChoice = r;
        }
    }
    ASSERT_NE(fileChoice, nullptr);
    fileChoice->setChecked(true);
    button->click();
    QSignalSpy finished(&h.wizard->runner(), &CheckRunner::runFinished);
    h.wizard->next();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(h.wizard->stepPage(1)->statusView()->codeText(), QStringLiteral("S1-CLIENT-SCP-BAD"));
    EXPECT_TRUE(h.wizard->stepPage(1)->detailsText().contains(QStringLiteral("not-a-tenant-id")));
}

TEST_F(WizardDirectory, SavedCaptureKeepsTheDirectoryReadAndJudgesTheSame)
{
    Harness h;
    h.directorySettings = byDns(QStringLiteral("corp.example"), QStringLiteral("PC-NOCERT"));
    h.create(LanguageCode::English, {}, QStringLiteral("not-synced"));
    ASSERT_TRUE(h.runOn(FactSource::live()));
    QStringList live;
    for (int step = 1; step <= 6; ++step) {
        live << h.wizard->runner().result(step)->code;
    }
    const QString plain = h.dir.filePath(QStringLiteral("plain.jdcapture"));
    const QString hidden = h.dir.filePath(QStringLiteral("hidden.jdcapture"));
    QString error;
    ASSERT_TRUE(h.wizard->saveCaptureTo(plain, false, &error)) << error.toStdString();
    ASSERT_TRUE(h.wizard->saveCaptureTo(hidden, true, &error)) << error.toStdString();
    EXPECT_FALSE(h.wizard->saveCaptureTo(plain, false, &error)); // never over a file

    for (const QString &file : {plain, hidden}) {
        const LoadedFacts loaded = loadFacts(FactSource::capture(file), CancelToken());
        ASSERT_TRUE(loaded.facts) << loaded.problem.message.source;
        ASSERT_TRUE(loaded.facts->directory.has_value());
        const Analysis again = analyseFacts(*loaded.facts);
        QStringList codes;
        for (const CheckResult &r : again.steps) {
            codes << r.code;
        }
        EXPECT_EQ(codes, live) << file.toStdString();
    }
    QFile f(hidden);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray written = f.readAll();
    for (const char *id : {"PC-NOCERT", "corp.example", "fabrikam", "PC-KBH-0142",
                           "7c1f3e52-08d4-4a6e-b2f9-1e3d5c7a9b02"}) {
        EXPECT_FALSE(written.toLower().contains(QByteArray(id).toLower())) << id;
    }
}
