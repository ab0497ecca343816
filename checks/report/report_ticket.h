#pragma once
// What goes into a helpdesk ticket: one self-contained HTML file (the report, every page as an
// image, the capture) and the short summary as HTML for pasting into Outlook, ServiceNow or Jira.
// Nothing in either refers to the network or to another file: images and the capture are data
// URIs.

#include "core/language.h"
#include "report/analysis.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jd {

struct TicketPage
{
    QString caption; // "Step 2: Connection to Microsoft", in the ticket's language
    QByteArray png;
};

struct TicketAttachments
{
    QList<TicketPage> pages;
    QByteArray capture;      // the capture file's bytes; empty: none
    QString captureFileName; // offered when the technician saves it from the page
    QDateTime createdAt;     // when the ticket file was made
};

QString renderTicketHtml(const Analysis &analysis, const Language &language,
                         const TicketAttachments &attachments);

// The steps, their codes and the first thing to do, as an HTML table (the clipboard's HTML).
QString renderShortSummaryHtml(const Analysis &analysis, const Language &language);

} // namespace jd
