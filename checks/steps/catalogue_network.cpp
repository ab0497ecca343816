// WinHTTP transport errors as HRESULTs (0x80072f05), the sub-errors of the join tests; the bare
// form in the PRT diagnostics' "HTTP Error" (0x2f05) finds the same entry. Sources: Microsoft
// Learn "Error Messages (Winhttp.h)", "Troubleshoot primary refresh token issues on Windows
// devices" and "Troubleshoot Microsoft Entra hybrid joined devices".

#include "steps/error_catalogue.h"

namespace jd {

namespace {
TrText c(const char *source)
{
    return catalogueText(source);
}
} // namespace

QList<ErrorCodeInfo> networkErrorCodes()
{
    return {
        {"0x80072f05", "ERROR_WINHTTP_SECURE_CERT_DATE_INVALID", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The server's TLS certificate is expired or not yet valid according "
                             "to the device's clock (WinHTTP 12037).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the device's date, time and time zone; if a proxy "
                                          "inspects TLS, check the certificate it presents."))},
        {"0x80072f06", "ERROR_WINHTTP_SECURE_CERT_CN_INVALID", "discover", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The name in the server's TLS certificate does not match the server that was called "
             "(WinHTTP 12038); typically a proxy or firewall answers in its place.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Exempt the Microsoft endpoints from TLS inspection and check DNS for them."))},
        {"0x80072f0c", "ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED", "discover", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The server, or a proxy on the way, asked for a client certificate (WinHTTP 12044).")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Let the computer reach the Microsoft endpoints without client "
                             "certificate authentication on the proxy or firewall."))},
        {"0x80072f0d", "ERROR_WINHTTP_SECURE_INVALID_CA", "discover", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The server's TLS certificate chains to a root certificate the device does not trust "
             "(WinHTTP 12045); often the certificate of a TLS-inspecting proxy.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Exempt the Microsoft endpoints from TLS inspection, or install the proxy's root "
             "certificate in the computer's Trusted Root Certification Authorities store."))},
        {"0x80072f19", "ERROR_WINHTTP_SECURE_CERT_REV_FAILED", "discover", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Windows could not check whether the server's certificate is revoked, because the "
             "revocation server (CRL/OCSP) could not be reached (WinHTTP 12057).")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Let the computer reach the CRL and OCSP addresses of the "
                             "certificates in the SYSTEM context, through the proxy if needed."))},
        {"0x80072f78", "ERROR_WINHTTP_INVALID_SERVER_RESPONSE", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The server's response could not be parsed (WinHTTP 12152); often a "
                             "proxy or firewall answered instead of the Microsoft service.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check that no proxy or firewall answers for the "
                                          "Microsoft endpoints or changes the traffic to them."))},
        {"0x80072f7d", "ERROR_WINHTTP_SECURE_CHANNEL_ERROR", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The secure channel (TLS) could not be set up (WinHTTP 12157).")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Make sure TLS 1.2 is enabled on the device and that no proxy "
                             "interferes; look for Schannel events in the System log."))},
        {"0x80072f86", "ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT", "discover", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The proxy auto-configuration (PAC) script failed to run (WinHTTP 12166).")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Correct the PAC file, or set the WinHTTP proxy explicitly (netsh "
                             "winhttp set proxy or Group Policy)."))},
        {"0x80072f87", "ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The PAC file could not be downloaded: its server could not be "
                             "reached or answered with an error such as 404 (WinHTTP 12167).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the PAC URL and that the computer can fetch it as "
                                          "SYSTEM, or set the WinHTTP proxy explicitly."))},
        {"0x80072f92", "ERROR_WINHTTP_AUTO_PROXY_SERVICE_ERROR", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "No proxy could be found for the address (WinHTTP 12178).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the WinHTTP proxy settings and the PAC file, or "
                                          "set the proxy explicitly for WinHTTP."))},
        {"0x2f94", "ERROR_WINHTTP_AUTODETECTION_FAILED", "prt", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Automatic proxy detection (WPAD) found no configuration.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Publish WPAD, or set the WinHTTP proxy by Group Policy "
                                          "or netsh winhttp set proxy."))},
    };
}

} // namespace jd
