#include "report_labels.h"
#include "report_renderers.h"
#include "step_check.h"

#include <QTextStream>

namespace jd {

namespace {

TrText r(const char *source) { return reportText(source); }

QString evidenceLine(const Evidence &e, const Language &lang)
{
    QString where = e.section;
    if (e.line > 0) {
        where = lang.tr(r(QT_TRANSLATE_NOOP("Report", "%1, line %2")))
                    .arg(e.section.isEmpty() ? QStringLiteral("dsregcmd") : e.section)
                    .arg(e.line);
    }
    return QStringLiteral("%1 : %2   [%3]").arg(e.field, e.value, where);
}

} // namespace

QString renderTextReport(const Analysis &a, const Language &lang)
{
    QString out;
    QTextStream s(&out);
    auto tr = [&lang](const TrText &t) { return lang.tr(t); };
    auto label = [&](const char *source) { return tr(r(source)).leftJustified(12); };

    s << tr(r(QT_TRANSLATE_NOOP("Report", "JoinDoctor %1 - hybrid Azure AD join report")))
             .arg(joinDoctorVersion())
      << "\n\n";
    s << label(QT_TRANSLATE_NOOP("Report", "Device:")) << deviceLabel(a.facts) << '\n';
    s << label(QT_TRANSLATE_NOOP("Report", "Source:")) << a.facts.sourceName;
    if (!a.encoding.isEmpty()) {
        s << " (" << a.encoding << ')';
    }
    s << '\n';
    s << label(QT_TRANSLATE_NOOP("Report", "Analysed:"))
      << a.analysedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) << '\n';
    s << label(QT_TRANSLATE_NOOP("Report", "Join type:")) << tr(joinTypeLabel(a.facts.joinType))
      << '\n';
    s << label(QT_TRANSLATE_NOOP("Report", "PRT:")) << tr(prtLabel(a.facts.prt)) << '\n';
    s << label(QT_TRANSLATE_NOOP("Report", "Verdict:")) << tr(verdictLabel(a.verdict)).toUpper()
      << '\n';
    s << '\n' << verdictHeadline(a, lang) << "\n\n";

    for (const CheckResult &c : a.steps) {
        s << QStringLiteral("%1 %2").arg(statusSymbol(c.status), tr(statusLabel(c.status)))
                 .leftJustified(18)
          << tr(r(QT_TRANSLATE_NOOP("Report", "Step %1"))).arg(c.step) << "  "
          << tr(stepInfo(c.step).title).leftJustified(40) << ' ' << c.code << '\n';
    }

    for (const CheckResult &c : a.steps) {
        s << '\n'
          << QStringLiteral("== ") << tr(r(QT_TRANSLATE_NOOP("Report", "Step %1"))).arg(c.step)
          << QStringLiteral(": ") << tr(stepInfo(c.step).title) << QStringLiteral(" ==\n");
        s << tr(stepInfo(c.step).purpose) << '\n';
        s << QStringLiteral("[%1 %2]  %3\n")
                 .arg(statusSymbol(c.status), tr(statusLabel(c.status)).toUpper(), c.code);
        s << tr(c.summary) << '\n';
        s << tr(c.explanation) << '\n';
        for (const TrText &d : c.details) {
            s << "  " << tr(d) << '\n';
        }
        if (!c.nextSteps.isEmpty()) {
            s << tr(r(QT_TRANSLATE_NOOP("Report", "What to do:"))) << '\n';
            int n = 1;
            for (const TrText &step : c.nextSteps) {
                s << "  " << n++ << ". " << tr(step) << '\n';
            }
        }
        if (!c.evidence.isEmpty()) {
            s << tr(r(QT_TRANSLATE_NOOP("Report", "Evidence:"))) << '\n';
            for (const Evidence &e : c.evidence) {
                s << "  " << evidenceLine(e, lang) << '\n';
            }
        }
        for (const QString &code : c.errorCodes) {
            if (const ErrorCodeInfo *info = lookupErrorCode(code)) {
                s << "  " << code << ' ' << info->name << ": " << tr(info->cause) << ' '
                  << tr(info->fix) << '\n';
            }
        }
    }

    if (!a.errorCodes.isEmpty()) {
        s << '\n' << tr(r(QT_TRANSLATE_NOOP("Report", "Error codes found in the input:"))) << '\n';
        for (const FoundErrorCode &f : a.errorCodes) {
            s << "  " << f.id;
            if (f.info) {
                s << ' ' << f.info->name << " - " << tr(f.info->cause) << ' '
                  << tr(r(QT_TRANSLATE_NOOP("Report", "Fix:"))) << ' ' << tr(f.info->fix);
            } else {
                s << ' ' << tr(r(QT_TRANSLATE_NOOP("Report", "(not in JoinDoctor's catalogue)")));
            }
            s << '\n';
        }
    }
    s.flush();
    return out;
}

} // namespace jd
