#include "steps/prt_network.h"

namespace jd {

namespace {

TrText t(const char *source)
{
    return checksText(source);
}

const TrText kThenLock = t(QT_TRANSLATE_NOOP(
    "Checks", "When it is fixed, lock and unlock the computer and run the analysis again."));

const ResultCodeDef kDns{
    2,
    "S2-PRT-DNS",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "Windows could not look up Azure AD's sign-in address (DNS).")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "At the last sign-in the name login.microsoftonline.com could not be "
                        "resolved, so no PRT could be fetched. Without a proxy the device must "
                        "resolve internet names itself.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Check that the DNS server resolves internet names (nslookup "
                                   "login.microsoftonline.com), or set the WinHTTP proxy if the "
                                   "network only reaches the internet through a proxy.")),
     kThenLock}};
const ResultCodeDef kProxy{
    2,
    "S2-PRT-PROXY",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The proxy stopped the sign-in to Azure AD.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "At the last sign-in the proxy, its automatic configuration script "
                        "(PAC) or its authentication stopped the request for a PRT. The sign-in "
                        "runs as the computer, which cannot answer a proxy's password prompt.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT lets login.microsoftonline.com, enterpriseregistration."
                                   "windows.net and device.login.microsoftonline.com through the "
                                   "proxy without authentication, and checks that the PAC file "
                                   "can be downloaded.")),
     kThenLock}};
const ResultCodeDef kTls{
    2,
    "S2-PRT-TLS",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "The secure connection to Azure AD failed (TLS).")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "At the last sign-in the TLS connection to Azure AD could not be set up "
                        "or its certificate was not accepted; usually a proxy or firewall that "
                        "inspects TLS traffic, or a wrong clock.")),
    {t(QT_TRANSLATE_NOOP("Checks", "IT exempts Microsoft's sign-in and registration addresses "
                                   "from TLS inspection and checks the computer's date and time.")),
     kThenLock}};
const ResultCodeDef kUnreachable{
    2,
    "S2-PRT-UNREACHABLE",
    StepStatus::Failed,
    t(QT_TRANSLATE_NOOP("Checks", "Azure AD's sign-in service could not be reached.")),
    t(QT_TRANSLATE_NOOP("Checks",
                        "At the last sign-in the connection to login.microsoftonline.com timed "
                        "out, was refused or was cut, so no PRT could be fetched. Typically the "
                        "network needs a proxy that the computer account does not use.")),
    {t(QT_TRANSLATE_NOOP("Checks", "Check the network and the proxy for the computer context "
                                   "(netsh winhttp show proxy); on VPN, connect it before "
                                   "signing in.")),
     kThenLock}};

// WinHTTP's named errors as some builds print them in "HTTP Error".
int namedWinHttpError(const QString &text)
{
    static const QList<QPair<const char *, int>> names = {
        {"ERROR_WINHTTP_TIMEOUT", 12002},
        {"ERROR_WINHTTP_NAME_NOT_RESOLVED", 12007},
        {"ERROR_WINHTTP_CANNOT_CONNECT", 12029},
        {"ERROR_WINHTTP_CONNECTION_ERROR", 12030},
        {"ERROR_WINHTTP_SECURE_FAILURE", 12175},
        {"ERROR_WINHTTP_SECURE_INVALID_CA", 12045},
        {"ERROR_WINHTTP_SECURE_CERT_CN_INVALID", 12038},
        {"ERROR_WINHTTP_SECURE_CERT_DATE_INVALID", 12037},
        {"ERROR_WINHTTP_SECURE_CERT_REV_FAILED", 12057},
        {"ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED", 12044},
        {"ERROR_WINHTTP_AUTODETECTION_FAILED", 12180},
        {"ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT", 12167},
        {"ERROR_WINHTTP_AUTO_PROXY_SERVICE_ERROR", 12178},
        {"ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT", 12166},
    };
    for (const auto &[name, number] : names) {
        if (text.contains(QLatin1String(name), Qt::CaseInsensitive)) {
            return number;
        }
    }
    return 0;
}

NetworkCause causeOf(int winHttpError)
{
    switch (winHttpError) {
    case 12007:
        return NetworkCause::NameLookup;
    case 12166:
    case 12167:
    case 12178:
    case 12180:
        return NetworkCause::Proxy;
    case 12037:
    case 12038:
    case 12044:
    case 12045:
    case 12057:
    case 12169:
    case 12175:
        return NetworkCause::Tls;
    case 12002:
    case 12029:
    case 12030:
    case 12031:
        return NetworkCause::Unreachable;
    default:
        break;
    }
    return NetworkCause::None;
}

} // namespace

int winHttpErrorNumber(const QString &code)
{
    if (const int named = namedWinHttpError(code)) {
        return named;
    }
    bool ok = false;
    const QString hex = code.trimmed().toLower();
    const uint value = hex.startsWith(QStringLiteral("0x")) ? hex.mid(2).toUInt(&ok, 16) : 0;
    if (!ok) {
        return 0;
    }
    // Bare (0x2ee2), as an HRESULT (0x80072ee2) or wrapped by the token broker (0xcaa82ee2).
    const uint facility = value >> 16;
    const int low = int(value & 0xFFFF);
    const bool wrapped = facility == 0 || facility == 0x8007 || facility == 0xcaa8;
    return wrapped && low >= 12000 && low <= 12200 ? low : 0;
}

NetworkCause prtNetworkCause(const PrtAttempt &attempt)
{
    if (!attempt.present) {
        return NetworkCause::None;
    }
    if (attempt.httpStatus.trimmed().startsWith(QStringLiteral("407"))) {
        return NetworkCause::Proxy;
    }
    QStringList codes = findErrorCodes(attempt.httpError);
    codes.prepend(attempt.httpError);
    for (const QString &code : codes) {
        if (const NetworkCause cause = causeOf(winHttpErrorNumber(code));
            cause != NetworkCause::None) {
            return cause;
        }
    }
    return NetworkCause::None;
}

TrText networkCauseText(NetworkCause cause)
{
    switch (cause) {
    case NetworkCause::NameLookup:
        return t(QT_TRANSLATE_NOOP("Checks", "The network cause: the name of Azure AD's sign-in "
                                             "service could not be looked up (DNS)."));
    case NetworkCause::Proxy:
        return t(QT_TRANSLATE_NOOP("Checks", "The network cause: the proxy, its configuration "
                                             "script or its authentication."));
    case NetworkCause::Tls:
        return t(QT_TRANSLATE_NOOP("Checks", "The network cause: the TLS connection or the "
                                             "server's certificate (TLS inspection?)."));
    case NetworkCause::Unreachable:
        return t(QT_TRANSLATE_NOOP("Checks", "The network cause: no answer, or the connection "
                                             "was refused or cut."));
    case NetworkCause::None:
        break;
    }
    return {};
}

std::optional<CheckResult> prtNetworkResult(const Facts &facts, const EvidenceList &proxyEvidence)
{
    const ResultCodeDef *def = nullptr;
    switch (prtNetworkCause(facts.prtAttempt)) {
    case NetworkCause::NameLookup:
        def = &kDns;
        break;
    case NetworkCause::Proxy:
        def = &kProxy;
        break;
    case NetworkCause::Tls:
        def = &kTls;
        break;
    case NetworkCause::Unreachable:
        def = &kUnreachable;
        break;
    case NetworkCause::None:
        return std::nullopt;
    }
    const PrtAttempt &attempt = facts.prtAttempt;
    QStringList codes = findErrorCodes(attempt.httpError) + findErrorCodes(attempt.attemptStatus);
    codes.removeDuplicates();
    return makeResult(*def, attempt.evidence + proxyEvidence, {}, codes);
}

QList<const ResultCodeDef *> prtNetworkCodes()
{
    return {&kDns, &kProxy, &kTls, &kUnreachable};
}

} // namespace jd
