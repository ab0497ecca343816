#include "report/report_labels.h"
#include "report/report_renderers.h"
#include "steps/step_check.h"

#include <QTextStream>

namespace jd {

namespace {

TrText r(const char *source)
{
    return reportText(source);
}

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

namespace {

void writeEvidenceAndCodes(QTextStream &s, const EvidenceList &evidence,
                           const QStringList &errorCodes, const Language &lang)
{
    for (const Evidence &e : evidence) {
        s << "  " << evidenceLine(e, lang) << '\n';
    }
    for (const QString &code : errorCodes) {
        if (const ErrorCodeInfo *info = lookupErrorCode(code)) {
            s << "  " << code << ' ' << info->name << ": " << lang.tr(info->cause) << ' '
              << lang.tr(info->fix) << '\n';
        }
    }
}

} // namespace

QString renderStepDetails(const CheckResult &c, const Language &lang)
{
    QString out;
    QTextStream s(&out);
    for (const TrText &d : c.details) {
        s << lang.tr(d) << '\n';
    }
    if (!c.evidence.isEmpty()) {
        s << lang.tr(r(QT_TRANSLATE_NOOP("Report", "Evidence:"))) << '\n';
    }
    writeEvidenceAndCodes(s, c.evidence, c.errorCodes, lang);
    // Every further finding in full: the page and the overview show only its summary.
    for (const Finding &f : c.findings) {
        s << '\n'
          << QStringLiteral("[%1 %2]  %3  ")
                 .arg(statusSymbol(f.status), lang.tr(statusLabel(f.status)).toUpper(), f.code)
          << lang.tr(f.summary) << '\n'
          << lang.tr(f.explanation) << '\n';
        for (const TrText &d : f.details) {
            s << "  - " << lang.tr(d) << '\n';
        }
        if (!f.nextSteps.isEmpty()) {
            s << lang.tr(r(QT_TRANSLATE_NOOP("Report", "What to do:"))) << '\n';
            int n = 1;
            for (const TrText &step : f.nextSteps) {
                s << "  " << n++ << ". " << lang.tr(step) << '\n';
            }
        }
        if (!f.evidence.isEmpty()) {
            s << lang.tr(r(QT_TRANSLATE_NOOP("Report", "Evidence:"))) << '\n';
        }
        writeEvidenceAndCodes(s, f.evidence, f.errorCodes, lang);
    }
    s.flush();
    return out;
}

QString findingCodesSuffix(const CheckResult &c)
{
    QStringList codes;
    for (const Finding &f : c.findings) {
        codes.append(f.code);
    }
    return codes.isEmpty() ? QString() : QStringLiteral(" (+ %1)").arg(codes.join(u", "));
}

QString renderShortSummary(const Analysis &a, const Language &lang)
{
    QString out;
    QTextStream s(&out);
    s << lang.tr(r(QT_TRANSLATE_NOOP(
                     "Report",
                     "JoinDoctor %1 - Microsoft Entra hybrid join report (hybrid Azure AD join)")))
             .arg(joinDoctorVersion())
      << '\n';
    s << lang.tr(r(QT_TRANSLATE_NOOP("Report", "Device:"))) << ' ' << deviceLabel(a.facts) << " | "
      << a.facts.sourceName << " | "
      << a.analysedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) << '\n';
    s << verdictHeadline(a, lang) << '\n';
    for (const CheckResult &c : a.steps) {
        s << lang.tr(r(QT_TRANSLATE_NOOP("Report", "Step %1"))).arg(c.step) << ": "
          << lang.tr(statusLabel(c.status)) << "  " << c.code << "  " << lang.tr(c.summary)
          << findingCodesSuffix(c) << '\n';
    }
    s.flush();
    return out;
}

QString renderTextReport(const Analysis &a, const Language &lang)
{
    QString out;
    QTextStream s(&out);
    auto say = [&lang](const TrText &t) {
        return lang.tr(t);
    };
    auto label = [&](const char *source) {
        return say(r(source)).leftJustified(12);
    };

    s << say(r(QT_TRANSLATE_NOOP(
                 "Report",
                 "JoinDoctor %1 - Microsoft Entra hybrid join report (hybrid Azure AD join)")))
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
    s << label(QT_TRANSLATE_NOOP("Report", "Join type:")) << say(joinTypeLabel(a.facts.joinType))
      << '\n';
    s << label(QT_TRANSLATE_NOOP("Report", "PRT:")) << say(prtLabel(a.facts.prt)) << '\n';
    s << label(QT_TRANSLATE_NOOP("Report", "Verdict:")) << say(verdictLabel(a.verdict)).toUpper()
      << '\n';
    s << '\n' << verdictHeadline(a, lang) << "\n\n";
    if (const QString coverage = inputCoverageText(a, lang); !coverage.isEmpty()) {
        s << coverage << "\n\n";
    }
    s << captureTrustText(a.trust, lang) << "\n\n";

    for (const CheckResult &c : a.steps) {
        s << QStringLiteral("%1 %2")
                 .arg(statusSymbol(c.status), say(statusLabel(c.status)))
                 .leftJustified(18)
          << say(r(QT_TRANSLATE_NOOP("Report", "Step %1"))).arg(c.step) << "  "
          << say(stepInfo(c.step).title).leftJustified(40) << ' ' << c.code << findingCodesSuffix(c)
          << '\n';
    }

    for (const CheckResult &c : a.steps) {
        s << '\n'
          << QStringLiteral("== ") << say(r(QT_TRANSLATE_NOOP("Report", "Step %1"))).arg(c.step)
          << QStringLiteral(": ") << say(stepInfo(c.step).title) << QStringLiteral(" ==\n");
        s << say(stepInfo(c.step).purpose) << '\n';
        s << QStringLiteral("[%1 %2]  %3\n")
                 .arg(statusSymbol(c.status), say(statusLabel(c.status)).toUpper(), c.code);
        s << say(c.summary) << '\n';
        s << say(c.explanation) << '\n';
        if (!c.nextSteps.isEmpty()) {
            s << say(r(QT_TRANSLATE_NOOP("Report", "What to do:"))) << '\n';
            int n = 1;
            for (const TrText &step : c.nextSteps) {
                s << "  " << n++ << ". " << say(step) << '\n';
            }
        }
        if (!c.findings.isEmpty()) {
            s << say(r(QT_TRANSLATE_NOOP("Report", "Also found in this step:"))) << '\n';
            for (const Finding &f : c.findings) {
                s << QStringLiteral("  %1 %2  %3  ")
                         .arg(findingSymbol(f.status), say(findingLabel(f.status)), f.code)
                  << say(f.summary) << '\n';
            }
        }
        s << renderStepDetails(c, lang);
    }

    if (!a.errorCodes.isEmpty()) {
        s << '\n' << say(r(QT_TRANSLATE_NOOP("Report", "Error codes found in the input:"))) << '\n';
        for (const FoundErrorCode &f : a.errorCodes) {
            s << "  " << f.id;
            if (f.info) {
                s << ' ' << f.info->name << " - " << say(f.info->cause) << ' '
                  << say(r(QT_TRANSLATE_NOOP("Report", "Fix:"))) << ' ' << say(f.info->fix);
            } else {
                s << ' ' << say(r(QT_TRANSLATE_NOOP("Report", "(not in JoinDoctor's catalogue)")));
            }
            s << '\n';
        }
    }
    s.flush();
    return out;
}

} // namespace jd
