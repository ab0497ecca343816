#include "fleet/intune_export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace jd {

namespace {

QString columnKey(const QString &header)
{
    QString key;
    for (const QChar c : header) {
        if (c.isLetterOrNumber()) {
            key += c.toLower();
        }
    }
    return key;
}

struct Columns
{
    int device = -1;
    int preOutput = -1;
    int postOutput = -1;
    int time = -1;
};

// Names as the Intune admin center and the Graph export write them.
Columns findColumns(const QStringList &header)
{
    Columns columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = columnKey(header.at(i));
        if (columns.device < 0 && (key == u"devicename" || key == u"device")) {
            columns.device = i;
        } else if (key.contains(QStringLiteral("detection")) &&
                   key.contains(QStringLiteral("output"))) {
            if (key.startsWith(QStringLiteral("post"))) {
                columns.postOutput = i;
            } else if (columns.preOutput < 0) {
                columns.preOutput = i;
            }
        } else if (columns.time < 0 &&
                   (key == u"lastsync" || key == u"lastsynctime" || key == u"lastupdated" ||
                    key == u"lastupdatedatetime" || key == u"lastmodifieddatetime" ||
                    key == u"modifiedtime" || key == u"lastrun" || key == u"lastruntime" ||
                    key == u"lastsyncdatetime" || key == u"lastupdatedtime")) {
            columns.time = i;
        }
    }
    return columns;
}

QChar separatorOf(const QString &firstLine)
{
    return firstLine.count(u';') > firstLine.count(u',') ? u';' : u',';
}

QString firstLineOf(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    QString line = end < 0 ? text : text.left(end);
    if (line.startsWith(QChar(0xFEFF))) {
        line.remove(0, 1);
    }
    return line;
}

// "2026-12-07T09:12:44Z", "12/7/2026 9:12:44 AM", "07-12-2026 09:12:44": UTC, as exported.
QDateTime readExportTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QLocale c = QLocale::c();
        for (const char *format : {"M/d/yyyy h:mm:ss AP", "M/d/yyyy h:mm AP", "M/d/yyyy H:mm:ss",
                                   "M/d/yyyy H:mm", "dd-MM-yyyy HH:mm:ss", "dd.MM.yyyy HH:mm:ss",
                                   "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"}) {
            time = c.toDateTime(t, QString::fromLatin1(format));
            if (time.isValid()) {
                break;
            }
        }
    }
    if (time.isValid() && time.timeSpec() == Qt::LocalTime) {
        time.setTimeSpec(Qt::UTC);
    }
    return time;
}

// A result code as JoinDoctor writes them ("S3-NO-DC"); anything else from the export is dropped.
QString resultCodeOrEmpty(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^S[1-6]-[A-Z0-9-]{1,50}$"));
    return shape.match(code).hasMatch() ? code : QString();
}

bool readJsonLine(const QJsonObject &o, FleetRow *row, TrText *reason)
{
    if (const QString error = o.value(QStringLiteral("error")).toString(); !error.isEmpty()) {
        *reason = fleetText(QT_TRANSLATE_NOOP("Fleet", "The detection script could not judge "
                                                       "the device: %1"))
                      .with({fleetSafeText(error.left(200))});
        return false;
    }
    if (!verdictFromId(o.value(QStringLiteral("verdict")).toString(), &row->verdict)) {
        *reason = fleetText(QT_TRANSLATE_NOOP("Fleet", "The detection output has no verdict."));
        return false;
    }
    joinTypeFromId(o.value(QStringLiteral("joinType")).toString(), &row->joinType);
    const int step = o.value(QStringLiteral("firstFailingStep")).toInt(0);
    row->firstFailingStep = step >= 1 && step <= 6 ? step : 0;
    const QJsonArray status = o.value(QStringLiteral("status")).toArray();
    const QJsonArray codes = o.value(QStringLiteral("codes")).toArray();
    for (int i = 0; i < 6; ++i) {
        StepStatus s = StepStatus::NotRun;
        if (i < status.size() && stepStatusFromId(status.at(i).toString(), &s)) {
            row->status.at(size_t(i)) = s;
        }
        if (i < codes.size()) {
            row->codes.at(size_t(i)) = resultCodeOrEmpty(codes.at(i).toString());
        }
    }
    // "codes" is the first thing dropped when the line would be too long for Intune.
    if (row->firstFailingStep > 0) {
        const size_t at = size_t(row->firstFailingStep - 1);
        if (row->codes.at(at).isEmpty()) {
            row->codes.at(at) = resultCodeOrEmpty(o.value(QStringLiteral("code")).toString());
        }
        if (row->status.at(at) == StepStatus::NotRun) {
            row->status.at(at) = StepStatus::Failed;
        }
    }
    row->dataTime =
        QDateTime::fromString(o.value(QStringLiteral("takenAt")).toString(), Qt::ISODateWithMs);
    if (row->device.isEmpty()) {
        row->device = fleetSafeText(o.value(QStringLiteral("device")).toString().left(100));
    }
    return true;
}

// The earlier script's lines: "S3-NO-DC: headline", "OUT-OF-SCOPE (workgroup): headline",
// "OK (healthy, join type hybrid)".
bool readTextLine(const QString &output, FleetRow *row)
{
    static const QRegularExpression failing(QStringLiteral("^(S([1-6])-[A-Z0-9-]+):"));
    static const QRegularExpression outOfScope(QStringLiteral("^OUT-OF-SCOPE \\((\\w+)\\)"));
    static const QRegularExpression ok(QStringLiteral("^OK \\((\\w+), join type (\\w+)\\)"));
    if (const auto m = failing.match(output); m.hasMatch()) {
        row->verdict = Verdict::Problem;
        row->firstFailingStep = m.captured(2).toInt();
        const size_t at = size_t(row->firstFailingStep - 1);
        row->status.at(at) = StepStatus::Failed;
        row->codes.at(at) = m.captured(1);
        return true;
    }
    if (const auto m = outOfScope.match(output); m.hasMatch()) {
        row->verdict = Verdict::OutOfScope;
        joinTypeFromId(m.captured(1), &row->joinType);
        return true;
    }
    if (const auto m = ok.match(output); m.hasMatch()) {
        if (!verdictFromId(m.captured(1), &row->verdict)) {
            return false;
        }
        joinTypeFromId(m.captured(2), &row->joinType);
        return true;
    }
    return false;
}

} // namespace

bool readDetectionOutput(const QString &output, FleetRow *row, TrText *reason)
{
    const QString text = output.trimmed();
    if (text.isEmpty()) {
        *reason = fleetText(QT_TRANSLATE_NOOP(
            "Fleet", "No detection output: the script has not run on the device yet."));
        return false;
    }
    const qsizetype open = text.indexOf(u'{');
    const qsizetype close = text.lastIndexOf(u'}');
    if (open >= 0 && close > open) {
        QJsonParseError error;
        const QJsonDocument doc =
            QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8(), &error);
        if (doc.isObject() && doc.object().contains(QStringLiteral("jd"))) {
            return readJsonLine(doc.object(), row, reason);
        }
    }
    if (readTextLine(text, row)) {
        return true;
    }
    *reason = fleetText(QT_TRANSLATE_NOOP("Fleet", "The detection output is not JoinDoctor's: "
                                                   "\"%1\"."))
                  .with({fleetSafeText(text.left(60))});
    return false;
}

QList<QStringList> readCsvRecords(const QString &text, QChar separator)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype size = text.size();
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    auto endRecord = [&]() {
        record.append(field);
        field.clear();
        fieldStarted = false;
        if (record.size() > 1 || !record.first().isEmpty()) {
            records.append(record);
        }
        record.clear();
    };
    for (; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') {
                ++i;
            }
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        endRecord();
    }
    return records;
}

bool looksLikeIntuneExport(const QString &text)
{
    const QString first = firstLineOf(text);
    const Columns columns = findColumns(readCsvRecords(first, separatorOf(first)).value(0));
    return columns.device >= 0 && (columns.preOutput >= 0 || columns.postOutput >= 0);
}

IntuneExport readIntuneExport(const QString &text, const QString &sourceName)
{
    IntuneExport out;
    const QList<QStringList> records = readCsvRecords(text, separatorOf(firstLineOf(text)));
    if (records.isEmpty()) {
        return out;
    }
    const Columns columns = findColumns(records.first());
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &record = records.at(r);
        ++out.records;
        const QString source = sourceName + u':' + QString::number(r + 1);
        FleetRow row;
        row.source = source;
        row.device = fleetSafeText(record.value(columns.device).trimmed().left(100));
        // After a remediation, the detection that ran after it is the newer state.
        QString output = record.value(columns.postOutput).trimmed();
        if (output.isEmpty()) {
            output = record.value(columns.preOutput);
        }
        TrText reason;
        if (!readDetectionOutput(output, &row, &reason)) {
            out.problems.append({source, reason});
            continue;
        }
        if (!row.dataTime.isValid()) {
            row.dataTime = readExportTime(record.value(columns.time));
        }
        if (row.device.isEmpty()) {
            out.problems.append(
                {source, fleetText(QT_TRANSLATE_NOOP("Fleet", "The record names no device."))});
            continue;
        }
        out.rows.append(row);
    }
    return out;
}

} // namespace jd
