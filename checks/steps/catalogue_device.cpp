// More device registration codes (0x801c...), token broker and ADAL codes (0xcaa...), and the key
// provider and TPM codes met while the device keys are created. Sources: Microsoft Learn "Windows
// Hello errors during PIN creation", "WebProviderError.ErrorCode property" (token broker error
// codes), "Troubleshoot Microsoft Entra hybrid joined devices", "Troubleshoot sign-in issues in
// Microsoft Teams", "COM Error Codes (TPM, PLA, FVE)" and "Tbsi_Context_Create function".

#include "steps/error_catalogue.h"

namespace jd {

namespace {
TrText c(const char *source)
{
    return catalogueText(source);
}
} // namespace

QList<ErrorCodeInfo> deviceErrorCodes()
{
    return {
        // Device registration service (DSREG)
        {"0x801c0015", "(device must be domain-joined)", "pre-check", 3,
         c(QT_TRANSLATE_NOOP("Catalogue", "The operation requires the device to be a member of an "
                                          "Active Directory domain, and it is not.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Join the computer to the domain, restart, and sign in with a domain account."))},
        {"0x801c0016", "(federation provider configuration empty)", "discover", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The federation provider configuration that Windows downloaded is empty.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check that http://clientconfig.microsoftonline-p.net/FPURL.xml can "
                             "be opened from the device and is not empty."))},
        {"0x801c0017", "(federation provider domain empty)", "discover", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The federation provider configuration has no domain (FPDOMAINNAME is empty).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Open http://clientconfig.microsoftonline-p.net/FPURL.xml from the device and check "
             "the FPDOMAINNAME element; a proxy may be changing it."))},
        {"0x801c0018", "(federation provider client configuration URL empty)", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "The federation provider configuration has no client "
                                          "configuration URL (CLIENTCONFIG).")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Open http://clientconfig.microsoftonline-p.net/FPURL.xml from the "
                             "device and check that CLIENTCONFIG holds a valid URL."))},
        {"0x801c0019", "(federation provider client configuration empty)", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The federation provider's client configuration is empty.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check that the device can download the client configuration named in "
                             "FPURL.xml and that no proxy changes it."))},
        {"0x801c001a", "(DRS endpoint missing in client configuration)", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "The federation provider's client configuration names no "
                                          "device registration service (DRS) endpoint.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check that the device can download the client configuration named in "
                             "FPURL.xml and that no proxy changes it."))},
        {"0x801c001b", "(device certificate not found)", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The device certificate was not found on the computer.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Register the device again: dsregcmd /leave as administrator, restart, sign in."))},
        {"0x801c03e9", "(invalid server response message)", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The registration service's response message was not valid.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Sign out and in again; check that no proxy changes the traffic."))},
        {"0x801c03ea", "(server failed to authorize user or device)", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The registration service did not authorize the user or the device.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check that the user's token is valid and that the user "
                                          "may register Windows Hello for Business keys."))},
        {"0x801c03eb", "(invalid HTTP status from server)", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The registration service answered with an unexpected HTTP status.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Sign out and in again; check that no proxy changes the traffic."))},
        {"0x801c03ec", "(unhandled exception on server)", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The registration service had an error it could not handle.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Sign out and in again later; the error is on the service side."))},
        {"0x801c03ed", "(key registration request rejected)", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The key registration request was rejected: MFA was required but not "
                             "performed, the token was missing, or the request was invalid.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Sign out and in again; if that does not help, register the device "
                             "again (dsregcmd /leave as administrator, restart, sign in)."))},
        {"0x801c03ee", "(attestation failed)", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "TPM attestation failed at the registration service.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Sign out and in again; if it persists, update the TPM firmware."))},
        {"0x801c03ef", "(AIK certificate no longer valid)", "join", 5,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The TPM's attestation identity key (AIK) certificate is no longer valid.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Sign out and in again; if it persists, update the TPM firmware."))},
        {"0x801c03f0", "(no key registered for the user)", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "No Windows Hello for Business key is registered for the user.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Sign in with the password and set up the PIN again."))},
        {"0x801c03f1", "(no UPN in the token)", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The user's token holds no UPN.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check that the user has a UPN in Active Directory and "
                                          "that it is synced to Azure AD."))},
        {"0x801c044d", "(no user token or no device ID in it)", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "Windows could not get a user token, or the token holds no device ID.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Sign out and in again and check the network and credentials; if it "
                             "persists, register the device again."))},
        {"0x801c044e", "(no user credentials received)", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "Windows did not receive the user's credentials.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Sign out and in again."))},
        {"0x801c004d", "DSREG_NO_DEFAULT_ACCOUNT", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Windows Hello for Business provisioning found no default Web Account "
                             "Manager (WAM) account to request an Azure AD token with.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Make sure the user has a PRT (dsregcmd /status, AzureAdPrt YES): "
                             "sign out and sign in with the Azure AD account."))},
        // Token broker and ADAL
        {"0xcaa10001", "ERROR_ADAL_NEED_CREDENTIAL", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The token broker needs the user's credentials to "
                                          "continue; it cannot get the token silently.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Sign in interactively once; if it keeps coming back, "
                                          "check the PRT with dsregcmd /status."))},
        {"0xcaa2000c", "ERROR_ADAL_SERVER_ERROR_INTERACTION_REQUIRED", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "Azure AD answered that the request requires user "
                                          "interaction (interaction_required).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Sign in interactively; the Azure AD sign-in logs show which policy asked for it."))},
        {"0xcaa20002", "ERROR_ADAL_SERVER_ERROR_INVALID_REQUEST", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Azure AD rejected the request as malformed (invalid_request).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Read the AADSTS code in the server message; check that "
                                          "no proxy changes the requests."))},
        {"0xcaa20004", "ERROR_ADAL_SERVER_ERROR_ACCESS_DENIED", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "Azure AD denied the request (access_denied), typically "
                                          "because of a Conditional Access policy.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Find the sign-in in the Azure AD sign-in logs and check "
                                          "which Conditional Access policy blocked it."))},
        {"0xcaa20005", "ERROR_ADAL_SERVER_ERROR_TEMPORARILY_UNAVAILABLE", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "The authorization server was temporarily unable to "
                                          "handle the request (overload or maintenance).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Try again later; the task retries by itself."))},
        {"0xcaa70004", "ERROR_INET_RESOURCE_NOT_FOUND", "prt", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The server or the proxy was not found while getting a token.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check DNS and the proxy settings, and that "
                                          "login.microsoftonline.com can be reached."))},
        {"0xcaa70007", "ERROR_INET_DOWNLOAD_FAILURE", "prt", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "The connection was interrupted while getting a token.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Try again on a stable network; check proxies and firewalls that cut connections."))},
        {"0xcaa7000a", "ERROR_INET_CONNECTION_TIMEOUT", "prt", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The Internet connection timed out while getting a token.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check DNS and the proxy settings, and that "
                                          "login.microsoftonline.com can be reached."))},
        {"0xcaa82ee7", "ERROR_ADAL_INTERNET_NAME_NOT_RESOLVED", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The server name could not be resolved during authentication.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check DNS for login.microsoftonline.com and the "
                                          "federation service, or set a proxy."))},
        {"0xcaa82eff", "ERROR_ADAL_INTERNET_CONNECTION_RESET", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "The connection was reset during authentication.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Try again, or from another network."))},
        {"0xcaa82f05", "ERROR_ADAL_INTERNET_SEC_CERT_DATE_INVALID", "auth", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The server's TLS certificate is expired or not yet valid (during authentication).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the device's date, time and time zone; if a proxy "
                                          "inspects TLS, check the certificate it presents."))},
        {"0xcaa82f0d", "ERROR_ADAL_INTERNET_INVALID_CA", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The server's TLS certificate was issued by a certificate authority "
                             "the device does not know (during authentication).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Exempt the Microsoft endpoints from TLS inspection, or install the proxy's root "
             "certificate in the computer's Trusted Root Certification Authorities store."))},
        {"0xcaa82f87", "ERROR_ADAL_INTERNET_UNABLE_TO_DOWNLOAD_SCRIPT", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The PAC file could not be downloaded during authentication.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the PAC URL and that the computer can fetch it as "
                                          "SYSTEM, or set the WinHTTP proxy explicitly."))},
        {"0xcaa82f94", "ERROR_ADAL_INTERNET_AUTODETECTION_FAILED", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Automatic proxy detection found no PAC file during authentication.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Publish WPAD, or set the WinHTTP proxy by Group Policy "
                                          "or netsh winhttp set proxy."))},
        {"0xcaa90018", "ERROR_ADAL_COULDNOT_DISCOVER_USERREALM", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "User realm discovery failed: Windows could not find out "
                                          "whether the user's domain is managed or federated.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Make sure login.microsoftonline.com can be reached and that the UPN "
                             "suffix is a verified domain in Azure AD."))},
        {"0xcaa9001f", "ERROR_ADAL_INTEGRATED_AUTH_WITHOUT_FEDERATION", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "Integrated Windows authentication was attempted, but it "
                                          "only works for a federated domain.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "Check that the user's domain is federated in Azure AD as you expect."))},
        {"0xcaa90022", "ERROR_ADAL_COULDNOT_DISCOVER_INTEGRATED_AUTH_ENDPOINT", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "No endpoint for integrated Windows authentication was "
                                          "found in the federation metadata (MEX).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Enable integrated Windows authentication for WS-Trust "
                                          "1.3 on AD FS (the windowstransport endpoint)."))},
        {"0xcaa9002b", "ERROR_ADAL_WS_TRUST_MEX_REQUEST", "auth", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The WS-Trust metadata exchange (MEX) request to the federation service failed.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Make sure the MEX endpoint of the federation service "
                                          "can be reached in the SYSTEM context."))},
        {"0xcaa90002", "ERROR_ADAL_SERVER_ERROR_SAML_ASSERTION_NOT_FOUND", "auth", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The WS-Trust response from the federation service held no SAML assertion.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the federation service settings and its event log."))},
        {"0xcaa90013", "ERROR_ADAL_FAILED_TO_PARSE_WSTRUST_RESPONSE", "auth", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The WS-Trust response (XML) from the federation service could not be parsed.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check that no proxy returns its own page instead of the "
                                          "federation service's answer."))},
        // Key provider (NTE) and TPM
        {"0x80090029", "NTE_NOT_SUPPORTED", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The TPM is not set up, so the key provider cannot use it.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "As administrator, open tpm.msc and choose Prepare the TPM, then sign in again."))},
        {"0x80090030", "NTE_DEVICE_NOT_READY", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The TPM (the device behind the key provider) is not ready for use.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the TPM status in tpm.msc or with Get-Tpm; update "
                                          "the TPM firmware if it is not ready."))},
        {"0x8009002d", "NTE_INTERNAL_ERROR", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The key provider had an internal error (NTE_INTERNAL_ERROR).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Restart and try again; Microsoft lists no other fix, so "
                                          "contact Microsoft Support if it persists."))},
        {"0x80090020", "NTE_FAIL", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The key provider failed with an unspecified error (NTE_FAIL).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Restart and try again; Microsoft lists no other fix, so "
                                          "contact Microsoft Support if it persists."))},
        {"0x80090005", "NTE_BAD_DATA", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The key provider received bad data (NTE_BAD_DATA).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Register the device again: dsregcmd /leave as administrator, restart, sign in."))},
        {"0x8009000f", "NTE_EXISTS", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The key container or key already exists.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Register the device again: dsregcmd /leave as administrator, restart, sign in."))},
        {"0x80090011", "NTE_NOT_FOUND", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The key container or key was not found.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Register the device again: dsregcmd /leave as administrator, restart, sign in."))},
        {"0x80090035", "NTE_DEVICE_NOT_FOUND", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "Policy requires a TPM, and the device has none.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Change the Windows Hello for Business policy so it does "
                                          "not require a TPM, or use a device with a TPM."))},
        {"0x80280006", "TPM_E_DEACTIVATED", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The TPM is not activated.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "Activate the TPM in the firmware (UEFI/BIOS) settings, then restart."))},
        {"0x80280007", "TPM_E_DISABLED", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The TPM is disabled.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "Enable the TPM in the firmware (UEFI/BIOS) settings, then restart."))},
        {"0x80280009", "TPM_E_FAIL", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "A TPM operation failed (TPM_E_FAIL).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Update the TPM firmware; Windows 10 1809 and later fall back to software keys."))},
        {"0x8028001c", "TPM_E_FAILEDSELFTEST", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The TPM reported a failure in its internal self-test.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Restart the computer; if it persists, the TPM or the "
                                          "motherboard may need replacing."))},
        {"0x80280803", "TPM_E_DEFEND_LOCK_RUNNING", "join", 5,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The TPM is defending against dictionary attacks and is in a time-out period.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Wait until the lockout period has passed, then sign in again."))},
        {"0x80280921", "TPM_20_E_LOCKOUT", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The TPM is in dictionary-attack lockout mode, so keys "
                                          "it protects cannot be used now.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Wait until the lockout period has passed, then sign in again."))},
        {"0x80284001", "TBS_E_INTERNAL_ERROR", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "TPM Base Services (TBS) had an internal software error.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Restart the computer and try again; update Windows and "
                                          "the TPM firmware if it persists."))},
        {"0x80284008", "TBS_E_SERVICE_NOT_RUNNING", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The TPM Base Services (TBS) service is not running.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Start the TPM Base Services service (services.msc) and "
                                          "check that it is not disabled."))},
        {"0x8028400f", "TBS_E_TPM_NOT_FOUND", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "No compatible TPM was found on the computer.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check that the TPM is enabled in the firmware and shown in tpm.msc; "
                             "without a TPM, Windows uses software keys."))},
        {"0x80284010", "TBS_E_SERVICE_DISABLED", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The TPM Base Services (TBS) service is disabled.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Start the TPM Base Services service (services.msc) and "
                                          "check that it is not disabled."))},
        {"0x80290401", "TPM_E_PCP_DEVICE_NOT_READY", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The TPM (Platform Crypto Provider) is not ready: it "
                                          "must be fully provisioned first.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the TPM status in tpm.msc or with Get-Tpm; update "
                                          "the TPM firmware if it is not ready."))},
        {"0x80290405", "TPM_E_PCP_NOT_SUPPORTED", "join", 5,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The TPM's Platform Crypto Provider does not support the requested operation.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Update the TPM firmware; Windows 10 1809 and later fall back to software keys."))},
        {"0x80290409", "TPM_E_PCP_AUTHENTICATION_IGNORED", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The TPM ignored the authorization for the key to "
                                          "protect against a dictionary attack.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Wait until the lockout period has passed, then sign in again."))},
    };
}

} // namespace jd
