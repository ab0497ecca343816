#pragma once
// "Save for ticket": walks every page into images (ScreenshotTour, in a temporary folder), then
// writes one HTML file with the report in the report language, those images and the capture,
// and a PDF of the report beside it when asked. Both written atomically; asking before a file is
// replaced is the caller's job.

#include "screenshot_tour.h"

#include <memory>
#include <QObject>
#include <QPointer>
#include <QString>

class QTemporaryDir;

namespace jd {

class JoinDoctorWizard;

class TicketExport : public QObject
{
    Q_OBJECT
public:
    TicketExport(JoinDoctorWizard *wizard, QString htmlPath, bool withPdf,
                 ScreenshotTour::Start start, QObject *parent = nullptr);
    ~TicketExport() override;
    void start();
    // The PDF written beside an HTML ticket: "ticket.html" -> "ticket.pdf".
    static QString pdfPathFor(const QString &htmlPath);

signals:
    void finished(bool ok, const QString &error);

private:
    void writeFiles();

    QPointer<JoinDoctorWizard> m_wizard;
    QString m_path;
    bool m_withPdf;
    ScreenshotTour::Start m_start;
    std::unique_ptr<QTemporaryDir> m_pages;
    ScreenshotTour *m_tour = nullptr;
};

} // namespace jd
