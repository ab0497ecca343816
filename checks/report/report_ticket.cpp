#include "report/report_ticket.h"

#include "report/report_labels.h"
#include "report/report_renderers.h"
#include "steps/step_check.h"

namespace jd {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *kTicketStyle =
    ".ticket{background:#eef3fb;border:1px solid #8aa4cc;padding:.6em 1em;margin:1em 0}"
    "figure{margin:1.5em 0}figure img{max-width:100%;border:1px solid #999}"
    "figcaption{font-weight:bold;margin-bottom:.3em}";

QString codesLine(const Analysis &a)
{
    QStringList codes;
    for (const CheckResult &c : a.steps) {
        codes << c.code + findingCodesSuffix(c);
    }
    return codes.join(QStringLiteral(" \u00b7 "));
}

QString firstNextStep(const CheckResult &c, const Language &lang)
{
    return c.nextSteps.isEmpty() ? QString() : lang.tr(c.nextSteps.first());
}

} // namespace

QString renderTicketHtml(const Analysis &a, const Language &lang,
                         const TicketAttachments &attachments)
{
    QString report = renderHtmlReport(a, lang);
    const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm 'UTC'");

    // The ticket line first, so that the top of the file says what it is about.
    QString line =
        QStringLiteral("<div class=\"ticket\"><p><strong>%1</strong></p><p>")
            .arg(esc(lang.tr(reportText(QT_TRANSLATE_NOOP("Report", "For the ticket")))));
    line += esc(lang.tr(reportText(QT_TRANSLATE_NOOP(
                            "Report", "Device: %1 | Source: %2 | Analysed: %3 | JoinDoctor %4 | "
                                      "File made: %5")))
                    .arg(deviceLabel(a.facts), a.facts.sourceName,
                         a.analysedAt.toUTC().toString(timeFormat), joinDoctorVersion(),
                         attachments.createdAt.toUTC().toString(timeFormat)));
    line += QStringLiteral("</p><p>%1 <span class=\"code\">%2</span></p></div>\n")
                .arg(esc(lang.tr(reportText(QT_TRANSLATE_NOOP("Report", "Codes by step:")))),
                     esc(codesLine(a)));
    const qsizetype afterHeading = report.indexOf(QLatin1String("</h1>"));
    report.insert(afterHeading < 0 ? 0 : afterHeading + 5, u'\n' + line);
    report.replace(QLatin1String("</style>"),
                   QString::fromLatin1(kTicketStyle) + QLatin1String("</style>"));

    QString extra;
    if (!attachments.pages.isEmpty()) {
        extra +=
            QStringLiteral("<section id=\"pages\"><h2>%1</h2>\n")
                .arg(esc(lang.tr(reportText(QT_TRANSLATE_NOOP("Report", "The pages as shown")))));
        for (const TicketPage &page : attachments.pages) {
            extra += QStringLiteral("<figure><figcaption>%1</figcaption><img alt=\"%1\" "
                                    "src=\"data:image/png;base64,%2\"></figure>\n")
                         .arg(esc(page.caption), QString::fromLatin1(page.png.toBase64()));
        }
        extra += QStringLiteral("</section>\n");
    }
    if (!attachments.capture.isEmpty()) {
        extra +=
            QStringLiteral("<section id=\"capture\"><h2>%1</h2>\n<p>%2</p>\n"
                           "<p><a download=\"%3\" href=\"data:application/"
                           "octet-stream;base64,%4\">%3</a> (%5 KB)</p></section>\n")
                .arg(esc(lang.tr(
                         reportText(QT_TRANSLATE_NOOP("Report", "Capture for the technician")))),
                     esc(lang.tr(reportText(QT_TRANSLATE_NOOP(
                         "Report", "Everything JoinDoctor read, in one file: save it from the "
                                   "link and open it in JoinDoctor on any computer "
                                   "(--capture FILE, or choose the file on the welcome page).")))),
                     esc(attachments.captureFileName),
                     QString::fromLatin1(attachments.capture.toBase64()),
                     QString::number((attachments.capture.size() + 1023) / 1024));
    }
    const qsizetype end = report.lastIndexOf(QLatin1String("</body>"));
    report.insert(end < 0 ? report.size() : end, extra);
    return report;
}

QString renderShortSummaryHtml(const Analysis &a, const Language &lang)
{
    const auto say = [&lang](const char *source) {
        return esc(lang.tr(reportText(source)));
    };
    QString h = QStringLiteral("<p><strong>%1</strong><br>%2 %3 | %4 | %5</p>\n<p>%6</p>\n")
                    .arg(say(QT_TRANSLATE_NOOP("Report", "JoinDoctor %1 - Microsoft Entra hybrid "
                                                         "join report (hybrid Azure AD join)"))
                             .arg(esc(joinDoctorVersion())),
                         say(QT_TRANSLATE_NOOP("Report", "Device:")), esc(deviceLabel(a.facts)),
                         esc(a.facts.sourceName),
                         esc(a.analysedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
                         esc(verdictHeadline(a, lang)));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr><th>%1</th>"
                        "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
             .arg(say(QT_TRANSLATE_NOOP("Report", "Step")),
                  say(QT_TRANSLATE_NOOP("Report", "Status")),
                  say(QT_TRANSLATE_NOOP("Report", "Code")),
                  say(QT_TRANSLATE_NOOP("Report", "What was found")),
                  say(QT_TRANSLATE_NOOP("Report", "First thing to do")));
    for (const CheckResult &c : a.steps) {
        h += QStringLiteral("<tr><td>%1 %2</td><td>%3 %4</td><td><b>%5</b></td><td>%6</td>"
                            "<td>%7</td></tr>\n")
                 .arg(QString::number(c.step), esc(lang.tr(stepInfo(c.step).title)),
                      statusSymbol(c.status), esc(lang.tr(statusLabel(c.status))),
                      esc(c.code + findingCodesSuffix(c)), esc(lang.tr(c.summary)),
                      esc(firstNextStep(c, lang)));
    }
    h += QStringLiteral("</table>\n");
    return h;
}

} // namespace jd
