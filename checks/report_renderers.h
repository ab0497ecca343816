#pragma once
// Renders an Analysis as a report in one language: plain text for the terminal and tickets,
// JSON for tools and scripts (a stable contract), HTML as a self-contained file.

#include "analysis.h"
#include "language.h"

#include <QByteArray>
#include <QString>

namespace jd {

enum class ReportFormat
{
    Text,
    Json,
    Html
};

QString renderTextReport(const Analysis &analysis, const Language &language);
QByteArray renderJsonReport(const Analysis &analysis, const Language &language);
QString renderHtmlReport(const Analysis &analysis, const Language &language);

} // namespace jd
