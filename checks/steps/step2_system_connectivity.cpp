#include "steps/step2_system_connectivity.h"

#include "steps/check_support.h"
#include "steps/prt_network.h"
#include "steps/step2_live_findings.h"
#include "steps/step2_probe_result.h"

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

const TrText kCheckEndpoints = t(QT_TRANSLATE_NOOP(
    "Checks", "Make sure enterpriseregistration.windows.net, login.microsoftonline.com and "
              "device.login.microsoftonline.com can be reached from the computer account (SYSTEM), "
              "not only from the browser."));
const TrText kRetry = t(QT_TRANSLATE_NOOP(
    "Checks", "When it is fixed, sign out and in again and run the analysis again."));

const ResultCodeDef kOk{
    2,
    "S2-OK",
    StepStatus::Passed,
    t(QT_TRANSLATE_NOOP("Checks", "The device reaches Microsoft's services as SYSTEM.")),
    t(QT_TRANSLATE_NOOP("Checks", "Windows' own tests of the device registration service passed, "
                                  "or the device completed its registration, which needs this "
                                  "connection.")),
    {}};
const ResultCodeDef kDiscoveryFailed{
    2,
    "S2-DISCOVERY-FAILED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The device cannot reach the device registration service as "
                                  "SYSTEM.")),
    t(QT_TRANSLATE_NOOP("Checks", "The registration runs as SYSTEM and uses the WinHTTP proxy "
                                  "settings, not the user's. Windows could not reach "
                                  "enterpriseregistration.windows.net that way, so it cannot "
                                  "register.")),
    {kCheckEndpoints,
     t(QT_TRANSLATE_NOOP("Checks",
                         "If the network needs a proxy, set it for WinHTTP: by Group "
                         "Policy, WPAD, or netsh winhttp set proxy proxy-server=\"<proxy>:<port>\" "
                         "bypass-list=\"<local>\" as administrator.")),
     kRetry}};
const ResultCodeDef kWinHttpProxyMissing{
    2,
    "S2-WINHTTP-PROXY-MISSING",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The browser uses a proxy, but SYSTEM goes direct and cannot get "
                                  "out.")),
    t(QT_TRANSLATE_NOOP("Checks", "The user's proxy settings point to a proxy server or script, "
                                  "while the WinHTTP settings that SYSTEM uses say \"direct\". The "
                                  "registration's network requests timed out or could not connect: "
                                  "it works in the browser, but not for the registration.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Set the WinHTTP proxy by Group Policy or WPAD, or run netsh "
                                   "winhttp import proxy source=ie (or netsh winhttp set proxy) as "
                                   "administrator.")),
     t(QT_TRANSLATE_NOOP("Checks", "A proxy that requires authentication must accept the computer "
                                   "account, or let these endpoints through without it.")),
     kRetry}};
const ResultCodeDef kProxyInterferes{
    2,
    "S2-PROXY-INTERFERES",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "A proxy or firewall changes the answers from Microsoft.")),
    t(QT_TRANSLATE_NOOP("Checks", "Windows got an answer it could not read: typically a proxy's "
                                  "sign-in or block page instead of the service's data, or TLS "
                                  "inspection of the connection.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Let the computer account through the proxy without "
                                   "interactive sign-in, and exempt the Microsoft endpoints (above "
                                   "all device.login.microsoftonline.com) from TLS inspection.")),
     kRetry}};
const ResultCodeDef kDrsUnreachable{
    2,
    "S2-DRS-UNREACHABLE",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The device registration service was found but cannot be "
                                  "reached.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "Discovery worked, but Windows' DRS Connectivity Test failed: the "
                        "registration endpoint is blocked for SYSTEM.")),
    {kCheckEndpoints, kRetry}};
const ResultCodeDef kRealmFailed{
    2,
    "S2-REALM-DISCOVERY-FAILED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The device could not ask Azure AD how the domain signs in.")),
    t(QT_TRANSLATE_NOOP("Checks", "Realm discovery at login.microsoftonline.com failed, so Windows "
                                  "cannot tell whether the domain is managed or federated.")),
    {kCheckEndpoints, kRetry}};
const ResultCodeDef kAuthFailed{
    2,
    "S2-AUTHENTICATION-FAILED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The device could not authenticate to Azure AD.")),
    t(QT_TRANSLATE_NOOP("Checks", "Getting a token for the registration failed: for a federated "
                                  "domain the federation service (AD FS) refused or could not be "
                                  "reached; otherwise login.microsoftonline.com could not be "
                                  "reached as SYSTEM.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Look up the error code below; for AD FS check WS-Trust "
                                   "(windowstransport) and the device registration claim rules.")),
     kCheckEndpoints}};
const ResultCodeDef kServiceBusy{
    2,
    "S2-SERVICE-BUSY",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "Microsoft's registration service was busy.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The service answered that it was unavailable (HTTP 503). This is "
                        "usually temporary; Windows tries again by itself.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Wait an hour, sign out and in, and run the analysis again."))}};
const ResultCodeDef kDeviceAuthUntested{
    2,
    "S2-DEVICE-AUTH-UNTESTED",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "Windows could not test the device's connection to Azure AD.")),
    t(QT_TRANSLATE_NOOP("Checks", "DeviceAuthStatus says the test failed with an error, which "
                                  "usually means Azure AD could not be reached in the SYSTEM "
                                  "context when dsregcmd ran.")),
    {kCheckEndpoints}};
const ResultCodeDef kNotTested{
    2,
    "S2-NOT-TESTED",
    StepStatus::Unknown,
    t(QT_TRANSLATE_NOOP("Checks", "The connection as SYSTEM was not tested in this output.")),
    t(QT_TRANSLATE_NOOP("Checks", "dsregcmd only runs its DRS Discovery and DRS Connectivity tests "
                                  "from an elevated prompt on a device that is not yet joined.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Run dsregcmd /status in a Command Prompt started with \"Run as "
                                   "administrator\" and analyse that output."))}};
const ResultCodeDef kNotApplicable{
    2,
    "S2-NOT-APPLICABLE",
    StepStatus::NotApplicable,
    t(QT_TRANSLATE_NOOP("Checks", "Not relevant for this device.")),
    t(QT_TRANSLATE_NOOP("Checks", "The SYSTEM-context registration is only used by hybrid join.")),
    {}};

EvidenceList proxyEvidence(const Facts &facts)
{
    EvidenceList list;
    for (const char *title : {"WinHttp Default Proxy Config", "IE Proxy Config for Current User"}) {
        if (const DsregSection *s = facts.document.section(QString::fromLatin1(title))) {
            for (const DsregField &f : s->fields) {
                list.append(evidenceOf(f));
            }
        }
    }
    return list;
}

bool isNetworkFailure(const QStringList &codes)
{
    return containsAny(codes, {"0x80072ee2", "0x80072efd", "0x80072ee7", "0x80072efe", "0x801c001f",
                               "0xcaa82ee2", "0xcaa82efd", "0xcaa82efe", "0x801c000c"});
}

} // namespace

QList<const ResultCodeDef *> SystemConnectivityCheck::codes() const
{
    QList<const ResultCodeDef *> codes = {&kOk,
                                          &kDiscoveryFailed,
                                          &kWinHttpProxyMissing,
                                          &kProxyInterferes,
                                          &kDrsUnreachable,
                                          &kRealmFailed,
                                          &kAuthFailed,
                                          &kServiceBusy,
                                          &kDeviceAuthUntested,
                                          &kNotTested,
                                          &kNotApplicable};
    return codes + prtNetworkCodes() + probeResultCodes() + liveConnectionCodes();
}

QList<CheckResult> SystemConnectivityCheck::findings(const Facts &facts,
                                                     const CheckResult &headline) const
{
    return liveConnectionFindings(facts, headline);
}

CheckResult SystemConnectivityCheck::headline(const Facts &facts, const CancelToken &) const
{
    CheckResult result = combinedWithProbe(facts);
    addUserProxyFindings(result, facts);
    return result;
}

CheckResult SystemConnectivityCheck::combinedWithProbe(const Facts &facts) const
{
    CheckResult recorded = fromDsregcmd(facts);
    if (!facts.connectivity || recorded.status == StepStatus::NotApplicable) {
        return recorded;
    }
    // A live probe says how the endpoints answer now; what dsregcmd recorded says what Windows
    // met at its last attempt. A failing probe is the more precise cause; a passing probe next to
    // a recorded failure means the problem was there then, and the recorded result stands.
    CheckResult live =
        connectivityStepResult(facts.connectivity->endpoints, facts.connectivity->proxy);
    if (live.status == StepStatus::Failed || recorded.status != StepStatus::Failed) {
        live.evidence += recorded.evidence;
        live.details += recorded.details;
        live.errorCodes += recorded.errorCodes;
        return live;
    }
    recorded.details.append(checksText(QT_TRANSLATE_NOOP(
        "Checks",
        "Microsoft's endpoints answer from this computer now; the failure was recorded by "
        "Windows at its last attempt. Sign out and in again to let it try once more.")));
    recorded.evidence += live.evidence;
    return recorded;
}

CheckResult SystemConnectivityCheck::fromDsregcmd(const Facts &facts) const
{
    if (!hybridStepsApply(facts.joinType)) {
        return notApplicableResult(kNotApplicable, facts);
    }
    if (facts.joinType == JoinType::Hybrid) {
        const EvidenceList evidence =
            fieldEvidence(facts, {"AzureAdJoined", "DeviceAuthStatus"}) + proxyEvidence(facts);
        // Registered once, but the sign-in that fetches the PRT did not get through now.
        if (auto prtNetwork = prtNetworkResult(facts, proxyEvidence(facts))) {
            return *prtNetwork;
        }
        if (facts.deviceAuth == DeviceAuthState::TestError) {
            return makeResult(kDeviceAuthUntested, evidence, {},
                              {QStringLiteral("DeviceAuthStatus: FAILED. ERROR")});
        }
        return makeResult(kOk, evidence);
    }

    EvidenceList evidence;
    for (const TestFact *test :
         {&facts.drsDiscovery, &facts.drsConnectivity, &facts.tokenAcquisition}) {
        if (test->present()) {
            evidence.append(test->evidence);
        }
    }
    const bool errorIsMine = stepOfLastRegistrationError(facts) == 2;
    QList<TrText> details;
    if (errorIsMine) {
        evidence += facts.lastRegistration.evidence;
        details = lastRegistrationDetails(facts);
    }
    evidence += proxyEvidence(facts);

    const bool testFailed = facts.drsDiscovery.failed() || facts.drsConnectivity.failed() ||
                            facts.tokenAcquisition.failed();
    if (testFailed || errorIsMine) {
        QStringList codes;
        for (const TestFact *test :
             {&facts.drsDiscovery, &facts.drsConnectivity, &facts.tokenAcquisition}) {
            if (test->failed()) {
                codes += test->value.codes;
            }
        }
        if (errorIsMine) {
            codes += registrationErrorCodes(facts);
        }
        codes.removeDuplicates();
        if (containsAny(codes, {"0x8007000d", "0x80072f8f", "0x801c0012", "0x801c000b",
                                "0xcaa82f8f", "0xcaa9002c"})) {
            return makeResult(kProxyInterferes, evidence, details, codes);
        }
        if (containsAny(codes, {"0x801c0025"})) {
            return makeResult(kServiceBusy, evidence, details, codes);
        }
        if (isNetworkFailure(codes) && facts.proxy.winHttpDirect() && facts.proxy.userHasProxy()) {
            return makeResult(kWinHttpProxyMissing, evidence, details, codes);
        }
        if (containsAny(codes, {"0x801c003d"})) {
            return makeResult(kRealmFailed, evidence, details, codes);
        }
        if (facts.tokenAcquisition.failed() || facts.lastRegistration.errorPhase == u"auth") {
            return makeResult(kAuthFailed, evidence, details, codes);
        }
        if (facts.drsConnectivity.failed() && !facts.drsDiscovery.failed()) {
            return makeResult(kDrsUnreachable, evidence, details, codes);
        }
        return makeResult(kDiscoveryFailed, evidence, details, codes);
    }
    if (auto prtNetwork = prtNetworkResult(facts, proxyEvidence(facts))) {
        return *prtNetwork;
    }
    if (facts.drsDiscovery.passed() && facts.drsConnectivity.passed()) {
        return makeResult(kOk, evidence);
    }
    if (lastAttemptGotPast(facts, "auth")) {
        return makeResult(kOk, evidence + facts.lastRegistration.evidence,
                          {checksText(QT_TRANSLATE_NOOP(
                              "Checks", "The last attempt reached the join phase, so discovery "
                                        "and authentication as SYSTEM worked."))});
    }
    return makeResult(kNotTested, evidence);
}

} // namespace jd
