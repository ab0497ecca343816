#include "steps/step2_live_findings.h"

#include "steps/check_support.h"

#include <cstdlib>

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

constexpr qint64 kMaxSkewSeconds = 5 * 60; // Kerberos' default tolerance
constexpr qint64 kSlowMs = 2000;

const ResultCodeDef kClockSkew{
    2,
    "S2-CLOCK-SKEW",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The computer's clock is more than 5 minutes off.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "Microsoft's servers gave a time that differs from this computer's clock "
                        "by more than 5 minutes. Kerberos, the device's sign-in to Azure AD and "
                        "the tokens all fail with such a difference, whatever else is right.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Set the time to be synchronised automatically (Settings > "
                                   "Time & language), or let IT check the time service (w32tm "
                                   "/query /status) and the domain's time source.")),
     t(QT_TRANSLATE_NOOP("Checks", "Run the check again when the clock is right."))}};
const ResultCodeDef kSlowEndpoint{
    2,
    "S2-ENDPOINT-SLOW",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "A Microsoft endpoint answered slowly (over 2 seconds).")),
    t(QT_TRANSLATE_NOOP("Checks", "The endpoint answered, but slowly. A slow proxy or a busy "
                                  "line can make the registration and sign-in time out now "
                                  "and then.")),
    {t(QT_TRANSLATE_NOOP("Checks", "If registration or single sign-on fails now and then, IT "
                                   "checks the proxy's load and the route to Microsoft."))}};
const ResultCodeDef kAutomaticProxy{
    2,
    "S2-AUTOMATIC-PROXY",
    StepStatus::Warning,
    t(QT_TRANSLATE_NOOP("Checks", "The user's proxy is found automatically (WPAD or a PAC "
                                  "script), which SYSTEM may not find.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "The join fails on the way to Microsoft, and the user's proxy settings "
                        "use automatic detection (WPAD) or a configuration script (PAC). SYSTEM "
                        "does not read the user's settings: it finds a proxy only through WPAD "
                        "published in DNS or DHCP, or a WinHTTP proxy set for the computer.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT publishes WPAD so that the computer finds the proxy as "
                                   "SYSTEM too, or sets the WinHTTP proxy by group policy (netsh "
                                   "winhttp set proxy).")),
     t(QT_TRANSLATE_NOOP("Checks", "A proxy that asks for sign-in must let the computer account "
                                   "through."))}};

// The largest difference, in seconds, between a server's Date and the local clock; nullopt
// when no server gave a date.
std::optional<qint64> largestSkew(const QList<EndpointResult> &endpoints, EvidenceList &evidence)
{
    std::optional<qint64> largest;
    for (const EndpointResult &r : endpoints) {
        if (!r.serverDate.isValid() || !r.localDate.isValid()) {
            continue;
        }
        const qint64 skew = r.serverDate.secsTo(r.localDate);
        if (!largest || std::llabs(skew) > std::llabs(*largest)) {
            largest = skew;
            evidence = {Evidence{
                QStringLiteral("Date"),
                QStringLiteral("%1 (this computer: %2)")
                    .arg(r.serverDate.toString(Qt::ISODate), r.localDate.toString(Qt::ISODate)),
                r.url.host(), 0}};
        }
    }
    return largest;
}

void judgeClock(const QList<EndpointResult> &endpoints, QList<CheckResult> &out)
{
    EvidenceList evidence;
    const std::optional<qint64> skew = largestSkew(endpoints, evidence);
    if (!skew || std::llabs(*skew) <= kMaxSkewSeconds) {
        return;
    }
    const TrText detail =
        (*skew > 0 ? t(QT_TRANSLATE_NOOP("Checks", "This computer's clock is %1 minutes ahead."))
                   : t(QT_TRANSLATE_NOOP("Checks", "This computer's clock is %1 minutes behind.")))
            .with({QString::number(std::llabs(*skew) / 60)});
    out.append(makeResult(kClockSkew, evidence, {detail}));
}

void judgeSpeed(const QList<EndpointResult> &endpoints, QList<CheckResult> &out)
{
    EvidenceList evidence;
    QList<TrText> details;
    for (const EndpointResult &r : endpoints) {
        if (r.done && r.cause == ProbeCause::Ok && r.elapsedMs > kSlowMs) {
            evidence.append(Evidence{r.url.host(), QStringLiteral("%1 ms").arg(r.elapsedMs),
                                     QStringLiteral("probe"), 0});
            details.append(
                t(QT_TRANSLATE_NOOP("Checks", "%1 answered after %2 seconds."))
                    .with({r.url.host(), QString::number(double(r.elapsedMs) / 1000.0, 'f', 1)}));
        }
    }
    if (!evidence.isEmpty()) {
        out.append(makeResult(kSlowEndpoint, evidence, details));
    }
}

void judgeAutomaticProxy(const Facts &facts, const CheckResult &headline, QList<CheckResult> &out)
{
    const ProxyFacts &p = facts.proxy;
    const bool automatic = p.ieAutoDetect == Tri::Yes || !p.ieAutoConfigUrl.isEmpty();
    // Only where the requests got nowhere: a refusal by the service (503, AD FS) or a proxy that
    // SYSTEM did reach is another matter, and a missing WinHTTP proxy is the headline already.
    static const QStringList noWayOut{QStringLiteral("S2-DISCOVERY-FAILED"),
                                      QStringLiteral("S2-DRS-UNREACHABLE"),
                                      QStringLiteral("S2-REALM-DISCOVERY-FAILED"),
                                      QStringLiteral("S2-DEVICE-AUTH-UNTESTED"),
                                      QStringLiteral("S2-PRT-DNS"),
                                      QStringLiteral("S2-PRT-UNREACHABLE"),
                                      QStringLiteral("S2-DNS"),
                                      QStringLiteral("S2-REFUSED"),
                                      QStringLiteral("S2-ENDPOINT-TIMEOUT")};
    const bool failing = noWayOut.contains(headline.code);
    if (!automatic || !failing || !p.winHttpDirect()) {
        return;
    }
    EvidenceList evidence =
        fieldEvidence(facts, {"Auto Detect Settings", "Auto-Configuration URL", "Access Type"});
    if (evidence.isEmpty()) { // read by API, not printed by dsregcmd
        evidence.append(
            Evidence{QStringLiteral("Auto Detect Settings"),
                     p.ieAutoDetect == Tri::Yes ? QStringLiteral("YES") : QStringLiteral("NO"),
                     QStringLiteral("user proxy"), 0});
        if (!p.ieAutoConfigUrl.isEmpty()) {
            evidence.append(Evidence{QStringLiteral("Auto-Configuration URL"), p.ieAutoConfigUrl,
                                     QStringLiteral("user proxy"), 0});
        }
    }
    out.append(makeResult(kAutomaticProxy, evidence));
}

} // namespace

QList<CheckResult> liveConnectionFindings(const Facts &facts, const CheckResult &headline)
{
    QList<CheckResult> out;
    if (headline.status == StepStatus::NotApplicable) {
        return out;
    }
    for (const auto *snapshot : {&facts.connectivity, &facts.userConnectivity}) {
        if (*snapshot) {
            judgeClock((*snapshot)->endpoints, out);
            judgeSpeed((*snapshot)->endpoints, out);
        }
    }
    judgeAutomaticProxy(facts, headline, out);
    return out;
}

QList<const ResultCodeDef *> liveConnectionCodes()
{
    return {&kClockSkew, &kSlowEndpoint, &kAutomaticProxy};
}

} // namespace jd
