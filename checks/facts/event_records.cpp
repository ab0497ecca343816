#include "facts/event_records.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace jd {

namespace {

QStringList codesIn(const QString &value)
{
    static const QRegularExpression hex(QStringLiteral("\\b0x[0-9a-fA-F]{8}\\b"));
    static const QRegularExpression aadsts(QStringLiteral("\\bAADSTS\\d{5,6}\\b"));
    QStringList codes;
    for (const QRegularExpression *re : {&hex, &aadsts}) {
        auto it = re->globalMatch(value);
        while (it.hasNext()) {
            const QString code = it.next().captured(0);
            codes << (code.startsWith(QLatin1String("0x")) ? code.toLower() : code);
        }
    }
    return codes;
}

} // namespace

QList<EventRecord> parseEventXml(const QString &xml, const QString &channel)
{
    QList<EventRecord> out;
    QString text = xml.trimmed();
    // wevtutil writes the <Event> elements one after another; give them a single root.
    if (text.startsWith(QLatin1String("<?xml"))) {
        text = text.mid(text.indexOf(QLatin1String("?>")) + 2).trimmed();
    }
    if (!text.startsWith(QLatin1String("<Events"))) {
        text = QStringLiteral("<Events>") + text + QStringLiteral("</Events>");
    }
    QXmlStreamReader reader(text);
    EventRecord current;
    bool inEvent = false;
    while (!reader.atEnd() && out.size() < kMaxEventsPerChannel) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == u"Event") {
                current = EventRecord{};
                current.channel = channel;
                inEvent = true;
            } else if (!inEvent) {
                continue;
            } else if (name == u"EventID") {
                current.id = reader.readElementText().trimmed().toInt();
            } else if (name == u"Level") {
                current.level = reader.readElementText().trimmed().toInt();
            } else if (name == u"TimeCreated") {
                current.time = QDateTime::fromString(
                    reader.attributes().value(QLatin1String("SystemTime")).toString(),
                    Qt::ISODateWithMs);
            } else if (name == u"Channel") {
                const QString c = reader.readElementText().trimmed();
                if (!c.isEmpty()) {
                    current.channel = c;
                }
            } else if (name == u"Data") {
                const QString key = reader.attributes().value(QLatin1String("Name")).toString();
                const QString value = reader.readElementText().trimmed();
                current.data.append({key, value});
                current.codes += codesIn(value);
            }
        } else if (reader.isEndElement() && reader.name() == u"Event" && inEvent) {
            current.codes.removeDuplicates();
            out.append(current);
            inEvent = false;
        }
    }
    return out;
}

int stepOfEvent(const QString &channel, int id)
{
    if (channel.contains(QLatin1String("AAD"), Qt::CaseInsensitive)) {
        // Token broker / CloudAP: the PRT at sign-in.
        switch (id) {
        case 1081:
        case 1084:
        case 1085:
        case 1086:
        case 1088:
        case 1094:
        case 1096:
        case 1097:
        case 1098:
        case 1104:
        case 1155:
            return 6;
        default:
            return 0;
        }
    }
    switch (id) {
    case 307: // SCP lookup in AD failed
    case 309: // Azure DRS not discovered
    case 330:
        return 1;
    case 200:
    case 201: // discovery failed: the network path
    case 305: // authentication phase: no access token
    case 337:
    case 340:
    case 341:
        return 2;
    case 219:
    case 220:
    case 221:
    case 244:
    case 245:
    case 258:
    case 260:
    case 333:
    case 334: // no domain controller
        return 3;
    case 204: // join response failed
    case 304: // join phase failed (0x801c03f2: not synced yet)
        return 4;
    default:
        return (id >= 223 && id <= 236) ? 2 : 0;
    }
}

Evidence eventEvidence(const EventRecord &event)
{
    QStringList parts;
    for (const auto &[key, value] : event.data) {
        if (!value.isEmpty()) {
            parts << (key.isEmpty() ? value : key + u'=' + value.left(300));
        }
    }
    const QString channel = event.channel.section(u'-', 2); // "User Device Registration/Admin"
    return Evidence{
        QStringLiteral("Event %1").arg(event.id),
        event.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) +
            (parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral(", "))),
        channel.isEmpty() ? event.channel : channel, 0};
}

} // namespace jd
