#include "live/redaction.h"

#include "facts/bundle_facts.h"
#include "facts/probe_serialisation.h"

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace jd {

namespace {

// GUIDs that name Microsoft's things, not the customer's: keep them readable.
const QStringList kWellKnownGuids = {
    QStringLiteral("62a0ff2e-97b9-4513-943f-0d221bd30080"), // the SCP's CN
    QStringLiteral("82dbaca4-3e81-46ca-9c73-0950c1eaca97"), // MS-Organization-Access OU
    QStringLiteral("01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9"), // Device Registration Service
    QStringLiteral("00000000-0000-0000-0000-000000000000")};

class Redactor
{
public:
    // Placeholders are numbered in order of first appearance, per kind.
    QString guid(const QString &original)
    {
        return placeholder(original.toLower(), [this]() {
            return QStringLiteral("00000000-0000-0000-0000-%1")
                .arg(++m_guids, 12, 10, QLatin1Char('0'));
        });
    }
    QString hex(const QString &original)
    {
        return placeholder(original.toLower(), [this, &original]() {
            const QString n = QString::number(++m_hex);
            return QString(original.size() - n.size(), u'0') + n;
        });
    }
    QString name(const QString &original, const char *kind)
    {
        return placeholder(original.toLower(), [this, kind]() {
            return QStringLiteral("%1%2")
                .arg(QLatin1String(kind))
                .arg(++m_names[QLatin1String(kind)]);
        });
    }
    void add(const QString &original, const QString &replacement)
    {
        if (original.size() >= 2 && !m_map.contains(original.toLower())) {
            m_map.insert(original.toLower(), replacement);
        }
    }
    const QMap<QString, QString> &map() const { return m_map; }

private:
    template <typename Make> QString placeholder(const QString &key, Make make)
    {
        auto it = m_map.find(key);
        if (it == m_map.end()) {
            it = m_map.insert(key, make());
        }
        return it.value();
    }
    QMap<QString, QString> m_map; // lower-case original -> placeholder
    int m_guids = 0;
    int m_hex = 0;
    QMap<QString, int> m_names;
};

const QRegularExpression &guidPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"));
    return re;
}

// Domain names: "corp.example" also appears as "DC=corp,DC=example" in directory names.
void addDomain(Redactor &r, QString domain)
{
    domain = domain.trimmed().toLower();
    while (domain.endsWith(u'.')) {
        domain.chop(1);
    }
    if (!domain.contains(u'.') || domain.size() < 4) {
        return;
    }
    const QString replacement = r.name(domain, "domain") + QStringLiteral(".example");
    r.add(domain, replacement);
    QStringList dn;
    for (const QString &label : domain.split(u'.')) {
        dn << QStringLiteral("DC=") + label;
    }
    QStringList replacementDn;
    for (const QString &label : replacement.split(u'.')) {
        replacementDn << QStringLiteral("DC=") + label;
    }
    r.add(dn.join(u','), replacementDn.join(u','));
}

void addHost(Redactor &r, const QString &host)
{
    const QString h = host.trimmed().toLower();
    if (h.isEmpty()) {
        return;
    }
    const QString shortName = h.section(u'.', 0, 0);
    const QString replacement = r.name(shortName, "host");
    r.add(shortName, replacement);
    if (h.contains(u'.')) {
        addDomain(r, h.section(u'.', 1));
        r.add(h, replacement + u'.' + r.map().value(h.section(u'.', 1), h.section(u'.', 1)));
    }
}

// Collects every identifier in the bundle: by pattern in all texts, and by name from the facts.
Redactor collect(const CaptureBundle &bundle)
{
    Redactor r;
    QString all;
    for (const CaptureItem &item : bundle.items) {
        all += QString::fromUtf8(item.content) + u'\n' + item.detail + u'\n';
    }
    all += bundle.device;

    // Names first (from the facts), so that patterns found later reuse their placeholders.
    const LoadedFacts loaded = factsFromBundle(bundle, QString());
    if (loaded.facts) {
        const Facts &f = *loaded.facts;
        addHost(r, f.deviceName);
        addDomain(r, f.tenantName);
        if (!f.domainName.isEmpty()) {
            r.add(f.domainName, r.name(f.domainName, "DOMAIN"));
        }
        addDomain(r, f.clientScp.tenantName);
        if (f.directory) {
            addDomain(r, f.directory->discovery.domain);
            for (const DcRecord &dc : f.directory->discovery.records) {
                addHost(r, dc.target);
            }
            addDomain(r, qs(f.directory->readout.scp.azureAdName));
            const QString computer = qs(f.directory->readout.computer.name);
            if (!computer.isEmpty()) {
                addHost(r, computer.chopped(computer.endsWith(u'$') ? 1 : 0));
            }
        }
    }
    const QJsonObject device =
        QJsonDocument::fromJson(bundle.item(capture_item::kDevice)
                                    ? bundle.item(capture_item::kDevice)->content
                                    : QByteArray())
            .object();
    addHost(r, device.value(u"computerName").toString());
    addHost(r, device.value(u"hostName").toString());
    addHost(r, bundle.device);

    // E-mail addresses and UPNs: user and domain separately.
    static const QRegularExpression email(
        QStringLiteral("\\b([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)\\b"));
    for (auto it = email.globalMatch(all); it.hasNext();) {
        const auto m = it.next();
        addDomain(r, m.captured(2));
        const QString user = r.name(m.captured(0), "user");
        r.add(m.captured(0), user + u'@' + r.map().value(m.captured(2).toLower(), m.captured(2)));
    }
    // DOMAIN\user accounts of the device's own domains (the backslash doubled inside JSON), and
    // user profile folders. Other "a\b" pairs (registry paths) are left alone.
    QStringList netbios;
    if (loaded.facts && !loaded.facts->domainName.isEmpty()) {
        netbios << loaded.facts->domainName;
    }
    for (const QString &original : r.map().keys()) {
        if (original.contains(u'.') && !original.contains(u'@')) {
            netbios << original.section(u'.', 0, 0);
        }
    }
    netbios << QStringLiteral("Users");
    netbios.removeDuplicates();
    for (const QString &domain : netbios) {
        const QRegularExpression account(
            QStringLiteral("\\b") + QRegularExpression::escape(domain) +
                QStringLiteral("\\\\{1,2}([A-Za-z][A-Za-z0-9._-]{1,63})\\b"),
            QRegularExpression::CaseInsensitiveOption);
        for (auto it = account.globalMatch(all); it.hasNext();) {
            const QString user = it.next().captured(1);
            if (user.compare(QLatin1String("Public"), Qt::CaseInsensitive) != 0 &&
                user.compare(QLatin1String("Default"), Qt::CaseInsensitive) != 0) {
                r.add(user, r.name(user, "user"));
            }
        }
    }
    for (auto it = guidPattern().globalMatch(all); it.hasNext();) {
        const QString g = it.next().captured(0).toLower();
        if (!kWellKnownGuids.contains(g)) {
            r.guid(g);
        }
    }
    static const QRegularExpression thumbprint(
        QStringLiteral("\\b(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})\\b"));
    for (auto it = thumbprint.globalMatch(all); it.hasNext();) {
        r.hex(it.next().captured(0));
    }
    static const QRegularExpression sid(QStringLiteral("\\bS-1-5-21(?:-\\d+){3,4}\\b"));
    for (auto it = sid.globalMatch(all); it.hasNext();) {
        const QString s = it.next().captured(0);
        r.add(s, QStringLiteral("S-1-5-21-0-0-0-") + QString::number(r.map().size() + 1000));
    }
    return r;
}

QString apply(QString text, const QList<QPair<QRegularExpression, QString>> &rules, int *count)
{
    for (const auto &[pattern, replacement] : rules) {
        qsizetype before = text.size();
        int hits = 0;
        for (auto it = pattern.globalMatch(text); it.hasNext(); it.next()) {
            ++hits;
        }
        if (hits > 0) {
            text.replace(pattern, replacement);
            *count += hits;
        }
        Q_UNUSED(before)
    }
    return text;
}

// Certificates in the directory probe carry the identifiers in binary; keep only their summary.
QByteArray withoutCertificateBytes(const QByteArray &directoryJson)
{
    DirectoryFacts d;
    TenantCheck check;
    if (!directoryFromJson(directoryJson, &d, &check)) {
        return directoryJson;
    }
    return directoryToJson(d, check, /*withCertificateBytes=*/false);
}

} // namespace

QStringList identifiersIn(const CaptureBundle &bundle)
{
    return collect(bundle).map().keys();
}

CaptureBundle redactBundle(const CaptureBundle &bundle, RedactionReport *report)
{
    const Redactor r = collect(bundle);
    // Longest first, so that "pc01.corp.example" is replaced before "pc01" and "corp.example".
    QStringList originals = r.map().keys();
    std::sort(originals.begin(), originals.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QList<QPair<QRegularExpression, QString>> rules;
    for (const QString &original : originals) {
        const QString escaped = QRegularExpression::escape(original);
        // Whole words only, so that a short name does not eat parts of other words.
        rules.append({QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])") + escaped +
                                             QStringLiteral("(?![A-Za-z0-9])"),
                                         QRegularExpression::CaseInsensitiveOption),
                      r.map().value(original)});
    }
    CaptureBundle out = bundle;
    int replacements = 0;
    for (CaptureItem &item : out.items) {
        QByteArray content = item.content;
        if (item.name == QLatin1String(capture_item::kDirectory) && item.collected) {
            content = withoutCertificateBytes(content);
        }
        item.content = apply(QString::fromUtf8(content), rules, &replacements).toUtf8();
        item.detail = apply(item.detail, rules, &replacements);
        item.error = apply(item.error, rules, &replacements);
    }
    out.device = apply(out.device, rules, &replacements);
    out.redacted = true;
    if (report) {
        report->identifiers = int(originals.size());
        report->replacements = replacements;
    }
    return out;
}

} // namespace jd
