#include "core/language.h"

#include <QFile>
#include <QTranslator>

namespace jd {

Language::Language(LanguageCode code) : m_code(code), m_translator(std::make_unique<QTranslator>())
{
    // English is the source language; its .qm only carries plural forms, so a failed load is fine.
    if (!loadTranslation(*m_translator, code) && code != LanguageCode::English) {
        m_translator.reset();
    }
}

Language::~Language() = default;

QString Language::isoCode() const
{
    return m_code == LanguageCode::Danish ? QStringLiteral("da") : QStringLiteral("en");
}

QLocale Language::locale() const
{
    return m_code == LanguageCode::Danish ? QLocale(QLocale::Danish, QLocale::Denmark)
                                          : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString Language::tr(const char *context, const char *source) const
{
    if (source == nullptr) {
        return {};
    }
    if (m_translator) {
        QString translated = m_translator->translate(context, source);
        if (!translated.isEmpty()) {
            return translated;
        }
    }
    return QString::fromUtf8(source);
}

QString Language::tr(const TrText &text) const
{
    return substituteArgs(tr(text.context, text.source), text.args);
}

QString substituteArgs(const QString &pattern, const QStringList &args)
{
    // One pass, so a value that itself contains "%2" is never substituted again.
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int index = pattern.at(i + 1).digitValue();
            if (index >= 1 && index <= args.size()) {
                out += args.at(index - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::optional<LanguageCode> Language::parse(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"da" || lower.startsWith(u"da_") || lower.startsWith(u"da-") ||
        lower == u"dansk" || lower == u"danish") {
        return LanguageCode::Danish;
    }
    if (lower == u"en" || lower.startsWith(u"en_") || lower.startsWith(u"en-") ||
        lower == u"english") {
        return LanguageCode::English;
    }
    return std::nullopt;
}

LanguageCode Language::fromSystemLocale()
{
    return QLocale::system().language() == QLocale::Danish ? LanguageCode::Danish
                                                           : LanguageCode::English;
}

namespace {

QByteArray readTranslation(LanguageCode code)
{
    QFile file(Language::translationResource(code));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Read on first use and immutable after (thread-safe statics): workers render reports in either
// language.
const QByteArray &translationBytes(LanguageCode code)
{
    if (code == LanguageCode::Danish) {
        static const QByteArray danish = readTranslation(LanguageCode::Danish);
        return danish;
    }
    static const QByteArray english = readTranslation(LanguageCode::English);
    return english;
}

} // namespace

bool Language::loadTranslation(QTranslator &translator, LanguageCode code)
{
    const QByteArray &data = translationBytes(code);
    // QTranslator keeps pointing into `data`, which lives as long as the process.
    return !data.isEmpty() &&
           translator.load(reinterpret_cast<const uchar *>(data.constData()), int(data.size()));
}

QString Language::translationResource(LanguageCode code)
{
    return code == LanguageCode::Danish ? QStringLiteral(":/i18n/joindoctor_da.qm")
                                        : QStringLiteral(":/i18n/joindoctor_en.qm");
}

} // namespace jd
