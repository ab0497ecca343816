#include "probes/directory_facts.h"

#include <QCryptographicHash>

namespace jd {

namespace {

Evidence item(const QString &field, const QString &value, const char *section = "LDAP")
{
    return Evidence{field, value, QString::fromLatin1(section), 0};
}

QString utc(std::int64_t seconds)
{
    return qs(directory::formatUtcTime(seconds));
}

} // namespace

QString qs(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

EvidenceList directoryConnectionEvidence(const DirectoryFacts &d)
{
    EvidenceList out;
    if (d.discovery.attempted) {
        QStringList records;
        for (const DcRecord &r : d.discovery.records) {
            records << QStringLiteral("%1:%2 (%3)")
                           .arg(r.target)
                           .arg(r.port)
                           .arg(r.addresses.isEmpty() ? QStringLiteral("?")
                                                      : r.addresses.join(u' '));
        }
        out << item(d.discovery.query,
                    records.isEmpty() ? d.discovery.error : records.join(QStringLiteral(", ")),
                    "DNS");
        if (!d.discovery.dnsServer.isEmpty()) {
            out << item(QStringLiteral("DNS server"), d.discovery.dnsServer, "DNS");
        }
    }
    if (d.attemptedLdap()) {
        const auto &r = d.readout;
        out << item(QStringLiteral("LDAP server"), d.url);
        out << item(
            QStringLiteral("LDAP answer"),
            r.reached()
                ? QStringLiteral("RootDSE read (%1, %2 ms)").arg(qs(r.backend)).arg(d.elapsedMs)
                : QStringLiteral("%1: %2").arg(
                      QString::fromLatin1(ldapErrorKindId(r.connection.kind)),
                      qs(r.connection.message)));
        if (r.reached()) {
            out << item(QStringLiteral("Bind"), r.bindError.failed()
                                                    ? QStringLiteral("%1 (%2)").arg(
                                                          qs(r.bindMethod), qs(r.bindError.message))
                                                    : qs(r.bindMethod));
        }
    }
    if (d.kerberos.attempted) {
        out << item(QStringLiteral("Kerberos %1:%2").arg(d.kerberos.host).arg(d.kerberos.port),
                    d.kerberos.open ? QStringLiteral("open") : d.kerberos.error, "TCP");
    }
    return out;
}

EvidenceList scpEvidence(const DirectoryFacts &d)
{
    EvidenceList out;
    const auto &r = d.readout;
    if (!r.configurationNamingContext.empty()) {
        out << item(QStringLiteral("configurationNamingContext"), qs(r.configurationNamingContext));
    }
    if (!r.scp.searched) {
        return out;
    }
    out << item(QStringLiteral("SCP"),
                qs(r.scp.dn) + (r.scp.found ? QString() : QStringLiteral(" (missing)")));
    if (r.scp.error.failed()) {
        out << item(QStringLiteral("SCP read"), qs(r.scp.error.message));
    }
    if (r.scp.found) {
        if (r.scp.keywords.empty()) {
            out << item(QStringLiteral("keywords"), QStringLiteral("(none)"));
        }
        for (const std::string &k : r.scp.keywords) {
            out << item(QStringLiteral("keywords"), qs(k));
        }
    }
    return out;
}

EvidenceList computerEvidence(const DirectoryFacts &d)
{
    EvidenceList out;
    const auto &pc = d.readout.computer;
    if (!pc.searched) {
        return out;
    }
    out << item(QStringLiteral("Computer object"),
                pc.found ? qs(pc.dn)
                         : QStringLiteral("(&(objectClass=computer)(sAMAccountName=%1)) under %2: "
                                          "not found")
                               .arg(qs(pc.name), qs(pc.searchBase)));
    if (pc.error.failed()) {
        out << item(QStringLiteral("Computer read"), qs(pc.error.message));
    }
    if (!pc.found) {
        return out;
    }
    out << item(QStringLiteral("objectGUID"), qs(pc.objectGuid));
    if (pc.certificates.empty()) {
        out << item(QStringLiteral("userCertificate"), QStringLiteral("(none)"));
    }
    for (const auto &c : pc.certificates) {
        const QString thumb = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::fromStdString(c.der), QCryptographicHash::Sha1)
                .toHex());
        out << item(
            QStringLiteral("userCertificate"),
            c.summary.parsed
                ? QStringLiteral("%1; %2 – %3; SHA-1 %4")
                      .arg(qs(c.summary.subject), utc(c.summary.notBefore), utc(c.summary.notAfter),
                           thumb)
                : QStringLiteral("unreadable (%1); SHA-1 %2").arg(qs(c.summary.problem), thumb));
    }
    return out;
}

} // namespace jd
