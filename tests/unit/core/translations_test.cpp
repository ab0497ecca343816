// The .ts files: no unfinished entries, placeholders kept, and in step with the sources.
#include "core/language.h"
#include "qt_printers.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace jd;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = TsMessage{context, {}, {}, false};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            current.translation = xml.readElementText();
            messages.append(current);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

QString tsPath(const char *language)
{
    return QStringLiteral(JD_SOURCE_DIR "/translations/joindoctor_%1.ts")
        .arg(QLatin1String(language));
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%\\d"));
    QSet<QString> set;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        set.insert(it.next().captured(0));
    }
    return set;
}

} // namespace

TEST(Translations, DanishIsCompleteAndKeepsPlaceholders)
{
    const QList<TsMessage> messages = readTs(tsPath("da"));
    ASSERT_GT(messages.size(), 100);
    for (const TsMessage &m : messages) {
        EXPECT_FALSE(m.unfinished) << m.source.toStdString();
        EXPECT_FALSE(m.translation.trimmed().isEmpty()) << m.source.toStdString();
        EXPECT_EQ(placeholders(m.source), placeholders(m.translation)) << m.source.toStdString();
    }
}

TEST(Translations, EnglishHasNoUnfinishedEntries)
{
    for (const TsMessage &m : readTs(tsPath("en"))) {
        EXPECT_FALSE(m.unfinished) << m.source.toStdString();
    }
}

TEST(Translations, TsFilesMatchTheSources)
{
    // A fresh lupdate over the sources must find exactly the messages the .ts files hold;
    // otherwise run: cmake --build build --target update_translations
#if !defined(JD_LUPDATE)
    GTEST_SKIP() << "no lupdate for this platform in this build (the native build checks this)";
#else
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_da.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(JD_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                   QStringLiteral(JD_SOURCE_DIR "/checks"), QStringLiteral(JD_SOURCE_DIR "/app"),
                   QStringLiteral(JD_SOURCE_DIR "/wizard"), QStringLiteral("-ts"), fresh});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    auto keys = [](const QList<TsMessage> &messages) {
        QSet<QString> set;
        for (const TsMessage &m : messages) {
            set.insert(m.context + u'\x1f' + m.source);
        }
        return set;
    };
    const QSet<QString> inSources = keys(readTs(fresh));
    for (const char *language : {"da", "en"}) {
        const QSet<QString> inTs = keys(readTs(tsPath(language)));
        for (const QString &k : inSources - inTs) {
            ADD_FAILURE() << language << ": missing from .ts: " << k.toStdString();
        }
        for (const QString &k : inTs - inSources) {
            ADD_FAILURE() << language << ": no longer in the sources: " << k.toStdString();
        }
    }
#endif
}

TEST(Translations, LanguageObjectsAreIndependent)
{
    const Language da(LanguageCode::Danish);
    const Language en(LanguageCode::English);
    const TrText ok = reportText(QT_TRANSLATE_NOOP("Report", "Failed"));
    EXPECT_EQ(en.tr(ok), QStringLiteral("Failed"));
    EXPECT_EQ(da.tr(ok), QStringLiteral("Fejl"));
}

TEST(Translations, ArgumentsAreSubstitutedOnce)
{
    EXPECT_EQ(
        substituteArgs(QStringLiteral("%1 and %2"), {QStringLiteral("%2"), QStringLiteral("x")}),
        QStringLiteral("%2 and x"));
    EXPECT_EQ(substituteArgs(QStringLiteral("100% sure %1"), {QStringLiteral("y")}),
              QStringLiteral("100% sure y"));
}

TEST(Translations, LanguageNames)
{
    EXPECT_EQ(Language::parse(QStringLiteral("da_DK")), LanguageCode::Danish);
    EXPECT_EQ(Language::parse(QStringLiteral("EN")), LanguageCode::English);
    EXPECT_FALSE(Language::parse(QStringLiteral("de")).has_value());
}
