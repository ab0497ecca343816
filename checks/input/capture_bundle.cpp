#include "input/capture_bundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jd {

namespace {

constexpr const char *kFormat = "joindoctor-capture";

InputProblem refused(const char *text, QStringList args = {})
{
    return {InputProblemKind::NotDsregcmd, checksText(text).with(std::move(args))};
}

} // namespace

const CaptureItem *CaptureBundle::item(const char *name) const
{
    for (const CaptureItem &i : items) {
        if (i.name == QLatin1String(name)) {
            return &i;
        }
    }
    return nullptr;
}

void CaptureBundle::set(CaptureItem item)
{
    for (CaptureItem &i : items) {
        if (i.name == item.name) {
            i = std::move(item);
            return;
        }
    }
    items.append(std::move(item));
}

QByteArray CaptureBundle::toJson() const
{
    QJsonArray manifest;
    QJsonObject files;
    for (const CaptureItem &i : items) {
        manifest.append(QJsonObject{
            {QStringLiteral("name"), i.name},
            {QStringLiteral("collected"), i.collected},
            {QStringLiteral("error"), i.error.isEmpty() ? QJsonValue() : QJsonValue(i.error)},
            {QStringLiteral("detail"), i.detail.isEmpty() ? QJsonValue() : QJsonValue(i.detail)},
            {QStringLiteral("bytes"), qint64(i.content.size())}});
        if (i.collected) {
            files.insert(i.name, QString::fromUtf8(i.content));
        }
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                           {QStringLiteral("formatVersion"), kFormatVersion},
                           {QStringLiteral("joinDoctorVersion"), joinDoctorVersion},
                           {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("device"), device},
                           {QStringLiteral("redacted"), redacted},
                           {QStringLiteral("manifest"), manifest},
                           {QStringLiteral("files"), files}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool looksLikeCaptureBundle(const QByteArray &bytes)
{
    // JSON objects are written with sorted keys, so "format" is not necessarily near the start.
    const QByteArray start = bytes.left(64).trimmed();
    return start.startsWith('{') && (bytes.contains("\"format\": \"joindoctor-capture\"") ||
                                     bytes.contains("\"format\":\"joindoctor-capture\""));
}

std::optional<CaptureBundle> parseCaptureBundle(const QByteArray &bytes, InputProblem *problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError ||
        root.value(u"format").toString() != QLatin1String(kFormat)) {
        *problem = refused(QT_TRANSLATE_NOOP("Checks", "This capture file is damaged or not a "
                                                       "JoinDoctor capture (%1)."),
                           {error.error != QJsonParseError::NoError ? error.errorString()
                                                                    : QStringLiteral("format")});
        return std::nullopt;
    }
    const int version = root.value(u"formatVersion").toInt();
    if (version < 1 || version > CaptureBundle::kFormatVersion) {
        *problem = refused(QT_TRANSLATE_NOOP("Checks", "This capture was made by a newer "
                                                       "JoinDoctor (format %1); update JoinDoctor "
                                                       "to open it."),
                           {QString::number(version)});
        return std::nullopt;
    }
    CaptureBundle bundle;
    bundle.joinDoctorVersion = root.value(u"joinDoctorVersion").toString();
    bundle.createdAt = QDateTime::fromString(root.value(u"createdAt").toString(), Qt::ISODate);
    bundle.device = root.value(u"device").toString();
    bundle.redacted = root.value(u"redacted").toBool();
    const QJsonObject files = root.value(u"files").toObject();
    for (const QJsonValue v : root.value(u"manifest").toArray()) {
        const QJsonObject m = v.toObject();
        CaptureItem item;
        item.name = m.value(u"name").toString();
        item.collected = m.value(u"collected").toBool() && files.contains(item.name);
        item.error = m.value(u"error").toString();
        item.detail = m.value(u"detail").toString();
        item.content = files.value(item.name).toString().toUtf8();
        if (!item.name.isEmpty()) {
            bundle.items.append(item);
        }
    }
    return bundle;
}

} // namespace jd
