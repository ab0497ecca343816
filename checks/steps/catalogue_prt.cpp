// Primary Refresh Token errors: SSO State "Attempt Status", AAD/Operational events, server
// (AADSTS) codes, WinHTTP transport errors and DeviceAuthStatus. Source: Microsoft Learn
// "Troubleshoot primary refresh token issues on Windows devices".

#include "steps/error_catalogue.h"

namespace jd {

namespace {
TrText c(const char *source)
{
    return catalogueText(source);
}
} // namespace

QList<ErrorCodeInfo> prtErrorCodes()
{
    return {
        {"0xc000006d", "STATUS_LOGON_FAILURE", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The PRT request failed: Windows could not reach the Azure AD authentication service, "
             "or Azure AD (or the WS-Trust service) answered HTTP 400.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Read the server error (event 1081 for Azure AD, 1088 for WS-Trust); "
                             "make sure the computer account can get through the proxy."))},
        {"0xc000006a", "STATUS_WRONG_PASSWORD", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The PRT request failed with a credential or network error.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Read the server error; sign in with the current password; check the network."))},
        {"0xc00000d0", "STATUS_REQUEST_NOT_ACCEPTED", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "Azure AD or the WS-Trust service answered HTTP 400.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Read the server error code (events 1081 and 1088)."))},
        {"0xc000023c", "STATUS_NETWORK_UNREACHABLE", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "A network problem, or Azure AD answered with an HTTP error above 400.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the network path to login.microsoftonline.com; the URL is in "
                             "event 1022, the network sub-error in 1084."))},
        {"0xc00000be", "STATUS_BAD_NETWORK_PATH", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "A network problem, or Azure AD answered with an HTTP error above 400.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the network path to login.microsoftonline.com; the URL is in "
                             "event 1022, the network sub-error in 1084."))},
        {"0xc00000c4", "STATUS_UNEXPECTED_NETWORK_ERROR", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "A network problem, or Azure AD answered with an HTTP error above 400.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the network path to login.microsoftonline.com; the URL is in "
                             "event 1022, the network sub-error in 1084."))},
        {"0xc000005f", "STATUS_NO_SUCH_LOGON_SESSION", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Realm discovery failed: Azure AD does not know the domain of the "
                             "user's UPN (for example a non-routable @contoso.local).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Add the UPN suffix as a verified custom domain, or use Alternate Login ID."))},
        {"0xc004844c", "AAD_CLOUDAP_E_OAUTH_USERNAME_IS_MALFORMED", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The user's UPN is not in the name@domain form (for "
                                          "hybrid devices it comes from the domain controller).")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Correct the UPN in Active Directory; check it with whoami /upn."))},
        {"0xc0048442", "AAD_CLOUDAP_E_OAUTH_USER_SID_IS_EMPTY", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The user's SID was missing in the ID token.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Make sure no proxy changes the responses from Azure AD."))},
        {"0xc00484c1", "AAD_CLOUDAP_E_WSTRUST_SAML_TOKENS_ARE_EMPTY", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "The WS-Trust answer from the federation service held no SAML token.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Check the proxy and the federation service; the server error is in event 1088."))},
        {"0x800484c1", "AAD_CLOUDAP_E_WSTRUST_SAML_TOKENS_ARE_EMPTY", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "The WS-Trust answer from the federation service held no SAML token.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Check the proxy and the federation service; the server error is in event 1088."))},
        {"0xc004848b", "AAD_CLOUDAP_E_HTTP_PASSWORD_URI_IS_EMPTY", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The federation metadata (MEX) has no password endpoints.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Fix the metadata exchange of the federation service, or "
                                          "the proxy that changes it."))},
        {"0xc004848c", "AAD_CLOUDAP_E_HTTP_CERTIFICATE_URI_IS_EMPTY", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The federation metadata (MEX) has no certificate endpoints.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Fix the metadata exchange of the federation service."))},
        {"0xc00cee4f", "WC_E_DTDPROHIBITED", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The WS-Trust answer contains a DTD, which Windows refuses.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Fix the identity provider; the URL is in event 1022."))},
        {"0xc0048512", "AAD_CLOUDAP negotiation failure", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "Cloud AP negotiation failed (event 1104); during the "
                                          "first setup (OOBE) this is expected.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Ignore it when it was logged during setup; otherwise "
                                          "look at the events around it."))},
        {"0xcaa5001c", "Token broker operation failed", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "A token broker (WAM) operation failed (event 1098).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Sign out and in; if it persists, reset the token broker cache of the user."))},
        {"AADSTS50155", "DeviceAuthenticationFailed", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Device authentication failed: the device is deleted or disabled in Azure AD.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Enable the device, or register it again: dsregcmd "
                                          "/leave as administrator, restart, sign in."))},
        {"AADSTS50034", "UserAccountNotFound", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The user does not exist in the tenant.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the UPN and that the user is synced to Azure AD."))},
        {"AADSTS50126", "InvalidUserNameOrPassword", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "Wrong user name or password, or a new password has not "
                                          "been synced to Azure AD yet (password hash sync).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Wait for password hash sync (a few minutes), then lock and unlock the computer."))},
        {"AADSTS90002", "InvalidTenantName", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The tenant was not found: a non-routable UPN suffix "
                             "(such as a .local domain), or a wrong tenant in the SCP.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Use a routable UPN suffix or Alternate Login ID; correct the tenant in the SCP."))},
        // WinHTTP transport errors as printed in "HTTP Error"
        {"0x2ee2", "ERROR_WINHTTP_TIMEOUT", "prt", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "The request timed out (WinHTTP 12002).")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the proxy for the computer context and the firewall."))},
        {"0x2ee7", "ERROR_WINHTTP_NAME_NOT_RESOLVED", "prt", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The server name could not be resolved (WinHTTP 12007).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check DNS, or set a WinHTTP proxy."))},
        {"0x2efd", "ERROR_WINHTTP_CANNOT_CONNECT", "prt", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "No connection could be made (WinHTTP 12029).")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the proxy for the computer context and the firewall."))},
        {"0x2efe", "ERROR_WINHTTP_CONNECTION_ERROR", "prt", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "The connection was reset (WinHTTP 12030).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Try again on a stable network; check proxies and firewalls that cut connections."))},
        // DeviceAuthStatus (Device Details, Windows 10 21H1 and later)
        {"DeviceAuthStatus: FAILED. Device is either disabled or deleted", "DeviceAuthStatus",
         "device", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The device is disabled or deleted in Azure AD although "
                                          "Windows still considers it registered.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Enable the device in Azure AD, or register it again: "
                                          "dsregcmd /leave as administrator, restart, sign in."))},
        {"DeviceAuthStatus: FAILED. ERROR", "DeviceAuthStatus", "device", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Windows could not run the device authentication test, usually "
                             "because Azure AD cannot be reached in the SYSTEM context.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check connectivity and the WinHTTP proxy for SYSTEM, "
                                          "then run dsregcmd /status again."))},
    };
}

} // namespace jd
