#include "ticket_export.h"

#include "core/atomic_file.h"
#include "core/logging.h"
#include "joindoctor_wizard.h"
#include "page_ids.h"
#include "report/report_ticket.h"
#include "report_export.h"
#include "summary_page.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace jd {

TicketExport::TicketExport(JoinDoctorWizard *wizard, QString htmlPath, bool withPdf,
                           ScreenshotTour::Start start, QObject *parent)
    : QObject(parent), m_wizard(wizard), m_path(std::move(htmlPath)), m_withPdf(withPdf),
      m_start(start)
{
}

TicketExport::~TicketExport() = default;

QString TicketExport::pdfPathFor(const QString &htmlPath)
{
    const QFileInfo info(htmlPath);
    if (info.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        return htmlPath + QStringLiteral(".pdf"); // never the ticket itself
    }
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf"));
}

void TicketExport::start()
{
    m_pages = std::make_unique<QTemporaryDir>();
    if (!m_pages->isValid()) {
        emit finished(false, m_pages->errorString());
        return;
    }
    m_tour = new ScreenshotTour(m_wizard, m_pages->path(), m_start, this);
    connect(m_tour, &ScreenshotTour::finished, this, [this](bool ok, const QString &error) {
        if (!ok) {
            emit finished(false, error);
            return;
        }
        writeFiles();
    });
    m_tour->start();
}

void TicketExport::writeFiles()
{
    if (!m_wizard || !m_wizard->runner().analysis()) {
        emit finished(false, tr("there is no result to write"));
        return;
    }
    const Analysis &analysis = *m_wizard->runner().analysis();
    const Language reportLanguage(m_wizard->summaryPage()->reportLanguage());

    TicketAttachments attachments;
    attachments.createdAt = QDateTime::currentDateTimeUtc();
    // The tour's files are named "NN-…png" with NN = page id + 1, so their order is the wizard's.
    const QDir pages(m_pages->path());
    for (const QString &name :
         pages.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name)) {
        QFile file(pages.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            emit finished(false, file.errorString());
            return;
        }
        const int pageId = name.left(2).toInt() - 1;
        const QWizardPage *page = m_wizard->page(pageId);
        attachments.pages.append({page ? page->title() : name, file.readAll()});
    }
    if (const auto bundle = m_wizard->runner().captureBundle()) {
        attachments.capture = bundle->toJson();
        attachments.captureFileName =
            QFileInfo(m_path).completeBaseName() + QStringLiteral(".jdcapture");
    }
    QString error;
    if (!writeFileAtomically(
            m_path, renderTicketHtml(analysis, reportLanguage, attachments).toUtf8(), &error)) {
        emit finished(false, error);
        return;
    }
    if (m_withPdf && !saveReport(analysis, reportLanguage, pdfPathFor(m_path), &error)) {
        emit finished(false, error);
        return;
    }
    log::wizard()->info("ticket saved to {} ({} pages, pdf: {})", m_path, attachments.pages.size(),
                        m_withPdf);
    emit finished(true, QString());
}

} // namespace jd
