#include "report/report_labels.h"
#include "report/report_renderers.h"
#include "steps/step_check.h"

namespace jd {

namespace {

TrText r(const char *source)
{
    return reportText(source);
}
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *kStyle =
    "body{font-family:'Segoe UI',Arial,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
    "line-height:1.45}"
    "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em .6em;"
    "text-align:left;vertical-align:top}"
    "code,.code{font-family:Consolas,'DejaVu Sans Mono',monospace}"
    ".status{font-weight:bold;white-space:nowrap}.failed{color:#b00020}.warning{color:#8a5a00}"
    ".passed{color:#1b6e20}.code{font-size:1.2em;font-weight:bold}"
    "section{border-top:2px solid #999;margin-top:1.5em}";

QString statusCell(StepStatus status, const Language &lang)
{
    return QStringLiteral("<span class=\"status %1\">%2 %3</span>")
        .arg(statusId(status), statusSymbol(status), esc(lang.tr(statusLabel(status))));
}

QString findingCell(StepStatus status, const Language &lang)
{
    return QStringLiteral("<span class=\"status %1\">%2 %3</span>")
        .arg(status == StepStatus::Passed ? QStringLiteral("note") : statusId(status),
             findingSymbol(status), esc(lang.tr(findingLabel(status))));
}

} // namespace

QString renderHtmlReport(const Analysis &a, const Language &lang)
{
    auto say = [&lang](const TrText &t) {
        return esc(lang.tr(t));
    };
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                        "<title>%2</title><style>%3</style></head><body>\n")
             .arg(lang.isoCode(),
                  say(r(QT_TRANSLATE_NOOP("Report", "JoinDoctor report"))) + QStringLiteral(" - ") +
                      esc(deviceLabel(a.facts)),
                  QString::fromLatin1(kStyle));
    h += QStringLiteral("<h1>%1</h1>\n")
             .arg(say(r(QT_TRANSLATE_NOOP("Report", "JoinDoctor %1 - Microsoft Entra hybrid join "
                                                    "report (hybrid Azure AD join)")))
                      .arg(esc(joinDoctorVersion())));
    h += QStringLiteral("<table>\n");
    auto row = [&h](const QString &key, const QString &value) {
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(key, value);
    };
    row(say(r(QT_TRANSLATE_NOOP("Report", "Device:"))), esc(deviceLabel(a.facts)));
    row(say(r(QT_TRANSLATE_NOOP("Report", "Source:"))),
        esc(a.facts.sourceName) +
            (a.encoding.isEmpty() ? QString() : QStringLiteral(" (") + esc(a.encoding) + u')'));
    row(say(r(QT_TRANSLATE_NOOP("Report", "Analysed:"))),
        esc(a.analysedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    row(say(r(QT_TRANSLATE_NOOP("Report", "Join type:"))), say(joinTypeLabel(a.facts.joinType)));
    row(say(r(QT_TRANSLATE_NOOP("Report", "PRT:"))), say(prtLabel(a.facts.prt)));
    row(say(r(QT_TRANSLATE_NOOP("Report", "Verdict:"))),
        QStringLiteral("<strong>%1</strong>").arg(say(verdictLabel(a.verdict))));
    h +=
        QStringLiteral("</table>\n<p><strong>%1</strong></p>\n").arg(esc(verdictHeadline(a, lang)));
    if (const QString coverage = inputCoverageText(a, lang); !coverage.isEmpty()) {
        h += QStringLiteral("<p class=\"coverage\">%1</p>\n").arg(esc(coverage));
    }
    h += QStringLiteral("<div class=\"trust\"><p>%1</p>\n<ul>\n")
             .arg(esc(captureTrustLine(a.trust, lang)));
    for (const TrText &t : a.trust.limitations) {
        h += QStringLiteral("<li>%1</li>\n").arg(esc(lang.tr(t)));
    }
    h += QStringLiteral("</ul></div>\n");

    h += QStringLiteral("<table>\n");
    for (const CheckResult &c : a.steps) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td><a href=\"#step%3\">%4</a></td>"
                            "<td class=\"code\">%5</td></tr>\n")
                 .arg(statusCell(c.status, lang),
                      say(r(QT_TRANSLATE_NOOP("Report", "Step %1"))).arg(c.step),
                      QString::number(c.step), say(stepInfo(c.step).title),
                      esc(c.code + findingCodesSuffix(c)));
    }
    h += QStringLiteral("</table>\n");

    for (const CheckResult &c : a.steps) {
        h += QStringLiteral("<section id=\"step%1\"><h2>%2: %3</h2>\n<p><em>%4</em></p>\n")
                 .arg(QString::number(c.step),
                      say(r(QT_TRANSLATE_NOOP("Report", "Step %1"))).arg(c.step),
                      say(stepInfo(c.step).title), say(stepInfo(c.step).purpose));
        h += QStringLiteral("<p>%1 &nbsp; <span "
                            "class=\"code\">%2</span></p>\n<p><strong>%3</strong></p>\n<p>%4</p>\n")
                 .arg(statusCell(c.status, lang), esc(c.code), say(c.summary), say(c.explanation));
        for (const TrText &d : c.details) {
            h += QStringLiteral("<p>%1</p>\n").arg(say(d));
        }
        if (!c.nextSteps.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3><ol>\n")
                     .arg(say(r(QT_TRANSLATE_NOOP("Report", "What to do:"))));
            for (const TrText &n : c.nextSteps) {
                h += QStringLiteral("<li>%1</li>\n").arg(say(n));
            }
            h += QStringLiteral("</ol>\n");
        }
        const auto evidenceTable = [&](const EvidenceList &evidence) {
            if (evidence.isEmpty()) {
                return;
            }
            h += QStringLiteral("<h3>%1</h3><table>\n")
                     .arg(say(r(QT_TRANSLATE_NOOP("Report", "Evidence:"))));
            for (const Evidence &e : evidence) {
                h +=
                    QStringLiteral(
                        "<tr><td><code>%1</code></td><td><code>%2</code></td><td>%3</td></tr>\n")
                        .arg(esc(e.field), esc(e.value),
                             e.line > 0 ? esc(lang.tr(r(QT_TRANSLATE_NOOP("Report", "%1, line %2")))
                                                  .arg(e.section)
                                                  .arg(e.line))
                                        : esc(e.section));
            }
            h += QStringLiteral("</table>\n");
        };
        evidenceTable(c.evidence);
        if (!c.findings.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>\n")
                     .arg(say(r(QT_TRANSLATE_NOOP("Report", "Also found in this step:"))));
        }
        for (const Finding &f : c.findings) {
            h +=
                QStringLiteral("<div class=\"finding\"><p>%1 &nbsp; <span class=\"code\">%2</span> "
                               "&nbsp; <strong>%3</strong></p>\n<p>%4</p>\n")
                    .arg(findingCell(f.status, lang), esc(f.code), say(f.summary),
                         say(f.explanation));
            if (!f.details.isEmpty()) {
                h += QStringLiteral("<ul>\n");
                for (const TrText &d : f.details) {
                    h += QStringLiteral("<li>%1</li>\n").arg(say(d));
                }
                h += QStringLiteral("</ul>\n");
            }
            if (!f.nextSteps.isEmpty()) {
                h += QStringLiteral("<p>%1</p><ol>\n")
                         .arg(say(r(QT_TRANSLATE_NOOP("Report", "What to do:"))));
                for (const TrText &n : f.nextSteps) {
                    h += QStringLiteral("<li>%1</li>\n").arg(say(n));
                }
                h += QStringLiteral("</ol>\n");
            }
            evidenceTable(f.evidence);
            h += QStringLiteral("</div>\n");
        }
        h += QStringLiteral("</section>\n");
    }

    if (!a.errorCodes.isEmpty()) {
        h += QStringLiteral("<section><h2>%1</h2><table>\n")
                 .arg(say(r(QT_TRANSLATE_NOOP("Report", "Error codes found in the input:"))));
        for (const FoundErrorCode &f : a.errorCodes) {
            h += QStringLiteral("<tr><td><code>%1</code></td><td><code>%2</code></td><td>%3</"
                                "td><td>%4</td></tr>\n")
                     .arg(esc(f.id), f.info ? esc(QString::fromLatin1(f.info->name)) : QString(),
                          f.info ? say(f.info->cause)
                                 : say(r(QT_TRANSLATE_NOOP("Report",
                                                           "(not in JoinDoctor's catalogue)"))),
                          f.info ? say(f.info->fix) : QString());
        }
        h += QStringLiteral("</table></section>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace jd
