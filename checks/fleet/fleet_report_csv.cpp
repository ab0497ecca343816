#include "fleet/fleet_report.h"

#include "report/report_labels.h"

namespace jd {

namespace {

QString csvField(const QString &value, QChar separator)
{
    // A leading =, +, - or @ would make Excel read the cell as a formula.
    QString v = value;
    if (!v.isEmpty() &&
        (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@')) {
        v.prepend(u'\'');
    }
    if (v.contains(separator) || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') ||
        v != value) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + v + u'"';
    }
    return v;
}

} // namespace

QByteArray renderFleetCsv(const FleetReport &report, const Language &lang)
{
    // Excel opens a CSV with the system's list separator: a semicolon where the decimal comma is
    // used (Danish), a comma elsewhere. The byte order mark makes it read UTF-8 (æ, ø, å).
    const QChar sep = lang.locale().decimalPoint() == QStringLiteral(",") ? u';' : u',';
    auto say = [&lang](const char *source) {
        return lang.tr(fleetText(source));
    };
    QString out;
    auto line = [&out, sep](const QStringList &fields) {
        QStringList cells;
        cells.reserve(fields.size());
        for (const QString &f : fields) {
            cells << csvField(f, sep);
        }
        out += cells.join(sep) + QStringLiteral("\r\n");
    };
    QStringList header = {say(QT_TRANSLATE_NOOP("Fleet", "Device")),
                          say(QT_TRANSLATE_NOOP("Fleet", "Join type")),
                          say(QT_TRANSLATE_NOOP("Fleet", "Verdict")),
                          say(QT_TRANSLATE_NOOP("Fleet", "First failing step")),
                          say(QT_TRANSLATE_NOOP("Fleet", "Code")),
                          say(QT_TRANSLATE_NOOP("Fleet", "Time of the data (UTC)"))};
    for (int step = 1; step <= 6; ++step) {
        header << lang.tr(
            fleetText(QT_TRANSLATE_NOOP("Fleet", "Step %1")).with({QString::number(step)}));
    }
    header << say(QT_TRANSLATE_NOOP("Fleet", "Source")) << say(QT_TRANSLATE_NOOP("Fleet", "Note"));
    line(header);
    const QString fromFile = say(QT_TRANSLATE_NOOP("Fleet", "the file's time; the data has none"));
    for (const FleetRow &row : report.rows) {
        QStringList fields = {
            row.device,
            lang.tr(joinTypeLabel(row.joinType)),
            lang.tr(verdictLabel(row.verdict)),
            row.firstFailingStep > 0 ? QString::number(row.firstFailingStep) : QString(),
            row.code(),
            row.dataTime.isValid()
                ? row.dataTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : QString()};
        for (size_t i = 0; i < 6; ++i) {
            const QString &code = row.codes.at(i);
            fields << lang.tr(statusLabel(row.status.at(i))) +
                          (code.isEmpty() ? QString() : QStringLiteral(" (") + code + u')');
        }
        fields << row.source << (row.dataTimeFromFile ? fromFile : QString());
        line(fields);
    }
    // What could not be judged, in the same table, so a filter on the verdict finds it.
    const QString notJudged = say(QT_TRANSLATE_NOOP("Fleet", "Not judged"));
    for (const FleetProblem &p : report.problems) {
        QStringList fields = {QString(), QString(), notJudged, QString(), QString(), QString()};
        for (int i = 0; i < 6; ++i) {
            fields << QString();
        }
        fields << p.source << lang.tr(p.reason);
        line(fields);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace jd
