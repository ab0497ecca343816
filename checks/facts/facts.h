#pragma once
// What JoinDoctor knows about one device, independent of where it came from (live, capture, demo).
// Interpreted values for the checks plus the document they were read from, for evidence.

#include "core/evidence.h"
#include "input/dsreg_document.h"
#include "input/field_values.h"
#include "probes/directory_facts.h"
#include "probes/endpoint_probe.h"
#include "probes/tenant_check.h"
#include "probes/vpn_detection.h"

#include <optional>
#include <QDateTime>
#include <QPair>
#include <QString>

namespace jd {

enum class JoinType
{
    Unknown,
    Hybrid,
    AzureAdJoined,
    DomainOnly,
    RegisteredOnly,
    Workgroup
};
enum class PrtState
{
    Unknown,
    Present,
    Missing
};
enum class DeviceAuthState
{
    Unknown,
    Success,
    DisabledOrDeleted,
    TestError,
    Other
};

struct TestFact
{
    TestValue value;
    Evidence evidence;
    bool present() const { return !evidence.isEmpty(); }
    bool failed() const { return value.verdict == TestVerdict::Fail; }
    bool passed() const { return value.verdict == TestVerdict::Pass; }
};

// "Previous Registration" block of the pre-join Diagnostic Data: the last failed join attempt.
struct RegistrationAttempt
{
    bool present = false;
    EvidenceList evidence;
    QDateTime time;
    QString registrationType; // "sync", "fed"
    QString errorPhase;       // "pre-check", "discover", "auth", "join" (lower case)
    QString clientErrorCode;  // "0x801c03f2"
    QString serverErrorCode;  // "DirectoryError"
    QString serverMessage;
    QString httpsStatus;
    QString httpError;          // WinHTTP transport error of the attempt, "0x0" when none
    QString serverOperation;    // "DeviceRenew" when the device renewed an existing registration
    QString serverErrorSubCode; // "error_missing_device"
    // The device renews a registration whose object Azure AD no longer has: the local state is
    // stale (the object was deleted, or left the sync scope).
    bool staleObject = false;
};

// SSO State diagnostics of the last failed PRT acquisition (Windows 10 21H1 and later).
struct PrtAttempt
{
    bool present = false;
    EvidenceList evidence;
    QDateTime time;
    QString attemptStatus; // "0xc000006d"
    QString userIdentity;
    QString credentialType;
    QString endpointUri;
    QString httpError; // transport error, "0x0" when none
    QString httpStatus;
    QString serverErrorCode;        // "invalid_grant"
    QString serverErrorDescription; // "AADSTS50126: …"
};

// What a `dsregcmd /debug` trace in the input says: the code it failed with and how dsregcmd
// asks to be run.
struct TraceFacts
{
    bool present = false;
    QString failureCode; // the code of the trace's last reported failure
    Evidence failure;    // the line it is in
    TraceHint hint = TraceHint::None;
    Evidence hintEvidence;
};

// The Enterprise PRT from AD FS, which federated tenants and Windows Hello for Business
// certificate trust need next to the Azure AD PRT.
struct EnterprisePrtFacts
{
    Tri present = Tri::Unknown;          // EnterprisePrt
    QString authority;                   // EnterprisePrtAuthority: the AD FS server that issued it
    Tri adfsRefreshToken = Tri::Unknown; // Ngc Prerequisite Check
    PrtAttempt attempt;    // its last failed attempt, printed after the EnterprisePrt line
    QStringList msisCodes; // AD FS errors (MSIS…) in the SSO State diagnostics
    // Signs that the user signs in through AD FS: an authority, an AD FS endpoint, MSIS codes.
    bool federated = false;
    // Windows Hello for Business certificate trust ("CertEnrollment : enrollment authority"),
    // whose certificate comes from AD FS with the Enterprise PRT.
    bool certificateTrust = false;
    bool needed() const { return federated || certificateTrust; }
    // Missing where it is needed: "EnterprisePrt : NO", or the Ngc check's AdfsRefreshToken NO.
    bool missing() const
    {
        return needed() &&
               (present == Tri::No || (present == Tri::Unknown && adfsRefreshToken == Tri::No));
    }
};

struct ProxyFacts
{
    bool winHttpSectionPresent = false;
    QString winHttpAccessType; // "DIRECT" or a proxy type
    QString winHttpProxy;      // proxy server(s), when set
    QString winHttpBypass;
    bool ieSectionPresent = false;
    Tri ieAutoDetect = Tri::Unknown;
    QString ieAutoConfigUrl;
    QString ieProxyServer;
    QString ieBypass;

    bool winHttpDirect() const;
    bool userHasProxy() const; // the signed-in user's (IE/WinINet) settings point to a proxy or PAC
};

// The client-side SCP: TenantId and TenantName under the registry key
// HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD, read live or from a .reg export.
struct ClientScpFacts
{
    bool read = false;    // the key was looked at (live) or its export was in the capture
    bool present = false; // the key has TenantId or TenantName
    QString tenantId;
    QString tenantName;
    EvidenceList evidence;
};

// The scheduled task \Microsoft\Windows\Workplace Join\Automatic-Device-Join, read through
// the Task Scheduler API.
struct TaskFacts
{
    bool read = false; // false: not read (not live, or the API failed: see error)
    QString error;
    bool exists = false;
    bool enabled = false;
    int state = 0;         // 1 disabled, 2 queued, 3 ready, 4 running
    qint64 lastResult = 0; // HRESULT of the last run
    QDateTime lastRun;
    QDateTime nextRun;
    EvidenceList evidence;
};

// One event from User Device Registration/Admin or AAD/Operational.
struct EventRecord
{
    QString channel;
    int id = 0;
    int level = 0; // 1 critical, 2 error, 3 warning, 4 information
    QDateTime time;
    QList<QPair<QString, QString>> data; // EventData, in order
    QStringList codes;                   // error codes found in the data
};

struct EventLogFacts
{
    QString channel;
    bool read = false;
    QString error;
    QList<EventRecord> events; // newest first
};

// NetGetAadJoinInformation: the join state without any dsregcmd text.
struct JoinInfoFacts
{
    bool apiAvailable = false;
    bool joined = false;
    int joinType = 0; // 1 device join, 2 workplace
    QString deviceId;
    QString tenantId;
    QString tenantDisplayName;
};

// Windows' version on the device the input came from, as its collector saw it.
struct OsFacts
{
    QString name;  // "Windows 10 Pro"
    int major = 0; // 10 for Windows 10 and 11, 6 for Windows 7 and 8.1
    int minor = 0;
    int build = 0; // 19045; 0 when unknown
    Evidence evidence;
    bool known() const { return major > 0; }
};

// A live connectivity probe made from this computer, when there is one.
struct ConnectivitySnapshot
{
    QList<EndpointResult> endpoints;
    std::optional<QUrl> proxy; // nullopt: direct
};

struct Facts
{
    DsregDocument document;
    QString sourceName; // capture file name, "stdin", or "demo: NAME"

    JoinType joinType = JoinType::Unknown;
    Tri azureAdJoined = Tri::Unknown;
    Tri domainJoined = Tri::Unknown;
    Tri enterpriseJoined = Tri::Unknown;
    Tri workplaceJoined = Tri::Unknown;

    QString deviceName; // "Device Name" (FQDN) when printed
    QString domainName;
    QString tenantName;
    QString tenantId;
    QString deviceId;
    QString workplaceTenantId;

    PrtState prt = PrtState::Unknown;
    QDateTime prtUpdateTime;
    QString userContext;      // "SYSTEM", "UN-ELEVATED User", "ELEVATED User" when printed
    bool ranAsSystem = false; // SSO/user state is meaningless then
    QDateTime clientTime;     // the time the output was taken, when printed
    QDateTime collectedAt;    // when a capture (or this computer's collector) took it

    bool preJoinDiagnostics = false; // the pre-join "Diagnostic Data" tests are present
    TestFact adConnectivity;
    TestFact adConfiguration;
    TestFact drsDiscovery;
    TestFact drsConnectivity;
    TestFact tokenAcquisition;
    TestFact fallbackToSyncJoin;

    RegistrationAttempt lastRegistration;
    PrtAttempt prtAttempt;
    EnterprisePrtFacts enterprisePrt;
    TraceFacts trace;
    DeviceAuthState deviceAuth = DeviceAuthState::Unknown;
    Tri aadRecoveryEnabled = Tri::Unknown;
    TestValue keySignTest;
    ProxyFacts proxy;
    std::optional<ConnectivitySnapshot> connectivity;     // through SYSTEM's (WinHTTP) proxy
    std::optional<ConnectivitySnapshot> userConnectivity; // through the signed-in user's proxy
    ClientScpFacts clientScp;
    std::optional<DirectoryFacts> directory; // read from Active Directory over LDAP
    TenantCheck tenantCheck;                 // of the SCP's azureADName, when the network allowed
    TaskFacts task;
    VpnFacts vpn; // from the network interfaces, when they were read
    QList<EventLogFacts> eventLogs;
    std::optional<JoinInfoFacts> joinInfo;
    OsFacts os; // from a capture's device description; unknown for a pasted text
};

QString joinTypeId(JoinType type);  // JSON ids: "hybrid", "azureAdJoined", …
QString prtStateId(PrtState state); // "present", "missing", "unknown"

} // namespace jd
