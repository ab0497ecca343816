#include "report_export.h"

#include "core/atomic_file.h"
#include "report/report_renderers.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace jd {

namespace {

QByteArray pdfOf(const QString &html)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    return bytes;
}

} // namespace

ExportFormat exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf") {
        return ExportFormat::Pdf;
    }
    if (suffix == u"txt" || suffix == u"text" || suffix == u"log") {
        return ExportFormat::Text;
    }
    if (suffix == u"json") {
        return ExportFormat::Json;
    }
    return ExportFormat::Html;
}

QString exportFileFilters()
{
    return QStringLiteral("HTML (*.html);;PDF (*.pdf);;Text (*.txt);;JSON (*.json)");
}

bool saveReport(const Analysis &analysis, const Language &language, const QString &path,
                QString *error)
{
    QByteArray bytes;
    switch (exportFormatForPath(path)) {
    case ExportFormat::Html:
        bytes = renderHtmlReport(analysis, language).toUtf8();
        break;
    case ExportFormat::Pdf:
        bytes = pdfOf(renderHtmlReport(analysis, language));
        break;
    case ExportFormat::Text:
        // A BOM so Notepad on older Windows opens the Danish letters right.
        bytes = QByteArray("\xEF\xBB\xBF") + renderTextReport(analysis, language).toUtf8();
        break;
    case ExportFormat::Json:
        bytes = renderJsonReport(analysis, language);
        break;
    }
    return writeFileAtomically(path, bytes, error);
}

bool savePng(const QImage &image, const QString &path, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        if (error) {
            *error = QStringLiteral("PNG");
        }
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace jd
