#include "language.h"

#include <QTranslator>

namespace jd {

Language::Language(LanguageCode code) : m_code(code), m_translator(std::make_unique<QTranslator>())
{
    // English is the source language; its .qm only carries plural forms, so a failed load is fine.
    if (!m_translator->load(translationResource(code)) && code != LanguageCode::English) {
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
        const QString translated = m_translator->translate(context, source);
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

QString Language::translationResource(LanguageCode code)
{
    return code == LanguageCode::Danish ? QStringLiteral(":/i18n/joindoctor_da.qm")
                                        : QStringLiteral(":/i18n/joindoctor_en.qm");
}

} // namespace jd
