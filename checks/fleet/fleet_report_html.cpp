#include "fleet/fleet_report.h"

#include "report/report_labels.h"
#include "steps/step_check.h"

namespace jd {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *kStyle =
    "body{font-family:'Segoe UI',Arial,sans-serif;max-width:75em;margin:2em auto;padding:0 1em;"
    "line-height:1.45}"
    "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.25em .5em;"
    "text-align:left;vertical-align:top}th{background:#eee}"
    "#devices th{cursor:pointer;user-select:none}#devices th:after{content:' \\2195';color:#888}"
    "code,.code{font-family:Consolas,'DejaVu Sans Mono',monospace}.code{font-weight:bold}"
    ".num{text-align:right}.failed,.problem{color:#b00020}.warning,.outOfScope{color:#8a5a00}"
    ".passed,.healthy{color:#1b6e20}td.code{white-space:nowrap}"
    ".unknown{color:#555}.steps{font-family:Consolas,'DejaVu Sans Mono',monospace;"
    "white-space:nowrap}.filters{margin:.5em 0;display:flex;gap:1em;flex-wrap:wrap}"
    ".filters input{min-width:22em}section{border-top:2px solid #999;margin-top:1.5em}"
    "button.codelink{font:inherit;font-weight:bold;border:0;background:none;color:#0645ad;"
    "white-space:nowrap;text-align:left;"
    "cursor:pointer;padding:0;text-decoration:underline}";

// Colours of the four groups, as in the wizard: red, amber, green, grey.
struct Segment
{
    const char *cssClass;
    const char *colour;
    TrText label;
    int count;
};

QString chartSvg(const FleetReport &report, const Language &lang)
{
    const int devices = std::max<int>(1, int(report.rows.size()));
    constexpr int kWidth = 760;
    constexpr int kBarTop = 34; // below the legend
    constexpr int kRowHeight = 52;
    constexpr int kBarHeight = 24;
    QString s;
    s += QStringLiteral("<svg role=\"img\" width=\"%1\" "
                        "height=\"%2\" viewBox=\"0 0 %1 %2\" font-family=\"Segoe UI,Arial,"
                        "sans-serif\" font-size=\"13\"><title>%3</title>")
             .arg(kWidth)
             .arg(kBarTop + 6 * kRowHeight)
             .arg(esc(lang.tr(fleetText(QT_TRANSLATE_NOOP(
                 "Fleet", "Devices per step: failed, warning, OK and unknown")))));
    const Segment legend[] = {
        {"failed", "#b00020", statusLabel(StepStatus::Failed), 0},
        {"warning", "#d08a00", statusLabel(StepStatus::Warning), 0},
        {"passed", "#2e7d32", statusLabel(StepStatus::Passed), 0},
        {"unknown", "#9e9e9e", statusLabel(StepStatus::Unknown), 0},
    };
    int x = 0;
    for (const Segment &seg : legend) {
        s += QStringLiteral("<rect x=\"%1\" y=\"4\" width=\"14\" height=\"14\" fill=\"%2\"/>"
                            "<text x=\"%3\" y=\"16\">%4</text>")
                 .arg(x)
                 .arg(QString::fromLatin1(seg.colour))
                 .arg(x + 19)
                 .arg(esc(lang.tr(seg.label)));
        x += 150;
    }
    for (int step = 1; step <= 6; ++step) {
        const FleetStepCounts &c = report.steps.at(size_t(step - 1));
        const int top = kBarTop + (step - 1) * kRowHeight;
        s += QStringLiteral("<text x=\"0\" y=\"%1\" font-weight=\"bold\">%2</text>")
                 .arg(top + 12)
                 .arg(esc(QString::number(step) + QStringLiteral(". ") +
                          lang.tr(stepInfo(step).title)));
        const Segment segments[] = {
            {"failed", "#b00020", statusLabel(StepStatus::Failed), c.failed},
            {"warning", "#d08a00", statusLabel(StepStatus::Warning), c.warning},
            {"passed", "#2e7d32", statusLabel(StepStatus::Passed), c.passed},
            {"unknown", "#9e9e9e", statusLabel(StepStatus::Unknown), c.unknown},
        };
        double left = 0;
        for (const Segment &seg : segments) {
            if (seg.count == 0) {
                continue;
            }
            const double width = double(kWidth) * seg.count / devices;
            const QString tip = lang.tr(fleetText(QT_TRANSLATE_NOOP("Fleet", "Step %1: %2 %3")))
                                    .arg(QString::number(step), lang.locale().toString(seg.count),
                                         lang.tr(seg.label));
            s += QStringLiteral("<g><title>%1</title><rect x=\"%2\" y=\"%3\" width=\"%4\" "
                                "height=\"%5\" fill=\"%6\"/>")
                     .arg(esc(tip), QString::number(left, 'f', 1), QString::number(top + 18),
                          QString::number(width, 'f', 1), QString::number(kBarHeight),
                          QString::fromLatin1(seg.colour));
            // The count inside its segment when it fits.
            const QString count = lang.locale().toString(seg.count);
            if (width >= 9.0 * count.size() + 8) {
                s += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#fff\" font-weight=\"bold\">"
                                    "%3</text>")
                         .arg(QString::number(left + 4, 'f', 1), QString::number(top + 35), count);
            }
            s += QStringLiteral("</g>");
            left += width;
        }
    }
    s += QStringLiteral("</svg>");
    return s;
}

// Sorting and filtering of the device table, in the page itself: no network, no library.
const char *kScript = R"JS(
(function(){
var table=document.getElementById('devices');if(!table)return;
var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
var text=document.getElementById('filter'),verdict=document.getElementById('verdict');
var shown=document.getElementById('shown');
function apply(){var q=text.value.trim().toLowerCase(),v=verdict.value,n=0;
rows.forEach(function(r){var ok=(!v||r.getAttribute('data-verdict')===v)&&
(!q||r.textContent.toLowerCase().indexOf(q)>=0);r.style.display=ok?'':'none';if(ok)n++;});
shown.textContent=n;}
text.addEventListener('input',apply);verdict.addEventListener('change',apply);
var dir={};
Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
th.tabIndex=0;function sort(){dir[i]=-(dir[i]||-1);var d=dir[i];
rows.sort(function(a,b){var x=a.cells[i].getAttribute('data-sort')||a.cells[i].textContent,
y=b.cells[i].getAttribute('data-sort')||b.cells[i].textContent;
var nx=parseFloat(x),ny=parseFloat(y);
if(!isNaN(nx)&&!isNaN(ny)&&String(nx)===x&&String(ny)===y)return d*(nx-ny);
return d*x.localeCompare(y);});
rows.forEach(function(r){body.appendChild(r);});
Array.prototype.forEach.call(table.tHead.rows[0].cells,function(h){h.removeAttribute('aria-sort');});
th.setAttribute('aria-sort',d>0?'ascending':'descending');}
th.addEventListener('click',sort);
th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort();}});});
Array.prototype.forEach.call(document.querySelectorAll('button.codelink'),function(b){
b.addEventListener('click',function(){text.value=b.textContent;verdict.value='';apply();
table.scrollIntoView();});});
})();
)JS";

} // namespace

QString renderFleetHtml(const FleetReport &report, const Language &lang)
{
    auto say = [&lang](const char *source) {
        return esc(lang.tr(fleetText(source)));
    };
    auto n = [&lang](qsizetype value) {
        return lang.locale().toString(qlonglong(value));
    };
    QString h;
    h.reserve(2048 + report.rows.size() * 400);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                        "<meta name=\"viewport\" content=\"width=device-width\">"
                        "<title>%2</title><style>%3</style></head><body>\n")
             .arg(lang.isoCode(), say(QT_TRANSLATE_NOOP("Fleet", "JoinDoctor fleet report")),
                  QString::fromLatin1(kStyle));
    h +=
        QStringLiteral("<h1>%1</h1>\n")
            .arg(esc(lang.tr(
                fleetText(QT_TRANSLATE_NOOP("Fleet", "JoinDoctor %1 - Microsoft Entra hybrid "
                                                     "join (hybrid Azure AD join) on many devices"))
                    .with({joinDoctorVersion()}))));
    h += QStringLiteral("<table>\n");
    auto row = [&h](const QString &key, const QString &value) {
        h += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n").arg(key, value);
    };
    if (!report.path.isEmpty()) {
        row(say(QT_TRANSLATE_NOOP("Fleet", "Read from")),
            QStringLiteral("<code>%1</code>").arg(esc(report.path)));
    }
    row(say(QT_TRANSLATE_NOOP("Fleet", "Made")),
        esc(report.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    row(say(QT_TRANSLATE_NOOP("Fleet", "Inputs read")), n(report.inputCount));
    row(say(QT_TRANSLATE_NOOP("Fleet", "Devices")), n(report.rows.size()));
    QStringList verdicts;
    for (const auto &[verdict, count] : fleetVerdictCounts(report)) {
        verdicts << QStringLiteral("<span class=\"%1\">%2 %3</span>")
                        .arg(verdictId(verdict), n(count), esc(lang.tr(verdictLabel(verdict))));
    }
    row(say(QT_TRANSLATE_NOOP("Fleet", "Verdicts")), verdicts.join(QStringLiteral(" &middot; ")));
    row(say(QT_TRANSLATE_NOOP("Fleet", "Not judged")),
        report.problems.isEmpty()
            ? n(0)
            : QStringLiteral("<a href=\"#not-judged\">%1</a>").arg(n(report.problems.size())));
    if (report.redacted) {
        row(say(QT_TRANSLATE_NOOP("Fleet", "Names")),
            say(QT_TRANSLATE_NOOP("Fleet", "Hidden: devices and files are numbered.")));
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<section><h2>%1</h2>\n%2\n</section>\n")
             .arg(say(QT_TRANSLATE_NOOP("Fleet", "Devices per step")), chartSvg(report, lang));

    h += QStringLiteral("<section><h2>%1</h2>\n").arg(say(QT_TRANSLATE_NOOP("Fleet", "Top codes")));
    if (report.topCodes.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(say(QT_TRANSLATE_NOOP("Fleet", "No step failed or warned on any device.")));
    } else {
        h += QStringLiteral("<table><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                            "<th>%5</th></tr></thead><tbody>\n")
                 .arg(say(QT_TRANSLATE_NOOP("Fleet", "Code")),
                      say(QT_TRANSLATE_NOOP("Fleet", "Step")),
                      say(QT_TRANSLATE_NOOP("Fleet", "Devices")),
                      say(QT_TRANSLATE_NOOP("Fleet", "What was found")),
                      say(QT_TRANSLATE_NOOP("Fleet", "First thing to do")));
        for (qsizetype i = 0; i < std::min<qsizetype>(report.topCodes.size(), 15); ++i) {
            const FleetCodeCount &code = report.topCodes.at(i);
            const ResultCodeDef *def = fleetCodeDefinition(code.code);
            h +=
                QStringLiteral("<tr><td><button type=\"button\" class=\"codelink %1\" title=\"%2\">"
                               "%3</button></td><td class=\"num\">%4</td><td class=\"num\">%5</td>"
                               "<td>%6</td><td>%7</td></tr>\n")
                    .arg(statusId(code.status),
                         say(QT_TRANSLATE_NOOP("Fleet", "Show these devices")), esc(code.code),
                         QString::number(code.step), n(code.devices),
                         def ? esc(lang.tr(def->summary)) : QString(),
                         def && !def->nextSteps.isEmpty() ? esc(lang.tr(def->nextSteps.first()))
                                                          : QString());
        }
        h += QStringLiteral("</tbody></table>\n");
    }
    h += QStringLiteral("</section>\n");

    // The device table.
    h += QStringLiteral("<section><h2>%1</h2>\n<div class=\"filters\"><label>%2 <input "
                        "id=\"filter\" type=\"search\" placeholder=\"%3\"></label><label>%4 "
                        "<select id=\"verdict\"><option value=\"\">%5</option>")
             .arg(say(QT_TRANSLATE_NOOP("Fleet", "Devices")),
                  say(QT_TRANSLATE_NOOP("Fleet", "Filter:")),
                  say(QT_TRANSLATE_NOOP("Fleet", "device, code, step, file...")),
                  say(QT_TRANSLATE_NOOP("Fleet", "Verdict:")),
                  say(QT_TRANSLATE_NOOP("Fleet", "All")));
    for (const auto &[verdict, count] : fleetVerdictCounts(report)) {
        h += QStringLiteral("<option value=\"%1\">%2 (%3)</option>")
                 .arg(verdictId(verdict), esc(lang.tr(verdictLabel(verdict))), n(count));
    }
    h += QStringLiteral("</select></label><span>%1</span></div>\n")
             .arg(lang.tr(fleetText(QT_TRANSLATE_NOOP("Fleet", "Devices shown: %1 of %2")))
                      .arg(QStringLiteral("<b id=\"shown\">%1</b>").arg(n(report.rows.size())),
                           n(report.rows.size())));
    h += QStringLiteral("<table id=\"devices\"><thead><tr><th>%1</th><th>%2</th><th>%3</th>"
                        "<th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr></thead>"
                        "<tbody>\n")
             .arg(say(QT_TRANSLATE_NOOP("Fleet", "Device")),
                  say(QT_TRANSLATE_NOOP("Fleet", "Verdict")),
                  say(QT_TRANSLATE_NOOP("Fleet", "Step")), say(QT_TRANSLATE_NOOP("Fleet", "Code")),
                  say(QT_TRANSLATE_NOOP("Fleet", "Steps 1-6")),
                  say(QT_TRANSLATE_NOOP("Fleet", "Join type")),
                  say(QT_TRANSLATE_NOOP("Fleet", "Time of the data")),
                  say(QT_TRANSLATE_NOOP("Fleet", "Source")));
    for (const FleetRow &r : report.rows) {
        QString steps;
        for (int i = 0; i < 6; ++i) {
            const StepStatus status = r.status.at(size_t(i));
            const QString tip = QString::number(i + 1) + QStringLiteral(": ") +
                                lang.tr(statusLabel(status)) +
                                (r.codes.at(size_t(i)).isEmpty()
                                     ? QString()
                                     : QStringLiteral(" (") + r.codes.at(size_t(i)) + u')');
            steps += QStringLiteral("<span class=\"%1\" title=\"%2\">%3</span>")
                         .arg(statusId(status), esc(tip), statusSymbol(status));
        }
        const QString time = fleetTimeText(r, lang);
        h += QStringLiteral("<tr data-verdict=\"%1\"><td>%2</td><td class=\"%1\">%3</td>"
                            "<td class=\"num\" data-sort=\"%4\">%5</td><td class=\"code\">%6</td>"
                            "<td class=\"steps\">%7</td><td>%8</td><td data-sort=\"%9\">%10</td>"
                            "<td><code>%11</code></td></tr>\n")
                 .arg(verdictId(r.verdict), esc(r.device), esc(lang.tr(verdictLabel(r.verdict))),
                      QString::number(r.firstFailingStep > 0 ? r.firstFailingStep : 9),
                      r.firstFailingStep > 0 ? QString::number(r.firstFailingStep) : QString(),
                      esc(r.code()), steps, esc(lang.tr(joinTypeLabel(r.joinType))),
                      r.dataTime.isValid() ? r.dataTime.toUTC().toString(Qt::ISODate) : QString(),
                      esc(time) + (r.dataTimeFromFile ? QStringLiteral(" *") : QString()),
                      esc(r.source));
    }
    h += QStringLiteral("</tbody></table>\n");
    if (std::any_of(report.rows.begin(), report.rows.end(),
                    [](const FleetRow &r) { return r.dataTimeFromFile; })) {
        h += QStringLiteral("<p>* %1</p>\n")
                 .arg(say(QT_TRANSLATE_NOOP("Fleet", "The data does not say when it was taken; "
                                                     "the file's time is shown.")));
    }
    h += QStringLiteral("</section>\n");

    if (!report.problems.isEmpty()) {
        h += QStringLiteral("<section id=\"not-judged\"><h2>%1</h2>\n<table><thead><tr><th>%2"
                            "</th><th>%3</th></tr></thead><tbody>\n")
                 .arg(esc(lang.tr(fleetText(QT_TRANSLATE_NOOP("Fleet", "Inputs not judged (%1)"))
                                      .with({n(report.problems.size())}))),
                      say(QT_TRANSLATE_NOOP("Fleet", "Source")),
                      say(QT_TRANSLATE_NOOP("Fleet", "Why")));
        for (const FleetProblem &p : report.problems) {
            h += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>\n")
                     .arg(esc(p.source), esc(lang.tr(p.reason)));
        }
        h += QStringLiteral("</tbody></table></section>\n");
    }
    h += QStringLiteral("<script>") + QString::fromLatin1(kScript) +
         QStringLiteral("</script>\n</body></html>\n");
    return h;
}

} // namespace jd
