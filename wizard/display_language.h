#pragma once
// The language of the user interface: installs JoinDoctor's and Qt's own translators (so QWizard
// reads "Næste", "Tilbage", "Annuller") and keeps a Language for rendering check results.

#include "core/language.h"

#include <memory>
#include <QObject>
#include <QTranslator>

namespace jd {

class UiLanguage : public QObject
{
    Q_OBJECT
public:
    explicit UiLanguage(LanguageCode code, QObject *parent = nullptr);
    ~UiLanguage() override;

    LanguageCode code() const { return m_language->code(); }
    const Language &language() const { return *m_language; }
    bool qtTranslationLoaded() const { return m_qtLoaded; }

    // Swaps the installed translators; emits changed() so every page re-renders.
    void setCode(LanguageCode code);

signals:
    void changed();

private:
    void install(LanguageCode code);

    std::unique_ptr<Language> m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_qtLoaded = false;
};

} // namespace jd
