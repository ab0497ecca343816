#pragma once
// What JoinDoctor read from Active Directory for steps 1 and 3: how the domain controller was
// found (DNS SRV), whether LDAP and Kerberos answer, and the directory readout itself (the plain
// data of the LDAP layer under platform/directory).

#include "core/evidence.h"
#include "directory_reader.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace jd {

// One `_ldap._tcp.dc._msdcs.<domain>` answer.
struct DcRecord
{
    QString target;
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
    QStringList addresses;
};

struct DcDiscovery
{
    bool attempted = false;
    QString domain;
    QString dnsServer; // empty: the system's resolver
    QString query;     // the SRV name asked for
    QList<DcRecord> records;
    QString error; // resolver error when no record came back
    bool found() const { return !records.isEmpty(); }
};

// A TCP line-of-sight test to one port (Kerberos on the domain controller).
struct PortCheck
{
    bool attempted = false;
    QString host;
    quint16 port = 0;
    bool open = false;
    QString error;
    qint64 elapsedMs = 0;
};

struct DirectoryFacts
{
    QString url;                         // the LDAP URL used (given, or from DNS)
    DcDiscovery discovery;               // when a domain was given
    directory::DirectoryReadout readout; // RootDSE, SCP, computer object
    PortCheck kerberos;
    QDateTime checkedAt;
    qint64 elapsedMs = 0;
    bool attemptedLdap() const { return !url.isEmpty(); }
    bool ldapReached() const { return attemptedLdap() && readout.reached(); }
};

// Evidence lines for reports and the details view, section "LDAP" / "DNS".
EvidenceList directoryConnectionEvidence(const DirectoryFacts &d);
EvidenceList scpEvidence(const DirectoryFacts &d);
EvidenceList computerEvidence(const DirectoryFacts &d);

QString qs(const std::string &utf8);

} // namespace jd
