#include "dsreg_text_builder.h"
#include "input/dsreg_parser.h"
#include "qt_printers.h"

#include <gtest/gtest.h>
#include <QRegularExpression>

using namespace jd;
using jd::test::DsregTextBuilder;

namespace {

QString standardText()
{
    return DsregTextBuilder::domainJoinedNotRegistered()
        .field(QStringLiteral("AD Connectivity Test"), QStringLiteral("PASS"))
        .field(QStringLiteral("DRS Discovery Test"), QStringLiteral("FAIL [0x801c0021/0x80072ee2]"))
        .section(QStringLiteral("User State"))
        .field(QStringLiteral("WamDefaultSet"), QStringLiteral("ERROR (0xd0020017)"))
        .section(QStringLiteral("Tenant Details"))
        .field(QStringLiteral("TenantName"), QStringLiteral("K\u00e6rg\u00e5rd \u00d8lsted A/S"))
        .field(QStringLiteral("AuthCodeUrl"),
               QStringLiteral("https://login.microsoftonline.com/x/oauth2/authorize"))
        .field(QStringLiteral("SomeFutureField"), QStringLiteral("value: with colon"))
        .text();
}

struct Quirk
{
    const char *name;
    QString (*transform)(const QString &);
};

// Test names and failure messages show the case name, not its bytes.
void PrintTo(const Quirk &value, std::ostream *os)
{
    *os << value.name;
}

QString identity(const QString &t)
{
    return t;
}
QString crlf(const QString &t)
{
    return QString(t).replace(u'\n', QStringLiteral("\r\n"));
}
QString oldMac(const QString &t)
{
    return QString(t).replace(u'\n', u'\r');
}
QString leftAligned(const QString &t)
{
    QStringList lines = t.split(u'\n');
    for (QString &l : lines) {
        l = l.trimmed();
    }
    return lines.join(u'\n');
}
QString tabIndented(const QString &t)
{
    QStringList lines = t.split(u'\n');
    for (QString &l : lines) {
        l = QStringLiteral("\t\t") + l.trimmed();
    }
    return lines.join(u'\n');
}
QString mailQuoted(const QString &t)
{
    QStringList lines = t.split(u'\n');
    for (QString &l : lines) {
        l = QStringLiteral("> ") + l;
    }
    return lines.join(u'\n');
}
QString withChatter(const QString &t)
{
    return QStringLiteral("Microsoft Windows [Version 10.0.19045.3803]\n(c) Microsoft Corporation. "
                          "All rights reserved.\n\nC:\\Users\\bob>dsregcmd /status\n\n") +
           t + QStringLiteral("\nC:\\Users\\bob>\nPS C:\\> exit\n");
}
QString noBoxes(const QString &t)
{
    // Some pastes lose the box lines but keep the titles.
    static const QRegularExpression border(QStringLiteral("^\\+-+\\+$"),
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression title(QStringLiteral("^\\| (.*?)\\s*\\|$"),
                                          QRegularExpression::MultilineOption);
    return QString(t).remove(border).replace(title, QStringLiteral("\\1"));
}
QString trailingSpaces(const QString &t)
{
    QStringList lines = t.split(u'\n');
    for (QString &l : lines) {
        l += QStringLiteral("   ");
    }
    return lines.join(u'\n');
}

QString eachLine(const QString &t, const QString &prefix)
{
    QStringList lines = t.split(u'\n');
    for (QString &l : lines) {
        l = prefix + l;
    }
    return lines.join(u'\n');
}
QString hashComments(const QString &t)
{
    return eachLine(t, QStringLiteral("# "));
}
QString slashComments(const QString &t)
{
    return eachLine(t, QStringLiteral("// "));
}
QString remComments(const QString &t)
{
    return eachLine(t, QStringLiteral("REM "));
}
QString batchLabelComments(const QString &t)
{
    return eachLine(t, QStringLiteral(":: "));
}
// A forum post's source: escaped characters, lines run together with <br/>.
QString htmlBreaks(const QString &t)
{
    QString escaped = t.toHtmlEscaped();
    escaped.replace(u'\n', QStringLiteral("<br/>"));
    return QStringLiteral("<p>Here is the output:</p><pre>") + escaped + QStringLiteral("</pre>");
}
QString markdownFenced(const QString &t)
{
    return QStringLiteral("Output below\n\n```text\n") + t + QStringLiteral("\n```\n");
}
QString blankLineAfterEach(const QString &t)
{
    return QString(t).replace(u'\n', QStringLiteral("\n\n"));
}

class ParserQuirks : public ::testing::TestWithParam<Quirk>
{
};

} // namespace

TEST_P(ParserQuirks, KeepsEveryFieldAndValue)
{
    const ParseOutcome out = parseDsregStatus(GetParam().transform(standardText()));
    ASSERT_FALSE(out.problem) << GetParam().name;
    const DsregDocument &doc = out.document;
    ASSERT_NE(doc.find(QStringLiteral("AzureAdJoined")), nullptr);
    EXPECT_EQ(doc.find(QStringLiteral("AzureAdJoined"))->value, QStringLiteral("NO"));
    EXPECT_EQ(doc.find(QStringLiteral("DomainJoined"))->section, QStringLiteral("Device State"));
    EXPECT_EQ(doc.find(QStringLiteral("DRS Discovery Test"))->value,
              QStringLiteral("FAIL [0x801c0021/0x80072ee2]"));
    EXPECT_EQ(doc.find(QStringLiteral("WamDefaultSet"))->value,
              QStringLiteral("ERROR (0xd0020017)"));
    EXPECT_EQ(doc.find(QStringLiteral("TenantName"))->value,
              QStringLiteral("K\u00e6rg\u00e5rd \u00d8lsted A/S"));
    EXPECT_EQ(doc.find(QStringLiteral("AuthCodeUrl"))->value,
              QStringLiteral("https://login.microsoftonline.com/x/oauth2/authorize"));
    const DsregField *unknown = doc.find(QStringLiteral("SomeFutureField"));
    ASSERT_NE(unknown, nullptr);
    EXPECT_FALSE(unknown->known);
    EXPECT_EQ(unknown->value, QStringLiteral("value: with colon"));
    EXPECT_EQ(doc.find(QStringLiteral("Client Time"))->value,
              QStringLiteral("2026-11-25 08:00:00.000 UTC"));
    EXPECT_NE(doc.section(QStringLiteral("SSO State")), nullptr);
    EXPECT_NE(doc.section(QStringLiteral("Diagnostic Data")), nullptr);
}

INSTANTIATE_TEST_SUITE_P(
    RealPastes, ParserQuirks,
    ::testing::Values(Quirk{"identity", identity}, Quirk{"crlf", crlf}, Quirk{"cr", oldMac},
                      Quirk{"leftAligned", leftAligned}, Quirk{"tabs", tabIndented},
                      Quirk{"mailQuoted", mailQuoted}, Quirk{"chatter", withChatter},
                      Quirk{"noBoxes", noBoxes}, Quirk{"trailingSpaces", trailingSpaces},
                      Quirk{"hashComments", hashComments}, Quirk{"slashComments", slashComments},
                      Quirk{"remComments", remComments},
                      Quirk{"batchLabelComments", batchLabelComments},
                      Quirk{"htmlBreaks", htmlBreaks}, Quirk{"markdownFenced", markdownFenced},
                      Quirk{"blankLineAfterEach", blankLineAfterEach}),
    [](const ::testing::TestParamInfo<Quirk> &info) { return std::string(info.param.name); });

TEST(DsregParser, FieldLineNumbersPointAtTheInput)
{
    const ParseOutcome out =
        parseDsregStatus(QStringLiteral("junk\n\n   AzureAdJoined : YES\n    DomainJoined : NO\n"));
    ASSERT_FALSE(out.problem);
    EXPECT_EQ(out.document.find(QStringLiteral("AzureAdJoined"))->line, 3);
    EXPECT_EQ(out.document.find(QStringLiteral("DomainJoined"))->line, 4);
    EXPECT_EQ(out.document.otherLines, QStringList{QStringLiteral("junk")});
}

TEST(DsregParser, LegacyKeySignTestDoubleColon)
{
    const ParseOutcome out =
        parseDsregStatus(QStringLiteral("| Device State |\n      AzureAdJoined : YES\n     "
                                        "KeySignTest: : MUST Run elevated to test.\n"));
    ASSERT_FALSE(out.problem);
    EXPECT_EQ(out.document.find(QStringLiteral("KeySignTest"))->value,
              QStringLiteral("MUST Run elevated to test."));
}

// The hand-written line reader reads as the patterns did: a one-cell row with a known field name
// is that field (empty), any other one-cell row a title; only ASCII whitespace separates a name
// from its colon; lines are counted however they end.
TEST(DsregParser, EdgesOfTheLineReader)
{
    const ParseOutcome out = parseDsregStatus(QStringLiteral(
        "| Device State |\r\n| AzureAdPrt |\r| Tenant Details\n   AzureAdJoined : YES\n"
        "Foo\u2009: bar\nWork Account\u20031\n   DomainJoined\t:\tNO\n+--------+\n"));
    ASSERT_FALSE(out.problem);
    EXPECT_EQ(out.document.lineCount, 9);
    ASSERT_NE(out.document.find(QStringLiteral("AzureAdPrt")), nullptr);
    EXPECT_EQ(out.document.find(QStringLiteral("AzureAdPrt"))->value, QString());
    EXPECT_EQ(out.document.find(QStringLiteral("AzureAdPrt"))->section,
              QStringLiteral("Device State"));
    EXPECT_EQ(out.document.find(QStringLiteral("AzureAdJoined"))->section,
              QStringLiteral("Tenant Details"));
    EXPECT_EQ(out.document.find(QStringLiteral("DomainJoined"))->value, QStringLiteral("NO"));
    EXPECT_EQ(out.document.find(QStringLiteral("Foo")), nullptr);
    EXPECT_TRUE(out.document.otherLines.contains(QStringLiteral("Foo\u2009: bar")));
    EXPECT_TRUE(out.document.otherLines.contains(QStringLiteral("Work Account\u20031")));
}

TEST(DsregParser, ColonWithoutSpaceForKnownFieldsOnly)
{
    const ParseOutcome out = parseDsregStatus(QStringLiteral(
        "C:\\Users\\bob>dsregcmd /status\nAzureAdJoined:YES\nDomainJoined:NO\nFoo:bar\n"));
    ASSERT_FALSE(out.problem);
    EXPECT_EQ(out.document.find(QStringLiteral("AzureAdJoined"))->value, QStringLiteral("YES"));
    EXPECT_EQ(out.document.find(QStringLiteral("DomainJoined"))->value, QStringLiteral("NO"));
    EXPECT_EQ(out.document.find(QStringLiteral("Foo")), nullptr);
    EXPECT_EQ(out.document.find(QStringLiteral("C")), nullptr);
}

TEST(DsregParser, WebPasteSpacesBulletsAndSentences)
{
    const ParseOutcome out = parseDsregStatus(QStringLiteral(
        "\u00A0\u00A0AzureAdJoined\u00A0:\u00A0NO\n- DomainJoined : YES\n* AzureAdPrt : NO\n"
        "2. DomainName : FABRIKAM\nI also see DeviceAuthStatus : SUCCESS\n\u200BTenantName : X\n"));
    ASSERT_FALSE(out.problem);
    const DsregDocument &doc = out.document;
    EXPECT_EQ(doc.find(QStringLiteral("AzureAdJoined"))->value, QStringLiteral("NO"));
    EXPECT_EQ(doc.find(QStringLiteral("DomainJoined"))->value, QStringLiteral("YES"));
    EXPECT_EQ(doc.find(QStringLiteral("AzureAdPrt"))->value, QStringLiteral("NO"));
    EXPECT_EQ(doc.find(QStringLiteral("DomainName"))->value, QStringLiteral("FABRIKAM"));
    ASSERT_NE(doc.find(QStringLiteral("DeviceAuthStatus")), nullptr);
    EXPECT_EQ(doc.find(QStringLiteral("TenantName"))->value, QStringLiteral("X"));
}

TEST(DsregParser, EmptyValueIsKept)
{
    const ParseOutcome out = parseDsregStatus(
        QStringLiteral("AzureAdJoined : YES\n        MdmUrl :\n  DomainJoined : YES\n"));
    ASSERT_NE(out.document.find(QStringLiteral("MdmUrl")), nullptr);
    EXPECT_TRUE(out.document.find(QStringLiteral("MdmUrl"))->value.isEmpty());
}

TEST(DsregParser, AnnotationsAfterValuesAreRemovedButKeptRaw)
{
    const ParseOutcome out = parseDsregStatus(
        QStringLiteral("AzureAdJoined : NO    <-- should be YES\nAzureAdPrt : NO # complains\n"
                       "DomainJoined : YES // ok\nTenantName : Contoso \u2190 wrong?\n"
                       "AuthCodeUrl : https://login.microsoftonline.com/x\n"));
    const DsregDocument &doc = out.document;
    EXPECT_EQ(doc.find(QStringLiteral("AzureAdJoined"))->value, QStringLiteral("NO"));
    EXPECT_EQ(doc.find(QStringLiteral("AzureAdJoined"))->rawValue,
              QStringLiteral("NO    <-- should be YES"));
    EXPECT_EQ(doc.find(QStringLiteral("AzureAdPrt"))->value, QStringLiteral("NO"));
    EXPECT_EQ(doc.find(QStringLiteral("DomainJoined"))->value, QStringLiteral("YES"));
    EXPECT_EQ(doc.find(QStringLiteral("TenantName"))->value, QStringLiteral("Contoso"));
    EXPECT_EQ(doc.find(QStringLiteral("AuthCodeUrl"))->value,
              QStringLiteral("https://login.microsoftonline.com/x"));
}

TEST(DsregParser, ConsoleHardWrapIsJoinedWithoutSpace)
{
    const QString longValue = QStringLiteral(
        "https://login.microsoftonline.com/6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f/oauth2/authorize");
    const QString line = QStringLiteral("               AuthCodeUrl : ") + longValue;
    const QString wrapped =
        line.left(80) + u'\n' + line.mid(80) + QStringLiteral("\n  AzureAdJoined : YES\n");
    const ParseOutcome out = parseDsregStatus(wrapped);
    EXPECT_EQ(out.document.find(QStringLiteral("AuthCodeUrl"))->value, longValue);
    EXPECT_EQ(out.document.find(QStringLiteral("AzureAdJoined"))->value, QStringLiteral("YES"));
}

TEST(DsregParser, EditorSoftWrapIsJoinedWithSpace)
{
    const ParseOutcome out =
        parseDsregStatus(QStringLiteral("AzureAdJoined : NO\n          Server Message : The device "
                                        "object by the given id (e92325d0-7ac4) is\n"
                                        "   not found.\n  DomainJoined : YES\n"));
    EXPECT_EQ(out.document.find(QStringLiteral("Server Message"))->value,
              QStringLiteral("The device object by the given id (e92325d0-7ac4) is not found."));
}

TEST(DsregParser, WorkAccountSectionsDoNotShadowDeviceFields)
{
    const QString text = DsregTextBuilder::hybridJoined()
                             .section(QStringLiteral("Work Account 1"))
                             .field(QStringLiteral("TenantId"), QStringLiteral("other"))
                             .field(QStringLiteral("WorkplaceTenantId"), QStringLiteral("abc"))
                             .text();
    const ParseOutcome out = parseDsregStatus(text);
    ASSERT_NE(out.document.find(QStringLiteral("WorkplaceTenantId")), nullptr);
    EXPECT_EQ(out.document.find(QStringLiteral("TenantId"))->value,
              QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"));
    EXPECT_EQ(out.document.find(QStringLiteral("WorkplaceTenantId"))->value, QStringLiteral("abc"));
    EXPECT_NE(out.document.section(QStringLiteral("Work Account 1")), nullptr);
}

TEST(DsregParser, FieldNamesMatchWhateverTheCaseAndSpacing)
{
    const ParseOutcome out =
        parseDsregStatus(QStringLiteral("AzureAdJoined : YES\nHTTP Status : 400\n"));
    EXPECT_EQ(out.document.find(QStringLiteral("HTTP status"))->value, QStringLiteral("400"));
}

TEST(DsregParser, NotDsregcmdIsATypedError)
{
    for (const QString &text :
         {QStringLiteral(
              "Windows IP Configuration\n\n   Host Name . . . . : PC1\n   DNS Suffix : corp\n"),
          QStringLiteral("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n"),
          QStringLiteral("Note: reboot first\nTODO: call Bob\n"),
          QStringLiteral("{\"AzureAdJoined\": \"YES\"}")}) {
        EXPECT_EQ(parseDsregStatus(text).problem.kind, InputProblemKind::NotDsregcmd)
            << text.toStdString();
    }
}

TEST(DsregParser, OneFieldAloneIsEnoughButNotInsideOtherText)
{
    EXPECT_FALSE(parseDsregStatus(QStringLiteral("AzureAdPrt : NO\n")).problem);
    EXPECT_EQ(
        parseDsregStatus(QStringLiteral("Name : Bob\nTitle : CEO\nAzureAdPrt : NO\nPhone : 1\n"))
            .problem.kind,
        InputProblemKind::NotDsregcmd);
}

TEST(DsregParser, OnePastedSectionIsEnough)
{
    const ParseOutcome out = parseDsregStatus(QStringLiteral("SSO State\n\nAzureAdPrt : NO\n"));
    EXPECT_FALSE(out.problem);
    EXPECT_EQ(out.document.find(QStringLiteral("AzureAdPrt"))->section,
              QStringLiteral("SSO State"));
}

TEST(DsregParser, HugeJunkTextFinishesAndIsRefused)
{
    // 4 MiB of one long line and many short ones: no quadratic blow-up, no crash.
    QString junk = QString(2 * 1024 * 1024, u'x') + u'\n';
    junk += QStringLiteral("a : b\n").repeated(200000);
    EXPECT_EQ(parseDsregStatus(junk).problem.kind, InputProblemKind::NotDsregcmd);
}

TEST(DsregParser, MarkdownTableRowsAreFields)
{
    const ParseOutcome out = parseDsregStatus(QStringLiteral(
        "| Field | Value |\n|---|---|\n| AzureAdJoined | YES |\n| DomainJoined | NO |\n"));
    ASSERT_FALSE(out.problem);
    EXPECT_EQ(out.document.find(QStringLiteral("AzureAdJoined"))->value, QStringLiteral("YES"));
    EXPECT_EQ(out.document.find(QStringLiteral("DomainJoined"))->value, QStringLiteral("NO"));
}

TEST(DsregParser, DebugTraceLinesKeepFunctionCodesAndHint)
{
    const ParseOutcome out = parseDsregStatus(QStringLiteral(
        "dsregcmd::wmain logging initialized.\n"
        "DsrCmdSsoHelper::GetPrtState: ERROR_ACCESS_DENIED (hint: must run as non-elevated user) "
        "0x80070005\n"
        "DsrCmdJoinHelper::Join: join failed with 0x801C001D\n"
        "                 AzureAdJoined : NO\n"));
    ASSERT_FALSE(out.problem);
    const QList<DsregTraceLine> &trace = out.document.traceLines;
    ASSERT_EQ(trace.size(), 3);
    EXPECT_EQ(trace.at(0).function, QStringLiteral("dsregcmd::wmain"));
    EXPECT_FALSE(trace.at(0).failure);
    EXPECT_EQ(trace.at(1).hint, QStringLiteral("must run as non-elevated user"));
    EXPECT_EQ(classifyTraceHint(trace.at(1).hint), TraceHint::RunNotElevated);
    EXPECT_EQ(trace.at(2).codes, QStringList{QStringLiteral("0x801c001d")});
    EXPECT_TRUE(trace.at(2).failure);
    EXPECT_EQ(trace.at(2).line, 3);
    // The status field after the trace is still read as a field.
    EXPECT_EQ(out.document.find(QStringLiteral("AzureAdJoined"))->value, QStringLiteral("NO"));
}

TEST(DsregParser, ATraceAloneIsDsregcmdButAnotherProgramsLogIsNot)
{
    EXPECT_FALSE(parseDsregStatus(QStringLiteral("dsregcmd::wmain logging initialized.\n"
                                                 "DsrCmdJoinHelper::Join: failed 0x80072ee2\n"))
                     .problem);
    EXPECT_EQ(parseDsregStatus(QStringLiteral("MyApp::Service::Start: failed 0x80070005\n"
                                              "MyApp::Service::Stop: done\n"))
                  .problem.kind,
              InputProblemKind::NotDsregcmd);
}
