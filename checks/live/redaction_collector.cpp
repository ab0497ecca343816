#include "live/redaction_collector.h"

#include "facts/bundle_facts.h"
#include "facts/fact_source.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace jd {

namespace {

// GUIDs that name Microsoft's things, not the customer's: keep them readable.
const QStringList kWellKnownGuids = {
    QStringLiteral("62a0ff2e-97b9-4513-943f-0d221bd30080"), // the SCP's CN
    QStringLiteral("82dbaca4-3e81-46ca-9c73-0950c1eaca97"), // MS-Organization-Access OU
    QStringLiteral("01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9"), // Device Registration Service
    QStringLiteral("b16898c6-a148-4967-9171-64d755da8520"), // WAM's Azure AD provider
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
    // IPv4 addresses stay IPv4 (documentation ranges, RFC 5737), IPv6 stay IPv6 (RFC 3849).
    QString ipv4(const QString &original)
    {
        return placeholder(original, [this]() {
            // 192.0.2.0/24, then 198.51.100.0/24 and 203.0.113.0/24: 762 addresses.
            static const char *const kRanges[] = {"192.0.2.", "198.51.100.", "203.0.113."};
            const int n = ++m_ipv4;
            return QLatin1String(kRanges[std::min((n - 1) / 254, 2)]) +
                   QString::number((n - 1) % 254 + 1);
        });
    }
    QString ipv6(const QString &original)
    {
        return placeholder(original.toLower(), [this]() {
            return QStringLiteral("2001:db8::%1").arg(++m_ipv6, 0, 16);
        });
    }
    QString mac(const QString &original)
    {
        return placeholder(original.toLower(), [this, &original]() {
            const QChar separator = original.at(2);
            QStringList octets{QStringLiteral("02"), QStringLiteral("00"), QStringLiteral("00")};
            const int n = ++m_macs;
            for (int shift : {16, 8, 0}) {
                octets << QStringLiteral("%1").arg((n >> shift) & 0xff, 2, 16, QLatin1Char('0'));
            }
            return octets.join(separator);
        });
    }
    void add(const QString &original, const QString &replacement)
    {
        if (original.size() >= 2 && !m_map.contains(original.toLower())) {
            m_map.insert(original.toLower(), replacement);
        }
    }
    const QMap<QString, QString> &map() const { return m_map; }
    QStringList domains; // the DNS domains found, for their NetBIOS-like first labels

private:
    template <typename Make> QString placeholder(const QString &key, Make make)
    {
        if (key.isEmpty()) {
            return key; // nothing to hide, and an empty original would match everywhere
        }
        auto it = m_map.find(key);
        if (it == m_map.end()) {
            it = m_map.insert(key, make());
        }
        return it.value();
    }
    QMap<QString, QString> m_map; // lower-case original -> placeholder
    int m_guids = 0;
    int m_hex = 0;
    int m_ipv4 = 0;
    int m_ipv6 = 0;
    int m_macs = 0;
    QMap<QString, int> m_names;
};

// Words that are names in some field but also words of dsregcmd's output and of JoinDoctor's own
// texts ("Microsoft" as a tenant's display name, "AD" as a NetBIOS domain, "Public" as a profile):
// hidden everywhere they would break the output, so they stay. Too short a name says little.
bool isCommonWord(const QString &name)
{
    static const QStringList kWords = {
        QStringLiteral("microsoft"),    QStringLiteral("azure"),   QStringLiteral("azuread"),
        QStringLiteral("windows"),      QStringLiteral("office"),  QStringLiteral("active"),
        QStringLiteral("directory"),    QStringLiteral("domain"),  QStringLiteral("user"),
        QStringLiteral("users"),        QStringLiteral("local"),   QStringLiteral("system"),
        QStringLiteral("tenant"),       QStringLiteral("default"), QStringLiteral("public"),
        QStringLiteral("none"),         QStringLiteral("unknown"), QStringLiteral("workgroup"),
        QStringLiteral("device"),       QStringLiteral("test"),    QStringLiteral("admin"),
        QStringLiteral("administrator")};
    return name.trimmed().size() < 3 || kWords.contains(name.trimmed().toLower());
}

// Microsoft's own domains (in proxy bypass lists, endpoint URLs): public, and what the checks
// judge, so never hidden.
bool isMicrosoftDomain(const QString &domain)
{
    static const QStringList kMicrosoft = {QStringLiteral("microsoft.com"),
                                           QStringLiteral("microsoftonline.com"),
                                           QStringLiteral("windows.net"),
                                           QStringLiteral("msftauth.net"),
                                           QStringLiteral("msauth.net"),
                                           QStringLiteral("live.com"),
                                           QStringLiteral("office.com"),
                                           QStringLiteral("office365.com"),
                                           QStringLiteral("azure.com"),
                                           QStringLiteral("azure.net"),
                                           QStringLiteral("microsoftonline.us"),
                                           QStringLiteral("chinacloudapi.cn"),
                                           QStringLiteral("partner.microsoftonline.cn"),
                                           QStringLiteral("windowsupdate.com"),
                                           QStringLiteral("msftconnecttest.com"),
                                           QStringLiteral("digicert.com"),
                                           QStringLiteral("onmicrosoft.com")};
    const QString d = domain.toLower();
    for (const QString &m : kMicrosoft) {
        if (d == m || d.endsWith(u'.' + m)) {
            return !(m == u"onmicrosoft.com" && d != m); // "contoso.onmicrosoft.com" is a tenant
        }
    }
    return false;
}

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
    if (!domain.contains(u'.') || domain.size() < 4 || isMicrosoftDomain(domain)) {
        return;
    }
    const QString replacement = r.name(domain, "domain") + QStringLiteral(".example");
    r.add(domain, replacement);
    r.domains << domain;
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
    QString h = host.trimmed().toLower();
    while (h.startsWith(u'.')) { // ".pc01.corp.example" as a garbled paste has it
        h.remove(0, 1);
    }
    if (h.isEmpty() || isMicrosoftDomain(h) || h == u"localhost") {
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

// IP and MAC addresses, except the ones that say nothing about the network (loopback, any) and
// the documentation ranges the placeholders come from.
void addAddresses(Redactor &r, const QString &all)
{
    static const QRegularExpression ipv4(
        QStringLiteral("(?<![0-9.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
                       "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![0-9]|\\.\\d)"));
    for (auto it = ipv4.globalMatch(all); it.hasNext();) {
        const QString a = it.next().captured(0);
        if (!a.startsWith(u"127.") && a != u"0.0.0.0" && a != u"255.255.255.255" &&
            !a.startsWith(u"192.0.2.") && !a.startsWith(u"198.51.100.") &&
            !a.startsWith(u"203.0.113.")) {
            r.ipv4(a);
        }
    }
    // Full (eight groups) or compressed ("::") forms only: "10:11:12" is a time of day.
    static const QRegularExpression ipv6(
        QStringLiteral("(?<![0-9A-Za-z:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}"
                       "(?:%[0-9A-Za-z]+)?(?![0-9A-Za-z:.])"));
    for (auto it = ipv6.globalMatch(all); it.hasNext();) {
        QString a = it.next().captured(0);
        a = a.section(u'%', 0, 0);
        const bool compressed = a.contains(QLatin1String("::"));
        if ((compressed || a.count(u':') == 7) && a != u"::" && a != u"::1" &&
            !a.startsWith(QLatin1String("2001:db8:"), Qt::CaseInsensitive) && a.size() > 3) {
            r.ipv6(a);
        }
    }
    static const QRegularExpression mac(QStringLiteral(
        "(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\\1){4}[0-9A-Fa-f]{2}"
        "(?![0-9A-Fa-f:-])"));
    for (auto it = mac.globalMatch(all); it.hasNext();) {
        const QString a = it.next().captured(0);
        if (!a.startsWith(QLatin1String("02-00-00")) && !a.startsWith(QLatin1String("02:00:00"))) {
            r.mac(a);
        }
    }
}

// A proxy's full name only: its first label alone ("proxy", "wpad") is too common a word to hide
// everywhere it appears.
void addProxyHost(Redactor &r, QString host)
{
    host = host.trimmed().toLower();
    static const QRegularExpression ip(QStringLiteral("^[0-9.]+$|:"));
    if (!host.contains(u'.') || ip.match(host).hasMatch() || isMicrosoftDomain(host)) {
        return;
    }
    addDomain(r, host.section(u'.', 1));
    const QString domain = host.section(u'.', 1);
    r.add(host, r.name(host, "proxy") + u'.' + r.map().value(domain, domain));
}

// Proxy servers ("http=proxy.corp.example:8080;https=…"), the PAC file's server and the domains
// in bypass lists ("*.corp.example;<local>"); IP addresses are found as such.
void addProxyNames(Redactor &r, const QStringList &serverLists, const QString &pacUrl,
                   const QStringList &bypassLists)
{
    for (const QString &servers : serverLists) {
        static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
        for (QString entry : servers.split(separators, Qt::SkipEmptyParts)) {
            entry = entry.section(u'=', -1);
            if (entry.contains(QLatin1String("://"))) {
                entry = entry.section(QLatin1String("://"), 1);
            }
            addProxyHost(r, entry.section(u':', 0, 0).section(u'/', 0, 0));
        }
    }
    addProxyHost(r, QUrl(pacUrl.trimmed()).host());
    for (const QString &bypass : bypassLists) {
        static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
        for (QString entry : bypass.split(separators, Qt::SkipEmptyParts)) {
            while (entry.startsWith(u'*') || entry.startsWith(u'.')) {
                entry.remove(0, 1);
            }
            static const QRegularExpression plainName(
                QStringLiteral("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
            static const QRegularExpression ip(QStringLiteral("^[0-9.]+$"));
            if (plainName.match(entry).hasMatch() && !ip.match(entry).hasMatch()) {
                addDomain(r, entry);
            }
        }
    }
}

// A tenant's name is a domain ("contoso.onmicrosoft.com") or the organisation's display name
// ("Northwind Traders"), which names the customer just as well.
void addTenantName(Redactor &r, const QString &name)
{
    const QString n = name.trimmed();
    if (n.contains(u'.')) {
        addDomain(r, n);
    } else if (n.size() >= 3 && !isCommonWord(n)) {
        r.name(n, "tenant");
    }
}

// The issuer a TLS-inspecting proxy puts on its certificates names the organisation ("Contoso
// Inspection CA"); the public CAs of Microsoft's endpoints name no one.
void addCertificateIssuers(Redactor &r, const Facts &facts)
{
    for (const auto &snapshot : {facts.connectivity, facts.userConnectivity}) {
        if (!snapshot) {
            continue;
        }
        for (const EndpointResult &e : snapshot->endpoints) {
            const QString issuer = e.tlsIssuer.trimmed();
            if (issuer.size() >= 3 && !issuer.contains(QLatin1String("Microsoft")) &&
                !issuer.contains(QLatin1String("DigiCert"))) {
                r.name(issuer, "issuer");
            }
        }
    }
}

// Collects every identifier in the bundle: by pattern in all texts, and by name from the facts.
Redactor collect(const CaptureBundle &bundle, const Facts *knownFacts)
{
    Redactor r;
    QString all;
    for (const CaptureItem &item : bundle.items) {
        all += QString::fromUtf8(item.content) + u'\n' + item.detail + u'\n';
    }
    all += bundle.device;

    // Names first (from the facts), so that patterns found later reuse their placeholders.
    LoadedFacts loaded;
    if (knownFacts) {
        loaded.facts = std::shared_ptr<const Facts>(knownFacts, [](const Facts *) {});
    } else {
        loaded = factsFromBundle(bundle, QString());
    }
    if (loaded.facts) {
        const Facts &f = *loaded.facts;
        addHost(r, f.deviceName);
        addTenantName(r, f.tenantName);
        addTenantName(r, f.clientScp.tenantName);
        if (!f.domainName.isEmpty() && !isCommonWord(f.domainName)) {
            r.name(f.domainName, "DOMAIN");
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
    if (loaded.facts) {
        const ProxyFacts &p = loaded.facts->proxy;
        addProxyNames(r, {p.winHttpProxy, p.ieProxyServer}, p.ieAutoConfigUrl,
                      {p.winHttpBypass, p.ieBypass});
        addCertificateIssuers(r, *loaded.facts);
    }
    // The proxies as read by API, also where dsregcmd's own lines won (the facts then hold those),
    // and the tenant's display name from NetGetAadJoinInformation.
    const auto json = [&bundle](const char *name) {
        const CaptureItem *item = bundle.item(name);
        return item ? QJsonDocument::fromJson(item->content).object() : QJsonObject();
    };
    const QJsonObject winHttp = json(capture_item::kWinHttpProxy);
    const QJsonObject user = json(capture_item::kUserProxy);
    addProxyNames(r, {winHttp.value(u"proxy").toString(), user.value(u"proxy").toString()},
                  user.value(u"autoConfigUrl").toString(),
                  {winHttp.value(u"bypass").toString(), user.value(u"bypass").toString()});
    addTenantName(r, json(capture_item::kJoinInfo).value(u"tenantDisplayName").toString());
    // Every tenant name dsregcmd printed: the device's and a work account's (WorkplaceTenantName).
    static const QRegularExpression tenantLine(
        QStringLiteral("(?:^|\\n)[ \\t]*(?:Workplace)?TenantName[ \\t]*:[ \\t]*([^\\r\\n]+)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = tenantLine.globalMatch(all); it.hasNext();) {
        addTenantName(r, it.next().captured(1));
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
        const QString domain = r.map().value(m.captured(2).toLower(), m.captured(2));
        r.add(m.captured(0), user + u'@' + domain);
        // The same address URL-encoded, as in a UserRealm request ("?user=a.b%40corp.example").
        r.add(m.captured(1) + QStringLiteral("%40") + m.captured(2),
              user + QStringLiteral("%40") + domain);
    }
    // DOMAIN\user accounts of the device's own domains (the backslash doubled inside JSON), and
    // user profile folders. Other "a\b" pairs (registry paths) are left alone.
    QStringList netbios;
    if (loaded.facts && !loaded.facts->domainName.isEmpty()) {
        netbios << loaded.facts->domainName;
    }
    for (const QString &domain : std::as_const(r.domains)) {
        netbios << domain.section(u'.', 0, 0);
    }
    netbios << QStringLiteral("Users") << QStringLiteral("AzureAD"); // profiles, Entra accounts
    netbios.removeDuplicates();
    for (const QString &domain : netbios) {
        // Only a text with "DOMAIN\" in it can hold such an account: no pattern to compile else.
        if (!all.contains(domain + u'\\', Qt::CaseInsensitive)) {
            continue;
        }
        const QRegularExpression account(
            QStringLiteral("\\b") + QRegularExpression::escape(domain) +
                QStringLiteral("\\\\{1,2}([A-Za-z][A-Za-z0-9._-]{1,63})\\b"),
            QRegularExpression::CaseInsensitiveOption);
        for (auto it = account.globalMatch(all); it.hasNext();) {
            const QString user = it.next().captured(1);
            if (!isCommonWord(user)) {
                r.name(user, "user");
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
    addAddresses(r, all);
    return r;
}

} // namespace

QMap<QString, QString> collectIdentifiers(const CaptureBundle &bundle, const Facts *facts)
{
    return collect(bundle, facts).map();
}

} // namespace jd
