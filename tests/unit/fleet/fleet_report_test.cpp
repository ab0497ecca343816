// The fleet report in its four forms, in both languages: the same devices everywhere, one
// self-contained HTML file, CSV that Excel opens as it is, and no names when they are hidden.

#include "fleet/fleet_analysis.h"
#include "fleet/fleet_report.h"
#include "fleet_folder.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace jd;
using namespace jd::test;

namespace {

FleetReport demoFleet(bool redact = false)
{
    static QTemporaryDir dir;
    static const QStringList names = writeDemoFleet(dir.path());
    FleetOptions options;
    options.redact = redact;
    return analyseFleet(dir.path(), options);
}

} // namespace

TEST(FleetReport, EveryFormatCarriesTheSameDevices)
{
    const FleetReport report = demoFleet();
    ASSERT_EQ(report.rows.size(), 7);
    for (const LanguageCode code : {LanguageCode::English, LanguageCode::Danish}) {
        const Language lang(code);
        const QString text = renderFleetText(report, lang);
        const QString html = renderFleetHtml(report, lang);
        const QString csv = QString::fromUtf8(renderFleetCsv(report, lang));
        const QJsonObject json = QJsonDocument::fromJson(renderFleetJson(report, lang)).object();
        ASSERT_EQ(json.value(QStringLiteral("devices")).toArray().size(), 7);
        for (const FleetRow &row : report.rows) {
            EXPECT_TRUE(html.contains(u'>' + row.device + u'<')) << row.device.toStdString();
            EXPECT_TRUE(csv.contains(row.device));
            if (!row.code().isEmpty()) {
                EXPECT_TRUE(html.contains(row.code()));
            }
        }
        // The top code with its fix is in the terminal's summary too.
        ASSERT_FALSE(report.topCodes.isEmpty());
        EXPECT_TRUE(text.contains(report.topCodes.first().code));
        EXPECT_TRUE(text.contains(QStringLiteral("\u2192")));
        // Step 1's counts, as the chart and the text show them.
        int total = 0;
        for (const QJsonValue v : json.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject o = v.toObject();
            total = o.value(QStringLiteral("failed")).toInt() +
                    o.value(QStringLiteral("warning")).toInt() +
                    o.value(QStringLiteral("passed")).toInt() +
                    o.value(QStringLiteral("unknown")).toInt();
            EXPECT_EQ(total, 7);
        }
        EXPECT_EQ(html.count(QStringLiteral("<tr data-verdict=")), 7);
        EXPECT_TRUE(html.contains(QStringLiteral("<svg")));
    }
}

TEST(FleetReport, TheHtmlFileNeedsNothingFromOutside)
{
    const QString html = renderFleetHtml(demoFleet(), Language(LanguageCode::Danish));
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<html lang=\"da\">")));
    // No src or href leaves the file, and nothing is fetched by the script.
    static const QRegularExpression link(QStringLiteral("(?:src|href)\\s*=\\s*\"([^\"]*)\""));
    for (auto it = link.globalMatch(html); it.hasNext();) {
        EXPECT_TRUE(it.next().captured(1).startsWith(u'#'));
    }
    for (const char *fetch : {"fetch(", "XMLHttpRequest", "import(", "http://", "https://"}) {
        EXPECT_FALSE(html.contains(QString::fromLatin1(fetch))) << fetch << " in the fleet report";
    }
    EXPECT_TRUE(html.contains(QStringLiteral("Hyppigste koder")));
    EXPECT_TRUE(html.contains(QStringLiteral("id=\"filter\"")));
}

TEST(FleetReport, CsvOpensInExcelInTheUsersLanguage)
{
    FleetReport report = demoFleet();
    report.rows[0].device = QStringLiteral("=HYPERLINK(\"x\")");
    const QByteArray danish = renderFleetCsv(report, Language(LanguageCode::Danish));
    const QByteArray english = renderFleetCsv(report, Language(LanguageCode::English));
    EXPECT_TRUE(danish.startsWith("\xEF\xBB\xBF"));
    const QString daHeader = QString::fromUtf8(danish.mid(3)).section(QStringLiteral("\r\n"), 0, 0);
    const QString enHeader =
        QString::fromUtf8(english.mid(3)).section(QStringLiteral("\r\n"), 0, 0);
    EXPECT_TRUE(daHeader.startsWith(QStringLiteral("Enhed;Tilmeldingstype;")))
        << daHeader.toStdString();
    EXPECT_TRUE(enHeader.startsWith(QStringLiteral("Device,Join type,"))) << enHeader.toStdString();
    // A cell that starts like a formula stays text.
    EXPECT_TRUE(english.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    EXPECT_EQ(QString::fromUtf8(english).count(QStringLiteral("\r\n")), 1 + 7);
}

TEST(FleetReport, HiddenNamesAreInNoForm)
{
    const FleetReport open = demoFleet();
    const FleetReport hidden = demoFleet(true);
    for (const LanguageCode code : {LanguageCode::English, LanguageCode::Danish}) {
        const Language lang(code);
        const QString all = renderFleetText(hidden, lang) + renderFleetHtml(hidden, lang) +
                            QString::fromUtf8(renderFleetCsv(hidden, lang)) +
                            QString::fromUtf8(renderFleetJson(hidden, lang));
        for (const FleetRow &row : open.rows) {
            EXPECT_FALSE(all.contains(row.device)) << row.device.toStdString();
            EXPECT_FALSE(all.contains(row.source)) << row.source.toStdString();
        }
        EXPECT_FALSE(all.contains(QStringLiteral("fabrikam")));
    }
}
