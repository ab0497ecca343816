#pragma once
// Renders an Analysis as a report in one language: plain text for the terminal and tickets,
// JSON for tools and scripts (a stable contract), HTML as a self-contained file.

#include "core/language.h"
#include "report/analysis.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace jd {

enum class ReportFormat
{
    Text,
    Json,
    Html,
    Csv // the fleet report only (--fleet): one row per device
};

QString renderTextReport(const Analysis &analysis, const Language &language);
QByteArray renderJsonReport(const Analysis &analysis, const Language &language);
QString renderHtmlReport(const Analysis &analysis, const Language &language);

// One step as the JSON report writes it (the same shape in every command's JSON).
QJsonObject stepJsonObject(const CheckResult &result, const Language &language);

// The technical details of one step as plain text: specific findings, evidence with where it was
// read, and the decoded error codes. Used by the text report and the wizard's "Show details".
QString renderStepDetails(const CheckResult &result, const Language &language);
// " (+ S6-KEYS-NOT-IN-TPM, S6-WAM-NOT-DEFAULT)": the codes of a step's further findings, or "".
QString findingCodesSuffix(const CheckResult &result);

// A short plain-text summary for pasting into a ticket: header, verdict, one line per step.
QString renderShortSummary(const Analysis &analysis, const Language &language);

} // namespace jd
