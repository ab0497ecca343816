#pragma once
// A user-visible text kept untranslated until it is shown, so the same result can be rendered in
// any language (and re-rendered after a language switch) without running the checks again.

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace jd {

struct TrText
{
    const char *context = nullptr; // lupdate context the source was marked with
    const char *source = nullptr;  // the English source text, a string literal
    QStringList args;              // substituted for %1, %2, ... after translation

    bool isEmpty() const { return source == nullptr || *source == '\0'; }
    TrText with(QStringList arguments) const
    {
        TrText copy = *this;
        copy.args = std::move(arguments);
        return copy;
    }
};

// The contexts the project uses; each QT_TRANSLATE_NOOP call repeats the literal because lupdate
// only reads literals.
inline constexpr const char *kChecksContext = "Checks";
inline constexpr const char *kCatalogueContext = "Catalogue";
inline constexpr const char *kReportContext = "Report";
inline constexpr const char *kCliContext = "Cli";

inline TrText checksText(const char *source)
{
    return TrText{kChecksContext, source, {}};
}
inline TrText catalogueText(const char *source)
{
    return TrText{kCatalogueContext, source, {}};
}
inline TrText reportText(const char *source)
{
    return TrText{kReportContext, source, {}};
}
inline TrText cliText(const char *source)
{
    return TrText{kCliContext, source, {}};
}

} // namespace jd
