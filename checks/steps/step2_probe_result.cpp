#include "steps/step2_probe_result.h"

#include "facts/facts.h"

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

const TrText kRetry = t(QT_TRANSLATE_NOOP("Checks", "When it is fixed, run the check again."));

const ResultCodeDef kOk{
    2,
    "S2-ENDPOINTS-OK",
    StepStatus::Passed,
    t(QT_TRANSLATE_NOOP("Checks", "All of Microsoft's endpoints answered as they should.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "Each endpoint was reached through the proxy in use (or directly), "
                        "with a trusted certificate from the expected issuer, and gave the "
                        "answer it gives Windows.")),
    {}};
const ResultCodeDef kDns{
    2,
    "S2-DNS",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks",
                        "The name of a Microsoft endpoint could not be looked up (DNS).")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "Without a proxy the device must resolve the names itself, and the "
                        "DNS server did not know them.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Check that the DNS server resolves internet names, or set the "
                         "WinHTTP proxy if the network only reaches the internet through a "
                         "proxy (netsh winhttp set proxy).")),
     kRetry}};
const ResultCodeDef kRefused{
    2,
    "S2-REFUSED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The connection to a Microsoft endpoint was refused.")),
    t(QT_TRANSLATE_NOOP("Checks", "Something on the way (a firewall, or a server that is not "
                                  "Microsoft's) refused or closed the connection.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Ask IT to allow HTTPS (port 443) to the endpoints listed below for "
                         "the computer account, directly or through the proxy.")),
     kRetry}};
const ResultCodeDef kTimeout{
    2,
    "S2-ENDPOINT-TIMEOUT",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "A Microsoft endpoint did not answer in time.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "No complete answer came back before the time-out: the traffic is "
                        "dropped on the way, typically because the network requires a proxy "
                        "that SYSTEM does not use.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Set the proxy for WinHTTP (Group Policy, WPAD, or netsh winhttp set "
                         "proxy proxy-server=\"<proxy>:<port>\" bypass-list=\"<local>\") or open "
                         "the firewall for port 443 to these endpoints.")),
     kRetry}};
const ResultCodeDef kTlsUntrusted{
    2,
    "S2-TLS-UNTRUSTED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The certificate of a Microsoft endpoint is not trusted.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The secure connection could not be verified: the certificate chain "
                        "does not lead to a trusted root, the certificate is for another name, "
                        "or the computer's clock is wrong.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Check the computer's date and time. If a proxy inspects TLS, its "
                         "root certificate must be trusted, and the Microsoft endpoints should "
                         "be exempted from inspection.")),
     kRetry}};
const ResultCodeDef kTlsIntercepted{
    2,
    "S2-TLS-INTERCEPTED",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks",
                        "The connection to Microsoft is opened and inspected on the way (TLS "
                        "inspection).")),
    t(QT_TRANSLATE_NOOP(
        "Checks", "The certificate is trusted but was not issued by Microsoft's issuers: "
                  "a proxy or firewall re-signs the traffic. device.login.microsoftonline.com "
                  "must not be inspected, or the device's certificate authentication "
                  "fails.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Ask IT to exempt device.login.microsoftonline.com, "
                         "login.microsoftonline.com and enterpriseregistration.windows.net from "
                         "TLS inspection (break and inspect) on the proxy or firewall.")),
     kRetry}};
const ResultCodeDef kProxyUnreachable{
    2,
    "S2-PROXY-UNREACHABLE",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The proxy server cannot be reached.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The proxy that SYSTEM is set to use did not accept the connection, "
                        "so nothing gets out. Outside the company network a fixed WinHTTP proxy "
                        "often cannot be reached.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Check the proxy address (netsh winhttp show proxy) and that the "
                         "device can reach it; use WPAD or a PAC file where the proxy is only "
                         "reachable inside the network.")),
     kRetry}};
const ResultCodeDef kProxyAuth{
    2,
    "S2-PROXY-AUTH",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks",
                        "The proxy server wants a user name and password, which SYSTEM cannot "
                        "give.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The proxy answered 407 (Proxy Authentication Required). The "
                        "registration runs as the computer account and cannot sign in to the "
                        "proxy the way a user's browser does.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Ask IT to let the Microsoft endpoints through the proxy without "
                         "authentication, or to accept the computer account (machine context).")),
     kRetry}};
const ResultCodeDef kHttpError{
    2,
    "S2-HTTP-ERROR",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "A Microsoft endpoint answered with an error.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The server was reached but answered with an HTTP status other than "
                        "expected, for example 503 when the service or a proxy in front of it "
                        "is unavailable.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Try again later; if it persists, check the proxy's log for these "
                         "addresses.")),
     kRetry}};
const ResultCodeDef kUnexpected{
    2,
    "S2-UNEXPECTED-RESPONSE",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "A Microsoft endpoint gave an answer that is not Microsoft's.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The answer was not what the service sends: typically a proxy's "
                        "sign-in or block page, a captive portal (hotel or guest Wi-Fi), or an "
                        "answer that was cut off.")),
    {t(QT_TRANSLATE_NOOP("Checks",
                         "Sign in to the guest network in a browser first, or ask IT to let the "
                         "computer account reach these endpoints without a block page.")),
     kRetry}};

const ResultCodeDef &defFor(ProbeCause cause)
{
    switch (cause) {
    case ProbeCause::Ok:
        return kOk;
    case ProbeCause::Dns:
        return kDns;
    case ProbeCause::Refused:
        return kRefused;
    case ProbeCause::Timeout:
        return kTimeout;
    case ProbeCause::TlsUntrusted:
        return kTlsUntrusted;
    case ProbeCause::TlsIntercepted:
        return kTlsIntercepted;
    case ProbeCause::ProxyUnreachable:
        return kProxyUnreachable;
    case ProbeCause::ProxyAuth:
        return kProxyAuth;
    case ProbeCause::HttpError:
        return kHttpError;
    case ProbeCause::UnexpectedResponse:
        break;
    }
    return kUnexpected;
}

// The cause to act on first when endpoints fail differently: the proxy before the endpoints.
int priority(ProbeCause cause)
{
    const ProbeCause order[] = {ProbeCause::ProxyAuth,
                                ProbeCause::ProxyUnreachable,
                                ProbeCause::TlsIntercepted,
                                ProbeCause::TlsUntrusted,
                                ProbeCause::Dns,
                                ProbeCause::Refused,
                                ProbeCause::Timeout,
                                ProbeCause::UnexpectedResponse,
                                ProbeCause::HttpError,
                                ProbeCause::Ok};
    for (int i = 0; i < int(std::size(order)); ++i) {
        if (order[i] == cause) {
            return i;
        }
    }
    return int(std::size(order));
}

} // namespace

CheckResult connectivityStepResult(const QList<EndpointResult> &endpoints,
                                   const std::optional<QUrl> &proxy)
{
    ProbeCause worst = ProbeCause::Ok;
    EvidenceList evidence;
    evidence.append(
        Evidence{QStringLiteral("proxy"),
                 proxy ? proxy->toString(QUrl::RemoveUserInfo) : QStringLiteral("direct"),
                 QStringLiteral("connectivity probe"), 0});
    for (const EndpointResult &e : endpoints) {
        if (priority(e.cause) < priority(worst)) {
            worst = e.cause;
        }
        QString value = probeCauseId(e.cause) + QStringLiteral(" - ") + e.url.toString();
        if (e.httpStatus) {
            value += QStringLiteral(" - HTTP %1").arg(e.httpStatus);
        }
        if (!e.tlsIssuer.isEmpty()) {
            value += QStringLiteral(" - issuer: ") + e.tlsIssuer;
        }
        value += QStringLiteral(" - %1 ms - %2").arg(e.elapsedMs).arg(e.detail);
        evidence.append(
            Evidence{endpointKindId(e.kind), value, QStringLiteral("connectivity probe"), 0});
    }
    return makeResult(defFor(worst), evidence);
}

void addUserProxyFindings(CheckResult &result, const Facts &facts)
{
    if (!facts.userConnectivity) {
        return;
    }
    const ConnectivitySnapshot &user = *facts.userConnectivity;
    const QString proxy =
        user.proxy ? user.proxy->toString(QUrl::RemoveUserInfo) : QStringLiteral("direct");
    bool allOk = !user.endpoints.isEmpty();
    for (const EndpointResult &e : user.endpoints) {
        allOk = allOk && e.cause == ProbeCause::Ok;
        result.evidence.append(Evidence{QStringLiteral("user proxy: ") + endpointKindId(e.kind),
                                        probeCauseId(e.cause) + QStringLiteral(" - ") + e.detail,
                                        QStringLiteral("connectivity probe"), 0});
    }
    result.evidence.append(
        Evidence{QStringLiteral("user proxy"), proxy, QStringLiteral("connectivity probe"), 0});
    if (facts.proxy.ieAutoDetect == Tri::Yes || !facts.proxy.ieAutoConfigUrl.isEmpty()) {
        // WPAD and PAC scripts are not evaluated; they are shown so a technician sees them.
        result.evidence.append(Evidence{
            QStringLiteral("user proxy auto-detect / PAC"),
            QStringLiteral("%1 / %2").arg(
                facts.proxy.ieAutoDetect == Tri::Yes ? QStringLiteral("YES") : QStringLiteral("NO"),
                facts.proxy.ieAutoConfigUrl),
            QStringLiteral("IE Proxy Config for Current User"), 0});
    }
    if (allOk && result.status == StepStatus::Failed) {
        result.details.append(
            checksText(
                QT_TRANSLATE_NOOP("Checks",
                                  "Through the signed-in user's proxy (%1) every endpoint "
                                  "answers: it works in the browser, but not for SYSTEM. Give "
                                  "WinHTTP the same proxy (netsh winhttp import proxy source=ie, "
                                  "or by Group Policy)."))
                .with({proxy}));
    }
}

QList<const ResultCodeDef *> probeResultCodes()
{
    return {&kOk,
            &kDns,
            &kRefused,
            &kTimeout,
            &kTlsUntrusted,
            &kTlsIntercepted,
            &kProxyUnreachable,
            &kProxyAuth,
            &kHttpError,
            &kUnexpected};
}

} // namespace jd
