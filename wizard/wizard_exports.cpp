// The wizard's exports: the report, a screenshot, every page, the capture, the one-file ticket
// and "Copy summary", each to a file chosen in a dialog (or given by the command line).
#include "joindoctor_wizard.h"

#include "live/capture_writer.h"
#include "live/redaction.h"

#include "core/logging.h"
#include "display_language.h"
#include "page_ids.h"
#include "report/report_labels.h"
#include "report/report_renderers.h"
#include "report/report_ticket.h"
#include "report_export.h"
#include "screenshot_tour.h"
#include "step_page.h"
#include "summary_page.h"
#include "ticket_export.h"
#include "welcome_page.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>

namespace jd {

bool JoinDoctorWizard::saveReportTo(const QString &path, QString *error)
{
    if (!m_runner->analysis()) {
        return false;
    }
    const Language reportLanguage(m_summary->reportLanguage());
    return jd::saveReport(*m_runner->analysis(), reportLanguage, path, error);
}

bool JoinDoctorWizard::saveScreenshotTo(const QString &path, QString *error)
{
    return savePng(grab().toImage(), path, error);
}

void JoinDoctorWizard::saveReport()
{
    const QString suggested =
        QStringLiteral("joindoctor-%1.html")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path =
        m_env.saveFileName(this, tr("Save report"), suggested, exportFileFilters());
    QString error;
    if (!path.isEmpty() && !saveReportTo(path, &error)) {
        m_env.inform(this, tr("Save report"), tr("The report could not be saved: %1").arg(error));
    }
}

void JoinDoctorWizard::saveCapture(bool redact)
{
    const QString suggested =
        QStringLiteral("joindoctor-%1.jdcapture")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = m_env.saveFileName(this, tr("Save capture"), suggested,
                                            tr("JoinDoctor capture (*.jdcapture)"));
    QString error;
    if (!path.isEmpty() && !saveCaptureTo(path, redact, &error)) {
        m_env.inform(this, tr("Save capture"), tr("The capture could not be saved: %1").arg(error));
    }
}

bool JoinDoctorWizard::saveCaptureTo(const QString &path, bool redact, QString *error)
{
    std::optional<CaptureBundle> bundle = m_runner->captureBundle();
    if (!bundle) {
        *error = tr("nothing has been read yet");
        return false;
    }
    if (redact && !bundle->redacted) {
        bundle = redactBundle(*bundle);
    }
    log::wizard()->info("saving capture to {} (redacted: {})", path, redact);
    return writeCaptureFile(*bundle, path, error);
}

void JoinDoctorWizard::saveScreenshot()
{
    const QString suggested =
        QStringLiteral("joindoctor-%1.png")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path =
        m_env.saveFileName(this, tr("Save screenshot"), suggested, QStringLiteral("PNG (*.png)"));
    QString error;
    if (!path.isEmpty() && !saveScreenshotTo(path, &error)) {
        m_env.inform(this, tr("Save screenshot"),
                     tr("The screenshot could not be saved: %1").arg(error));
    }
}

void JoinDoctorWizard::saveAllPages()
{
    const QString folder = m_env.existingDirectory(this, tr("Save all pages as images"));
    if (folder.isEmpty()) {
        return;
    }
    const QStringList existing =
        ScreenshotTour::existingFiles(folder, ScreenshotTour::FromFirstStep);
    if (!existing.isEmpty() &&
        !m_env.confirm(this, tr("Save all pages as images"),
                       tr("The folder already has images with these names: %1. Replace them?")
                           .arg(existing.join(QStringLiteral(", "))))) {
        return;
    }
    saveAllPagesTo(folder);
}

void JoinDoctorWizard::saveAllPagesTo(const QString &folder)
{
    auto *tour = new ScreenshotTour(this, folder, ScreenshotTour::FromFirstStep, this);
    connect(tour, &ScreenshotTour::finished, this, [this, tour](bool ok, const QString &error) {
        tour->deleteLater();
        if (!ok) {
            m_env.inform(this, tr("Save all pages as images"),
                         tr("The images could not be saved: %1").arg(error));
        }
        emit allPagesSaved(ok, error);
    });
    tour->start();
}

void JoinDoctorWizard::saveTicket()
{
    const QString suggested =
        QStringLiteral("joindoctor-ticket-%1.html")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    // The file dialog asks before it replaces a file.
    const QString path = m_env.saveFileName(this, tr("Save for ticket"), suggested,
                                            tr("Ticket file, HTML (*.html)"));
    if (path.isEmpty()) {
        return;
    }
    const QString pdf = TicketExport::pdfPathFor(path);
    bool withPdf = m_env.confirm(
        this, tr("Save for ticket"),
        tr("Also save the report as a PDF beside it (%1)?").arg(QFileInfo(pdf).fileName()));
    // The file dialog asked about the HTML file only.
    if (withPdf && QFileInfo::exists(pdf) &&
        !m_env.confirm(this, tr("Save for ticket"),
                       tr("%1 already exists. Replace it?").arg(QFileInfo(pdf).fileName()))) {
        withPdf = false;
    }
    connect(
        this, &JoinDoctorWizard::ticketSaved, this,
        [this](bool ok, const QString &error) {
            if (!ok) {
                m_env.inform(this, tr("Save for ticket"),
                             tr("The ticket file could not be saved: %1").arg(error));
            }
        },
        Qt::SingleShotConnection);
    saveTicketTo(path, withPdf);
}

void JoinDoctorWizard::saveTicketTo(const QString &path, bool withPdf)
{
    auto *ticket = new TicketExport(this, path, withPdf,
                                    currentId() == WelcomePageId ? ScreenshotTour::FromWelcome
                                                                 : ScreenshotTour::FromFirstStep,
                                    this);
    connect(ticket, &TicketExport::finished, this, [this, ticket](bool ok, const QString &error) {
        ticket->deleteLater();
        emit ticketSaved(ok, error);
    });
    ticket->start();
}

void JoinDoctorWizard::copySummary()
{
    if (m_runner->analysis()) {
        // Plain text for a terminal or a plain ticket field, HTML (a table) for Outlook, ServiceNow
        // and Jira.
        auto *data = new QMimeData;
        data->setText(renderShortSummary(*m_runner->analysis(), m_ui->language()));
        data->setHtml(renderShortSummaryHtml(*m_runner->analysis(), m_ui->language()));
        QGuiApplication::clipboard()->setMimeData(data);
    }
}

} // namespace jd
