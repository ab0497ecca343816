#pragma once
// Steps 1 and 3 from the directory itself: finds a domain controller by DNS SRV (when a domain is
// given), reads RootDSE, the SCP and this computer's object over LDAP, and tries the Kerberos
// port. Blocking, bounded by the time-outs, cancellable: call it on a worker thread (or from a
// command-line tool) in one line.

#include "core/cancel_token.h"
#include "probes/directory_facts.h"

#include <chrono>
#include <optional>
#include <QHostAddress>
#include <QString>

namespace jd {

struct DirectoryProbeSettings
{
    QString ldapUrl;      // ldap://HOST:PORT; empty: the domain controller DNS names
    QString baseDn;       // empty: from RootDSE
    QString computerName; // empty: this computer's name
    QString bindDn;       // with password: simple bind
    QString password;
    bool currentUser = false; // bind as the signed-in user (Windows)
    QString domain;           // for the SRV lookup (and the Kerberos port)
    QHostAddress dnsServer;   // null: the system's resolver
    std::chrono::milliseconds timeout{5000};
};

DirectoryFacts probeDirectory(const DirectoryProbeSettings &settings, const CancelToken &cancel);

// This computer's NetBIOS-style name (COMPUTERNAME on Windows, else the host name).
QString localComputerName();

// What the live source reads: this computer's domain (its primary DNS suffix) found through DNS,
// bound as the signed-in user. nullopt when the computer has no domain to look for.
std::optional<DirectoryProbeSettings> liveDirectorySettings();

} // namespace jd
