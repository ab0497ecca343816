// The test corpus (tests/data/corpus): outputs of every kind people paste — whole, partial,
// traced, mangled by web pages and chat — each with the join type, first failing step and code
// a technician would name. One row of a corpus .tsv file is one case.
#include "fixtures.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>

using namespace jd;

namespace {

struct CorpusCase
{
    std::string file;
    std::string joinType;
    int firstFailingStep = 0;
    std::string code; // of the first failing step; of step 6 when none fails
    std::string kind;
};

void PrintTo(const CorpusCase &value, std::ostream *os)
{
    *os << value.file;
}

QString corpusDir()
{
    return QStringLiteral(JD_SOURCE_DIR "/tests/data/corpus");
}

std::vector<CorpusCase> loadCorpus()
{
    std::vector<CorpusCase> cases;
    const QDir dir(corpusDir());
    for (const QString &table : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(table));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines.mid(1)) { // the first line names the columns
            const QStringList cells = line.trimmed().split(u'\t');
            if (cells.size() < 5) {
                continue;
            }
            cases.push_back(CorpusCase{cells.at(0).toStdString(), cells.at(1).toStdString(),
                                       cells.at(2).toInt(), cells.at(3).toStdString(),
                                       cells.at(4).toStdString()});
        }
    }
    return cases;
}

class Corpus : public ::testing::TestWithParam<CorpusCase>
{
};

} // namespace

TEST(CorpusSize, HasAtLeastEightyCasesOfEveryKind)
{
    const std::vector<CorpusCase> cases = loadCorpus();
    EXPECT_GE(cases.size(), 80u);
    QStringList kinds;
    for (const CorpusCase &c : cases) {
        kinds.append(QString::fromStdString(c.kind));
    }
    for (const char *kind :
         {"fragment", "debug-trace", "join-trace", "html", "markdown", "comment-markers",
          "language", "legacy-layout", "casing", "placeholders", "blank-lines", "order",
          "stale-registration", "device-disabled", "adfs-eprt", "prt-network", "signin-name"}) {
        EXPECT_TRUE(kinds.contains(QString::fromLatin1(kind))) << kind;
    }
}

TEST_P(Corpus, JudgedAsATechnicianWould)
{
    const CorpusCase &c = GetParam();
    QFile file(QDir(corpusDir()).filePath(QString::fromStdString(c.file)));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << c.file;
    const AnalysisOutcome outcome = analyseBytes(file.readAll(), QString::fromStdString(c.file));
    ASSERT_TRUE(outcome.analysis.has_value())
        << c.file << " was refused: " << outcome.problem.message.source;
    const Analysis &a = *outcome.analysis;

    EXPECT_EQ(joinTypeId(a.facts.joinType).toStdString(), c.joinType);
    EXPECT_EQ(a.firstFailingStep, c.firstFailingStep);
    const int decisive = a.firstFailingStep != 0 ? a.firstFailingStep : 6;
    EXPECT_EQ(a.step(decisive).code.toStdString(), c.code);
    // Never all-unknown: every case has lines that decide at least one step, or (a trace that
    // only says how to run dsregcmd) a request of its own.
    const bool anyJudged = std::any_of(a.steps.begin(), a.steps.end(), [](const CheckResult &r) {
        return (r.status != StepStatus::Unknown && r.status != StepStatus::NotRun) ||
               r.code == u"S6-RERUN-AS-USER";
    });
    EXPECT_TRUE(anyJudged);
}

INSTANTIATE_TEST_SUITE_P(Outputs, Corpus, ::testing::ValuesIn(loadCorpus()),
                         [](const ::testing::TestParamInfo<CorpusCase> &info) {
                             std::string name = info.param.file;
                             for (char &ch : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(ch))) {
                                     ch = '_';
                                 }
                             }
                             return name;
                         });
