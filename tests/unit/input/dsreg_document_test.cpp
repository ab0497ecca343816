// DsregDocument::find and findAll: the parser's key index gives what a scan of the sections in
// order gives (preferred sections, device-level before "Work Account N", input order).
#include "input/dsreg_document.h"
#include "input/dsreg_parser.h"
#include "qt_printers.h"

#include <gtest/gtest.h>

using namespace jd;

namespace {

// Keys in several sections, a work account before the device's own section, a title twice.
const char *const kText =
    "+----------------------------------------------------------------------+\n"
    "| Work Account 1                                                       |\n"
    "+----------------------------------------------------------------------+\n"
    "             TenantId : work-tenant\n"
    "    WorkplaceTenantId : work-only\n"
    "+----------------------------------------------------------------------+\n"
    "| Device State                                                         |\n"
    "+----------------------------------------------------------------------+\n"
    "        AzureAdJoined : YES\n"
    "         DomainJoined : YES\n"
    "+----------------------------------------------------------------------+\n"
    "| Tenant Details                                                       |\n"
    "+----------------------------------------------------------------------+\n"
    "             TenantId : device-tenant\n"
    "           TenantName : Contoso\n"
    "+----------------------------------------------------------------------+\n"
    "| SSO State                                                            |\n"
    "+----------------------------------------------------------------------+\n"
    "           AzureAdPrt : NO\n"
    "+----------------------------------------------------------------------+\n"
    "| Diagnostic Data                                                      |\n"
    "+----------------------------------------------------------------------+\n"
    "          Client Time : 2024-05-01 10:15:00.000 UTC\n"
    "+----------------------------------------------------------------------+\n"
    "| SSO State                                                            |\n"
    "+----------------------------------------------------------------------+\n"
    "          Client Time : 2024-05-02 10:15:00.000 UTC\n"
    "           AzureAdPrt : YES\n"
    "       Unknown Thing : one\n"
    "       Unknown Thing : two\n";

int lineOf(const DsregField *field)
{
    return field ? field->line : 0;
}

} // namespace

TEST(DsregDocument, FindPrefersDeviceSectionsThenWorkAccounts)
{
    const ParseOutcome out = parseDsregStatus(QString::fromLatin1(kText));
    const DsregDocument &doc = out.document;
    EXPECT_EQ(doc.find(QLatin1StringView("TenantId"))->value, QStringLiteral("device-tenant"));
    EXPECT_EQ(doc.find(QStringLiteral("tenant_id"))->value, QStringLiteral("device-tenant"));
    EXPECT_EQ(doc.find(QLatin1StringView("TenantId"), {"Work Account 1"})->value,
              QStringLiteral("work-tenant"));
    EXPECT_EQ(doc.find(QLatin1StringView("WorkplaceTenantId"))->value, QStringLiteral("work-only"));
    // A preferred title that is there twice: only its first section is preferred.
    EXPECT_EQ(doc.find(QLatin1StringView("AzureAdPrt"), {"SSO State"})->value,
              QStringLiteral("NO"));
    EXPECT_EQ(doc.find(QLatin1StringView("Client Time"), {"SSO State"})->value,
              QStringLiteral("2024-05-01 10:15:00.000 UTC"));
    EXPECT_EQ(doc.find(QLatin1StringView("NotThere")), nullptr);
    EXPECT_EQ(doc.find(QLatin1StringView("NotThere"), {"Device State"}), nullptr);
    const QList<const DsregField *> both = doc.findAll(QStringLiteral("Unknown Thing"));
    ASSERT_EQ(both.size(), 2);
    EXPECT_EQ(both.at(0)->value, QStringLiteral("one"));
    EXPECT_EQ(both.at(1)->value, QStringLiteral("two"));
}

TEST(DsregDocument, IndexedFindEqualsAScanOfTheSections)
{
    const ParseOutcome out = parseDsregStatus(QString::fromLatin1(kText));
    DsregDocument scanned; // no index: find() scans the sections
    scanned.sections = out.document.sections;
    QStringList keys{QStringLiteral("NotThere"), QStringLiteral("")};
    for (const DsregField *f : out.document.allFields()) {
        keys << f->name;
    }
    for (const QString &key : std::as_const(keys)) {
        EXPECT_EQ(lineOf(out.document.find(key)), lineOf(scanned.find(key))) << key.toStdString();
        for (const char *title : {"SSO State", "Work Account 1", "Tenant Details", "Nowhere"}) {
            EXPECT_EQ(lineOf(out.document.find(key, {title})), lineOf(scanned.find(key, {title})))
                << key.toStdString() << " in " << title;
        }
        EXPECT_EQ(lineOf(out.document.find(key, {"Nowhere", "Diagnostic Data", "SSO State"})),
                  lineOf(scanned.find(key, {"Nowhere", "Diagnostic Data", "SSO State"})))
            << key.toStdString();
        EXPECT_EQ(out.document.findAll(key).size(), scanned.findAll(key).size())
            << key.toStdString();
    }
    // The index found something: the test compares real lookups.
    EXPECT_GT(lineOf(out.document.find(QLatin1StringView("TenantName"))), 0);
}
