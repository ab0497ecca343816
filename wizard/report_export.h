#pragma once
// Writing reports and screenshots to files, atomically (QSaveFile): a failed write never leaves
// a half-written file behind, and the error is returned as text for the user.

#include "core/language.h"
#include "report/analysis.h"

#include <QImage>
#include <QString>

namespace jd {

enum class ExportFormat
{
    Html,
    Pdf,
    Text,
    Json
};

// From a file name's suffix (".pdf" -> Pdf); Html when unknown.
ExportFormat exportFormatForPath(const QString &path);
QString exportFileFilters(); // "HTML (*.html);;PDF (*.pdf);;…" (file types, not translated)

bool saveReport(const Analysis &analysis, const Language &language, const QString &path,
                QString *error);
bool savePng(const QImage &image, const QString &path, QString *error);

} // namespace jd
