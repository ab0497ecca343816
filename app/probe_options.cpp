#include "probe_options.h"

#include "report/report_labels.h"

#include <QFile>
#include <QTextStream>

namespace jd {

QString parseProbeFormat(const QString &value, const Language &lang, ReportFormat *format)
{
    const QString name = value.toLower();
    if (name == u"json") {
        *format = ReportFormat::Json;
    } else if (name == u"text") {
        *format = ReportFormat::Text;
    } else {
        return lang
            .tr(cliText(QT_TRANSLATE_NOOP("Cli", "Unknown format \"%1\"; use text or json.")))
            .arg(value);
    }
    return {};
}

QString readCaFile(const QString &path, const Language &lang, QList<QSslCertificate> *certificates)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return lang.tr(cliText(QT_TRANSLATE_NOOP("Cli", "Cannot read the CA file %1."))).arg(path);
    }
    // A CA bundle is a few hundred KiB at most; a bigger file is not one (and is not read whole).
    constexpr qint64 kMaxCaFileBytes = 4 * 1024 * 1024;
    const QByteArray pem = file.read(kMaxCaFileBytes + 1);
    if (pem.size() > kMaxCaFileBytes) {
        return lang
            .tr(cliText(QT_TRANSLATE_NOOP("Cli", "The CA file %1 is larger than 4 MiB; it is not "
                                                 "a certificate file.")))
            .arg(path);
    }
    *certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates->isEmpty()) {
        return lang
            .tr(cliText(QT_TRANSLATE_NOOP("Cli", "The CA file %1 holds no PEM certificate.")))
            .arg(path);
    }
    return {};
}

QString stepResultText(const CheckResult &step, const Language &lang)
{
    QString out;
    QTextStream s(&out);
    s << QStringLiteral("[%1]  %2\n").arg(lang.tr(statusLabel(step.status)).toUpper(), step.code)
      << lang.tr(step.summary) << '\n'
      << lang.tr(step.explanation) << '\n';
    for (const TrText &t : step.details) {
        s << "  " << lang.tr(t) << '\n';
    }
    int n = 1;
    for (const TrText &t : step.nextSteps) {
        s << "  " << n++ << ". " << lang.tr(t) << '\n';
    }
    s.flush();
    return out;
}

} // namespace jd
