#include "identifier_scan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace jd::test {

namespace {

// Microsoft's names and IDs: the same on every device, so not identifiers of this one.
bool isMicrosofts(const QString &value)
{
    static const QStringList kNames = {QStringLiteral("microsoft.com"),
                                       QStringLiteral("microsoftonline.com"),
                                       QStringLiteral("windows.net"),
                                       QStringLiteral("msftauth.net"),
                                       QStringLiteral("live.com"),
                                       QStringLiteral("microsoftonline.us"),
                                       QStringLiteral("office.com"),
                                       QStringLiteral("azure.net"),
                                       QStringLiteral("62a0ff2e-97b9-4513-943f-0d221bd30080"),
                                       QStringLiteral("82dbaca4-3e81-46ca-9c73-0950c1eaca97"),
                                       QStringLiteral("01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9"),
                                       QStringLiteral("b16898c6-a148-4967-9171-64d755da8520"),
                                       QStringLiteral("00000000-0000-0000-0000-000000000000")};
    const QString v = value.toLower();
    for (const QString &name : kNames) {
        if (v == name || v.endsWith(u'.' + name)) {
            return true;
        }
    }
    return false;
}

// The text of the input: a capture bundle's files one after the other, or the input itself.
QString textOf(const QByteArray &input)
{
    const QJsonObject bundle = QJsonDocument::fromJson(input).object();
    if (!bundle.value(u"files").isObject()) {
        return QString::fromUtf8(input);
    }
    QString all;
    const QJsonObject files = bundle.value(u"files").toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        all += it.value().toString() + u'\n';
    }
    return all + bundle.value(u"device").toString();
}

void addName(QSet<QString> &out, QString value)
{
    value = value.trimmed();
    // What people put in place of a name before they share an output: "<user>", "xxxxx".
    static const QRegularExpression placeholder(QStringLiteral("^[<{]|^[xX.-]+$|redacted"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (placeholder.match(value).hasMatch()) {
        return;
    }
    while (value.endsWith(u'.')) {
        value.chop(1);
    }
    if (value.size() >= 3 && !isMicrosofts(value)) {
        out.insert(value.toLower());
    }
}

// "pc01.corp.example" is three identifiers: the host, its domain and the whole name.
void addHostName(QSet<QString> &out, const QString &value)
{
    if (isMicrosofts(value)) {
        return;
    }
    addName(out, value);
    if (value.contains(u'.')) {
        addName(out, value.section(u'.', 0, 0));
        addName(out, value.section(u'.', 1));
    }
}

} // namespace

QStringList identifiersOf(const QByteArray &input)
{
    const QString text = textOf(input);
    QSet<QString> found;
    // Named fields of dsregcmd /status whose value says who or which device.
    static const QRegularExpression field(
        QStringLiteral("^\\s*(Device Name|DeviceId|TenantName|TenantId|Thumbprint|KeyContainerId|"
                       "Executing Account Name|DomainName|User Identity|Correlation ID|Request Id|"
                       "NgcKeyId|WorkplaceThumbprint|WorkplaceTenantName|WorkplaceTenantId|"
                       "WorkplaceDeviceId|Proxy Server List|Proxy Bypass List|Bypass List|"
                       "KerbTopLevelNames)\\s*:\\s*(.+)$"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._@-]*"));
    for (auto it = field.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).toLower();
        const QString value = m.captured(2).trimmed();
        if (name.endsWith(u"tenantname") && !value.contains(u'.')) {
            addName(found, value); // the organisation's display name, "Northwind Traders"
            continue;
        }
        if (name == u"domainname" || name.contains(u"thumbprint") || name.endsWith(u"id")) {
            addName(found, value.section(u' ', 0, 0));
            continue;
        }
        // Free-form values: every name-like token, hosts split into their parts; the words of a
        // proxy list ("http", "local") are not names.
        for (auto t = token.globalMatch(value); t.hasNext();) {
            const QString word = t.next().captured(0);
            if (word.contains(u'@')) {
                addName(found, word);
                addName(found, word.section(u'@', 0, 0));
                addHostName(found, word.section(u'@', 1));
            } else if (word.contains(u'.') && !word.contains(QLatin1String(".."))) {
                static const QRegularExpression number(QStringLiteral("^[0-9.]+$"));
                if (number.match(word).hasMatch()) {
                    continue;
                }
                if (name == u"device name") {
                    addHostName(found, word); // the computer's own name is its first label
                } else if (!isMicrosofts(word)) {
                    addName(found, word);
                    if (word.section(u'.', 1).contains(u'.')) {
                        addName(found, word.section(u'.', 1));
                    }
                }
            } else if (name == u"device name" || name == u"executing account name" ||
                       name == u"user identity") {
                addName(found, word);
            }
        }
    }
    // By shape, anywhere.
    static const QList<QRegularExpression> shapes = {
        QRegularExpression(
            QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+")), // e-mail, UPN
        QRegularExpression(QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                          "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")), // GUID
        QRegularExpression(QStringLiteral("S-1-5-21(?:-\\d+){3,4}")),         // SID
        QRegularExpression(QStringLiteral("\\b[0-9a-fA-F]{40}\\b")),          // thumbprint
        QRegularExpression(
            QStringLiteral("(?<![0-9.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
                           "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![0-9]|\\.\\d)")), // IPv4
        QRegularExpression(QStringLiteral("(?<![0-9A-Fa-f:])fe80::[0-9A-Fa-f:]+"),
                           QRegularExpression::CaseInsensitiveOption), // IPv6, link-local
        QRegularExpression(QStringLiteral("(?<![0-9A-Fa-f:-])(?:[0-9A-Fa-f]{2}[-:]){5}"
                                          "[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])"))}; // MAC
    for (const QRegularExpression &shape : shapes) {
        for (auto it = shape.globalMatch(text); it.hasNext();) {
            const QString value = it.next().captured(0);
            if (!value.startsWith(QLatin1String("127.")) && value != u"0.0.0.0" &&
                !value.startsWith(QLatin1String("192.0.2.")) &&
                !value.startsWith(QLatin1String("00000000-0000-0000-0000-"))) {
                addName(found, value);
            }
        }
    }
    // Words every report prints anyway (field values like "NO", section names) are not
    // identifiers even where a field holds them.
    for (const char *common :
         {"not", "set", "none", "yes", "unknown", "direct", "local", "http", "https", "proxy",
          "the", "and", "system", "users", "azuread", "domain", "user", "tenant"}) {
        found.remove(QString::fromLatin1(common));
    }
    QStringList list = found.values();
    list.sort();
    return list;
}

QStringList identifiersShownIn(const QString &output, const QStringList &identifiers)
{
    QStringList shown;
    for (const QString &id : identifiers) {
        const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9])") +
                                          QRegularExpression::escape(id) +
                                          QStringLiteral("(?![A-Za-z0-9])"),
                                      QRegularExpression::CaseInsensitiveOption);
        if (word.match(output).hasMatch()) {
            shown << id;
        }
    }
    return shown;
}

} // namespace jd::test
