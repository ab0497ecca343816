#pragma once
// What the probe commands (--probe-connectivity, --probe-directory) share: their --format and
// --ca-file options and the way a step's result is printed in the terminal.

#include "core/language.h"
#include "report/report_renderers.h"
#include "steps/check_result.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace jd {

// "text" or "json"; returns a translated error message, or an empty string.
QString parseProbeFormat(const QString &value, const Language &lang, ReportFormat *format);

// PEM certificates to trust besides the system's; returns a translated error message, or "".
QString readCaFile(const QString &path, const Language &lang, QList<QSslCertificate> *certificates);

// "[FAILED]  S3-CERT-MISSING", summary, explanation, details and numbered next steps.
QString stepResultText(const CheckResult &step, const Language &lang);

} // namespace jd
