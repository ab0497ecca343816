#pragma once
// One output language: its own translator, independent of the translators installed in the
// application, so a report can be written in a language other than the user interface's.

#include "core/tr_text.h"

#include <memory>
#include <optional>
#include <QLocale>
#include <QString>

class QTranslator;

namespace jd {

enum class LanguageCode
{
    English,
    Danish
};

class Language
{
public:
    explicit Language(LanguageCode code);
    ~Language();
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;

    LanguageCode code() const { return m_code; }
    QString isoCode() const; // "en" or "da"
    QLocale locale() const;

    QString tr(const TrText &text) const;
    QString tr(const char *context, const char *source) const;

    // "da" / "en" (any case, also "da_DK", "en-GB"); nullopt for anything else.
    static std::optional<LanguageCode> parse(const QString &name);
    // Danish for a Danish system locale, English otherwise.
    static LanguageCode fromSystemLocale();
    // Embedded translation file for a language, e.g. ":/i18n/joindoctor_da.qm".
    static QString translationResource(LanguageCode code);
    // Loads JoinDoctor's translation for `code` into `translator`. The .qm is read from the
    // resources (and uncompressed) once per process; every later load shares those bytes.
    static bool loadTranslation(QTranslator &translator, LanguageCode code);

private:
    LanguageCode m_code;
    std::unique_ptr<QTranslator> m_translator;
};

// Replaces %1..%9 with args in a single pass.
QString substituteArgs(const QString &pattern, const QStringList &args);

} // namespace jd
