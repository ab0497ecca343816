#pragma once
// A PRT attempt that failed on the way to Azure AD: which part of the network stopped it (name
// lookup, proxy, TLS, or no answer), read from the transport error Windows recorded. Step 2 judges
// it as the connection problem it is; step 6 names it as the reason the PRT is missing.

#include "facts/facts.h"
#include "steps/check_result.h"

#include <optional>

namespace jd {

enum class NetworkCause
{
    None,
    NameLookup,  // DNS: the server name could not be resolved
    Proxy,       // the proxy, its script (PAC) or its authentication
    Tls,         // the TLS connection or the server certificate
    Unreachable, // time-out, refused or reset connection
};

// The cause of the last failed PRT attempt when it is a network one (HTTP Error, HTTP status,
// Attempt Status), None otherwise.
NetworkCause prtNetworkCause(const PrtAttempt &attempt);
// The WinHTTP error number (12002…) of a code as dsregcmd writes it: "0x2ee2", "0x80072ee2",
// "0xcaa82ee2", "ERROR_WINHTTP_TIMEOUT"; 0 when it is none.
int winHttpErrorNumber(const QString &code);
// One sentence naming the cause, for a result's details.
TrText networkCauseText(NetworkCause cause);

// Step 2's verdict on a PRT attempt stopped by the network, or nullopt when there is none.
std::optional<CheckResult> prtNetworkResult(const Facts &facts, const EvidenceList &proxyEvidence);
QList<const ResultCodeDef *> prtNetworkCodes();

} // namespace jd
