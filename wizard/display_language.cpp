#include "display_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace jd {

UiLanguage::UiLanguage(LanguageCode code, QObject *parent) : QObject(parent)
{
    install(code);
}

UiLanguage::~UiLanguage()
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

void UiLanguage::setCode(LanguageCode code)
{
    if (code == this->code()) {
        return;
    }
    install(code);
    emit changed();
}

void UiLanguage::install(LanguageCode code)
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    m_language = std::make_unique<Language>(code);
    if (Language::loadTranslation(m_appTranslator, code)) {
        QCoreApplication::installTranslator(&m_appTranslator);
    }
    // Qt's own texts (wizard buttons, dialogs): qtbase_da.qm from the Qt installation; on Windows
    // it is shipped next to the program.
    m_qtLoaded =
        m_qtTranslator.load(m_language->locale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        m_qtTranslator.load(m_language->locale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QCoreApplication::applicationDirPath() +
                                QStringLiteral("/translations"));
    if (m_qtLoaded) {
        QCoreApplication::installTranslator(&m_qtTranslator);
    }
}

} // namespace jd
