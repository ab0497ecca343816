#include "input/reg_export.h"

#include <QStringDecoder>

namespace jd {

namespace {

QString normalisedPath(QString path)
{
    path = path.trimmed();
    static const std::pair<const char *, const char *> roots[] = {
        {"HKLM\\", "HKEY_LOCAL_MACHINE\\"},
        {"HKCU\\", "HKEY_CURRENT_USER\\"},
        {"HKCR\\", "HKEY_CLASSES_ROOT\\"},
        {"HKU\\", "HKEY_USERS\\"}};
    for (const auto &[shortName, longName] : roots) {
        if (path.startsWith(QLatin1String(shortName), Qt::CaseInsensitive)) {
            path = QLatin1String(longName) + path.mid(qsizetype(qstrlen(shortName)));
        }
    }
    while (path.endsWith(u'\\')) {
        path.chop(1);
    }
    return path.toUpper();
}

// A quoted string starting at `pos` (on the opening quote); the position after the closing quote
// goes to *end. nullopt when there is no closing quote.
std::optional<QString> quoted(const QString &line, qsizetype pos, qsizetype *end)
{
    QString out;
    for (qsizetype i = pos + 1; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            out += line.at(++i); // \\ and \" (regedit escapes nothing else)
        } else if (c == u'"') {
            *end = i + 1;
            return out;
        } else {
            out += c;
        }
    }
    return std::nullopt;
}

std::optional<QByteArray> hexBytes(const QString &list)
{
    QByteArray out;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const uint byte = part.trimmed().toUInt(&ok, 16);
        if (!ok || byte > 0xff) {
            return std::nullopt;
        }
        out.append(char(byte));
    }
    return out;
}

QString utf16Le(const QByteArray &bytes)
{
    QString text = QStringDecoder(QStringDecoder::Utf16LE).decode(bytes);
    while (text.endsWith(QChar(0))) {
        text.chop(1);
    }
    return text;
}

std::optional<RegValue> parseData(const QString &data, RegValue value)
{
    if (data == u"-") {
        value.type = RegValue::Type::Deleted;
        return value;
    }
    if (data.startsWith(u'"')) {
        qsizetype end = 0;
        const auto text = quoted(data, 0, &end);
        if (!text || !data.mid(end).trimmed().isEmpty()) {
            return std::nullopt;
        }
        value.type = RegValue::Type::String;
        value.text = *text;
        return value;
    }
    if (data.startsWith(QLatin1String("dword:"), Qt::CaseInsensitive)) {
        bool ok = false;
        const QString digits = data.mid(6).trimmed();
        value.number = digits.toULongLong(&ok, 16);
        if (!ok || digits.size() > 8) {
            return std::nullopt;
        }
        value.type = RegValue::Type::Dword;
        return value;
    }
    if (!data.startsWith(QLatin1String("hex"), Qt::CaseInsensitive)) {
        return std::nullopt;
    }
    const qsizetype colon = data.indexOf(u':');
    if (colon < 0) {
        return std::nullopt;
    }
    const QString kind = data.left(colon).toLower();
    const auto bytes = hexBytes(data.mid(colon + 1));
    if (!bytes) {
        return std::nullopt;
    }
    value.bytes = *bytes;
    if (kind == u"hex(2)") {
        value.type = RegValue::Type::ExpandString;
        value.text = utf16Le(value.bytes);
    } else if (kind == u"hex(7)") {
        value.type = RegValue::Type::MultiString;
        value.text = utf16Le(value.bytes).split(QChar(0), Qt::SkipEmptyParts).join(u'\n');
    } else if (kind == u"hex(b)" && value.bytes.size() == 8) {
        value.type = RegValue::Type::Qword;
        for (int i = 7; i >= 0; --i) {
            value.number = (value.number << 8) | quint8(value.bytes.at(i));
        }
    } else {
        value.type = RegValue::Type::Binary;
    }
    return value;
}

} // namespace

QString RegValue::display() const
{
    switch (type) {
    case Type::String:
    case Type::ExpandString:
    case Type::MultiString:
        return text;
    case Type::Dword:
    case Type::Qword:
        return QStringLiteral("0x%1 (%2)").arg(number, 0, 16).arg(number);
    case Type::Binary:
        return QString::fromLatin1(bytes.toHex(' '));
    case Type::Deleted:
        return QStringLiteral("(deleted)");
    }
    return {};
}

const RegValue *RegKey::value(const QString &name) const
{
    for (const RegValue &v : values) {
        if (v.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &v;
        }
    }
    return nullptr;
}

const RegKey *RegExport::key(const QString &path) const
{
    const QString wanted = normalisedPath(path);
    for (const RegKey &k : keys) {
        if (normalisedPath(k.path) == wanted) {
            return &k;
        }
    }
    return nullptr;
}

bool looksLikeRegExport(const QString &text)
{
    const QString start = text.left(200).trimmed();
    return start.startsWith(QLatin1String("Windows Registry Editor Version"),
                            Qt::CaseInsensitive) ||
           start.startsWith(QLatin1String("REGEDIT4"), Qt::CaseInsensitive);
}

RegExport parseRegExport(const QString &text)
{
    RegExport out;
    out.valid = looksLikeRegExport(text);
    if (!out.valid) {
        return out;
    }
    const QStringList lines = text.split(u'\n');
    RegKey *current = nullptr;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        QString line = lines.at(i);
        line.remove(u'\r');
        // Hex data continues over lines ending in a backslash.
        while (line.endsWith(u'\\') && line.contains(QLatin1String("=hex"), Qt::CaseInsensitive) &&
               i + 1 < lines.size()) {
            line.chop(1);
            line += lines.at(++i).trimmed().remove(u'\r');
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u';') || looksLikeRegExport(trimmed)) {
            continue;
        }
        if (trimmed.startsWith(u'[') && trimmed.endsWith(u']')) {
            RegKey key;
            key.deleted = trimmed.startsWith(QLatin1String("[-"));
            key.path = trimmed.mid(key.deleted ? 2 : 1, trimmed.size() - (key.deleted ? 3 : 2));
            key.line = lineNumber;
            out.keys.append(key);
            current = &out.keys.last();
            continue;
        }
        if (!current) {
            ++out.skippedLines;
            continue;
        }
        RegValue value;
        value.line = lineNumber;
        qsizetype afterName = 0;
        if (trimmed.startsWith(u'@')) {
            afterName = 1;
        } else if (trimmed.startsWith(u'"')) {
            const auto name = quoted(trimmed, 0, &afterName);
            if (!name) {
                ++out.skippedLines;
                continue;
            }
            value.name = *name;
        } else {
            ++out.skippedLines;
            continue;
        }
        const QString rest = trimmed.mid(afterName).trimmed();
        if (!rest.startsWith(u'=')) {
            ++out.skippedLines;
            continue;
        }
        if (const auto parsed = parseData(rest.mid(1).trimmed(), value)) {
            current->values.append(*parsed);
        } else {
            ++out.skippedLines;
        }
    }
    return out;
}

} // namespace jd
