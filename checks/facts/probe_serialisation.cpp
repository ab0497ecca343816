#include "facts/probe_serialisation.h"

#include "probes/endpoint_targets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jd {

namespace {

std::optional<ProbeCause> causeFromId(const QString &id)
{
    for (int c = int(ProbeCause::Ok); c <= int(ProbeCause::UnexpectedResponse); ++c) {
        if (probeCauseId(ProbeCause(c)) == id) {
            return ProbeCause(c);
        }
    }
    return std::nullopt;
}

QJsonObject snapshotJson(const ConnectivitySnapshot &s)
{
    QJsonArray endpoints;
    for (const EndpointResult &r : s.endpoints) {
        QJsonObject e{{QStringLiteral("kind"), endpointKindId(r.kind)},
                      {QStringLiteral("url"), r.url.toString()},
                      {QStringLiteral("cause"), probeCauseId(r.cause)},
                      {QStringLiteral("httpStatus"), r.httpStatus},
                      {QStringLiteral("tlsIssuer"), r.tlsIssuer},
                      {QStringLiteral("elapsedMs"), r.elapsedMs},
                      {QStringLiteral("detail"), r.detail},
                      {QStringLiteral("tenantId"), r.tenantId}};
        if (r.serverDate.isValid() && r.localDate.isValid()) {
            e.insert(QStringLiteral("serverDate"), r.serverDate.toString(Qt::ISODate));
            e.insert(QStringLiteral("localDate"), r.localDate.toString(Qt::ISODate));
        }
        endpoints.append(e);
    }
    return QJsonObject{
        {QStringLiteral("proxy"), s.proxy ? QJsonValue(s.proxy->toString()) : QJsonValue()},
        {QStringLiteral("endpoints"), endpoints}};
}

std::optional<ConnectivitySnapshot> snapshotFrom(const QJsonValue &value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    ConnectivitySnapshot s;
    if (o.value(u"proxy").isString()) {
        s.proxy = QUrl(o.value(u"proxy").toString());
    }
    for (const QJsonValue v : o.value(u"endpoints").toArray()) {
        const QJsonObject e = v.toObject();
        const auto kind = endpointKindFromId(e.value(u"kind").toString());
        const auto cause = causeFromId(e.value(u"cause").toString());
        if (!kind || !cause) {
            continue; // from a newer version: skip what is not understood
        }
        EndpointResult r;
        r.kind = *kind;
        r.cause = *cause;
        r.url = QUrl(e.value(u"url").toString());
        r.httpStatus = e.value(u"httpStatus").toInt();
        r.tlsIssuer = e.value(u"tlsIssuer").toString();
        r.elapsedMs = qint64(e.value(u"elapsedMs").toDouble());
        r.detail = e.value(u"detail").toString();
        r.tenantId = e.value(u"tenantId").toString();
        r.serverDate = QDateTime::fromString(e.value(u"serverDate").toString(), Qt::ISODate);
        r.localDate = QDateTime::fromString(e.value(u"localDate").toString(), Qt::ISODate);
        r.done = true;
        s.endpoints.append(r);
    }
    return s;
}

QJsonObject errorJson(const directory::LdapError &e)
{
    return QJsonObject{{QStringLiteral("kind"), int(e.kind)},
                       {QStringLiteral("code"), e.code},
                       {QStringLiteral("message"), qs(e.message)}};
}

directory::LdapError errorFrom(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    directory::LdapError e;
    const int kind = o.value(u"kind").toInt();
    e.kind = kind >= 0 && kind <= int(directory::LdapErrorKind::ServerError)
                 ? directory::LdapErrorKind(kind)
                 : directory::LdapErrorKind::ServerError;
    e.code = o.value(u"code").toInt();
    e.message = o.value(u"message").toString().toStdString();
    return e;
}

QJsonArray strings(const std::vector<std::string> &values)
{
    QJsonArray a;
    for (const std::string &v : values) {
        a.append(qs(v));
    }
    return a;
}

std::vector<std::string> stringsFrom(const QJsonValue &v)
{
    std::vector<std::string> out;
    for (const QJsonValue s : v.toArray()) {
        out.push_back(s.toString().toStdString());
    }
    return out;
}

std::string str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toStdString();
}

} // namespace

QByteArray connectivityToJson(const ConnectivitySnapshot &system,
                              const std::optional<ConnectivitySnapshot> &user)
{
    const QJsonObject root{
        {QStringLiteral("system"), snapshotJson(system)},
        {QStringLiteral("user"), user ? QJsonValue(snapshotJson(*user)) : QJsonValue()}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool connectivityFromJson(const QByteArray &json, std::optional<ConnectivitySnapshot> *system,
                          std::optional<ConnectivitySnapshot> *user)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    *system = snapshotFrom(root.value(u"system"));
    *user = snapshotFrom(root.value(u"user"));
    return system->has_value();
}

QByteArray directoryToJson(const DirectoryFacts &d, const TenantCheck &tenantCheck,
                           bool withCertificateBytes)
{
    const auto &r = d.readout;
    QJsonArray records;
    for (const DcRecord &dc : d.discovery.records) {
        records.append(
            QJsonObject{{QStringLiteral("target"), dc.target},
                        {QStringLiteral("port"), dc.port},
                        {QStringLiteral("priority"), dc.priority},
                        {QStringLiteral("weight"), dc.weight},
                        {QStringLiteral("addresses"), QJsonArray::fromStringList(dc.addresses)}});
    }
    QJsonArray certificates;
    for (const auto &c : r.computer.certificates) {
        certificates.append(QJsonObject{
            {QStringLiteral("der"),
             withCertificateBytes
                 ? QJsonValue(QString::fromLatin1(QByteArray::fromStdString(c.der).toBase64()))
                 : QJsonValue()},
            {QStringLiteral("parsed"), c.summary.parsed},
            {QStringLiteral("problem"), qs(c.summary.problem)},
            {QStringLiteral("subject"), qs(c.summary.subject)},
            {QStringLiteral("subjectCommonName"), qs(c.summary.subjectCommonName)},
            {QStringLiteral("issuer"), qs(c.summary.issuer)},
            {QStringLiteral("notBefore"), double(c.summary.notBefore)},
            {QStringLiteral("notAfter"), double(c.summary.notAfter)},
            {QStringLiteral("matchesObjectGuid"), c.matchesObjectGuid},
            {QStringLiteral("expired"), c.expired},
            {QStringLiteral("notYetValid"), c.notYetValid}});
    }
    const QJsonObject root{
        {QStringLiteral("url"), d.url},
        {QStringLiteral("checkedAt"), d.checkedAt.toString(Qt::ISODate)},
        {QStringLiteral("elapsedMs"), d.elapsedMs},
        {QStringLiteral("discovery"),
         QJsonObject{{QStringLiteral("attempted"), d.discovery.attempted},
                     {QStringLiteral("domain"), d.discovery.domain},
                     {QStringLiteral("dnsServer"), d.discovery.dnsServer},
                     {QStringLiteral("query"), d.discovery.query},
                     {QStringLiteral("records"), records},
                     {QStringLiteral("error"), d.discovery.error}}},
        {QStringLiteral("kerberos"),
         QJsonObject{{QStringLiteral("attempted"), d.kerberos.attempted},
                     {QStringLiteral("host"), d.kerberos.host},
                     {QStringLiteral("port"), d.kerberos.port},
                     {QStringLiteral("open"), d.kerberos.open},
                     {QStringLiteral("error"), d.kerberos.error}}},
        {QStringLiteral("readout"),
         QJsonObject{
             {QStringLiteral("backend"), qs(r.backend)},
             {QStringLiteral("connection"), errorJson(r.connection)},
             {QStringLiteral("namingContexts"), strings(r.namingContexts)},
             {QStringLiteral("configurationNamingContext"), qs(r.configurationNamingContext)},
             {QStringLiteral("rootDomainNamingContext"), qs(r.rootDomainNamingContext)},
             {QStringLiteral("defaultNamingContext"), qs(r.defaultNamingContext)},
             {QStringLiteral("domainDn"), qs(r.domainDn)},
             {QStringLiteral("configurationDn"), qs(r.configurationDn)},
             {QStringLiteral("bindMethod"), qs(r.bindMethod)},
             {QStringLiteral("bindError"), errorJson(r.bindError)},
             {QStringLiteral("scp"),
              QJsonObject{{QStringLiteral("searched"), r.scp.searched},
                          {QStringLiteral("found"), r.scp.found},
                          {QStringLiteral("dn"), qs(r.scp.dn)},
                          {QStringLiteral("keywords"), strings(r.scp.keywords)},
                          {QStringLiteral("error"), errorJson(r.scp.error)}}},
             {QStringLiteral("computer"),
              QJsonObject{{QStringLiteral("searched"), r.computer.searched},
                          {QStringLiteral("found"), r.computer.found},
                          {QStringLiteral("name"), qs(r.computer.name)},
                          {QStringLiteral("searchBase"), qs(r.computer.searchBase)},
                          {QStringLiteral("dn"), qs(r.computer.dn)},
                          {QStringLiteral("objectGuid"), qs(r.computer.objectGuid)},
                          {QStringLiteral("matches"), r.computer.matches},
                          {QStringLiteral("certificates"), certificates},
                          {QStringLiteral("error"), errorJson(r.computer.error)}}}}},
        {QStringLiteral("tenantCheck"),
         QJsonObject{{QStringLiteral("attempted"), tenantCheck.attempted},
                     {QStringLiteral("url"), tenantCheck.url},
                     {QStringLiteral("tenantId"), tenantCheck.tenantId},
                     {QStringLiteral("error"), tenantCheck.error}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool directoryFromJson(const QByteArray &json, DirectoryFacts *d, TenantCheck *tenantCheck)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (!root.contains(u"readout")) {
        return false;
    }
    d->url = root.value(u"url").toString();
    d->checkedAt = QDateTime::fromString(root.value(u"checkedAt").toString(), Qt::ISODate);
    d->elapsedMs = qint64(root.value(u"elapsedMs").toDouble());
    const QJsonObject dns = root.value(u"discovery").toObject();
    d->discovery.attempted = dns.value(u"attempted").toBool();
    d->discovery.domain = dns.value(u"domain").toString();
    d->discovery.dnsServer = dns.value(u"dnsServer").toString();
    d->discovery.query = dns.value(u"query").toString();
    d->discovery.error = dns.value(u"error").toString();
    for (const QJsonValue v : dns.value(u"records").toArray()) {
        const QJsonObject o = v.toObject();
        DcRecord dc;
        dc.target = o.value(u"target").toString();
        dc.port = quint16(o.value(u"port").toInt());
        dc.priority = quint16(o.value(u"priority").toInt());
        dc.weight = quint16(o.value(u"weight").toInt());
        for (const QJsonValue a : o.value(u"addresses").toArray()) {
            dc.addresses << a.toString();
        }
        d->discovery.records << dc;
    }
    const QJsonObject kdc = root.value(u"kerberos").toObject();
    d->kerberos.attempted = kdc.value(u"attempted").toBool();
    d->kerberos.host = kdc.value(u"host").toString();
    d->kerberos.port = quint16(kdc.value(u"port").toInt());
    d->kerberos.open = kdc.value(u"open").toBool();
    d->kerberos.error = kdc.value(u"error").toString();

    const QJsonObject r = root.value(u"readout").toObject();
    auto &out = d->readout;
    out.backend = str(r, "backend");
    out.url = d->url.toStdString();
    out.connection = errorFrom(r.value(u"connection"));
    out.namingContexts = stringsFrom(r.value(u"namingContexts"));
    out.configurationNamingContext = str(r, "configurationNamingContext");
    out.rootDomainNamingContext = str(r, "rootDomainNamingContext");
    out.defaultNamingContext = str(r, "defaultNamingContext");
    out.domainDn = str(r, "domainDn");
    out.configurationDn = str(r, "configurationDn");
    out.bindMethod = str(r, "bindMethod");
    out.bindError = errorFrom(r.value(u"bindError"));
    const QJsonObject scp = r.value(u"scp").toObject();
    out.scp.searched = scp.value(u"searched").toBool();
    out.scp.found = scp.value(u"found").toBool();
    out.scp.dn = str(scp, "dn");
    out.scp.error = errorFrom(scp.value(u"error"));
    // The keywords are judged again, exactly as the reader does.
    directory::applyScpKeywords(stringsFrom(scp.value(u"keywords")), &out.scp);
    const QJsonObject pc = r.value(u"computer").toObject();
    auto &computer = out.computer;
    computer.searched = pc.value(u"searched").toBool();
    computer.found = pc.value(u"found").toBool();
    computer.name = str(pc, "name");
    computer.searchBase = str(pc, "searchBase");
    computer.dn = str(pc, "dn");
    computer.objectGuid = str(pc, "objectGuid");
    computer.matches = pc.value(u"matches").toInt();
    computer.error = errorFrom(pc.value(u"error"));
    const std::int64_t at = d->checkedAt.isValid() ? d->checkedAt.toSecsSinceEpoch()
                                                   : QDateTime::currentSecsSinceEpoch();
    for (const QJsonValue v : pc.value(u"certificates").toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(u"der").isString()) {
            // The certificate itself: judged again exactly as when it was read.
            const QByteArray der = QByteArray::fromBase64(c.value(u"der").toString().toLatin1());
            computer.certificates.push_back(
                directory::judgeCertificate(der.toStdString(), computer.objectGuid, at));
            continue;
        }
        directory::CertificateReadout cert;
        cert.summary.parsed = c.value(u"parsed").toBool();
        cert.summary.problem = str(c, "problem");
        cert.summary.subject = str(c, "subject");
        cert.summary.subjectCommonName = str(c, "subjectCommonName");
        cert.summary.issuer = str(c, "issuer");
        cert.summary.notBefore = std::int64_t(c.value(u"notBefore").toDouble());
        cert.summary.notAfter = std::int64_t(c.value(u"notAfter").toDouble());
        cert.matchesObjectGuid = c.value(u"matchesObjectGuid").toBool();
        cert.expired = c.value(u"expired").toBool();
        cert.notYetValid = c.value(u"notYetValid").toBool();
        computer.certificates.push_back(cert);
    }
    const QJsonObject tc = root.value(u"tenantCheck").toObject();
    tenantCheck->attempted = tc.value(u"attempted").toBool();
    tenantCheck->url = tc.value(u"url").toString();
    tenantCheck->tenantId = tc.value(u"tenantId").toString();
    tenantCheck->error = tc.value(u"error").toString();
    return true;
}

} // namespace jd
