// Hybrid join error codes: dsregcmd "Client ErrorCode", pre-join test sub-errors and User Device
// Registration events. Sources: Microsoft Learn "Troubleshoot Microsoft Entra hybrid joined
// devices", "MDM enrollment error codes", and the event 307/304 support article.

#include "steps/error_catalogue.h"

namespace jd {

namespace {
TrText c(const char *source)
{
    return catalogueText(source);
}
} // namespace

QList<ErrorCodeInfo> registrationErrorCodes()
{
    return {
        // Tenant discovery (SCP)
        {"0x801c001d", "DSREG_AUTOJOIN_ADCONFIG_READ_FAILED", "discover", 1,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The device could not read the service connection point (SCP) in "
                             "Active Directory, so it does not know its tenant. Together with "
                             "event 220 it can also be a passing AD replication problem.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Configure the SCP with Azure AD Connect (Configure device options) "
                             "or the client-side SCP in the registry; if it is configured, check "
                             "AD replication and try again."))},
        {"0x80070002", "ERROR_FILE_NOT_FOUND", "discover", 1,
         c(QT_TRANSLATE_NOOP("Catalogue", "The SCP object or its keywords were not found in the "
                                          "configuration partition of the forest.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Create the SCP with Azure AD Connect (Configure device options) in "
                             "every forest that has domain-joined computers."))},
        {"0x801c003a", "DSREG_DISCOVERY_TENANT_NOT_FOUND", "discover", 1,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Azure AD does not know the tenant named in the SCP: the tenant ID is "
                             "wrong or the tenant has no active subscription.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Correct azureADId and azureADName in the SCP (or "
                                          "TenantId and TenantName in the client-side SCP)."))},
        {"0x801c0013", "DSREG_E_TENANTID_NOT_FOUND", "join", 1,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The tenant ID was not found by the device registration service.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the tenant ID in the SCP or the client-side SCP."))},
        // Discovery and network, SYSTEM context
        {"0x801c0021", "DSREG_AUTOJOIN_DISC_FAILED", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "Discovery of the device registration service failed; "
                                          "the second code (sub-error) tells why.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Look up the sub-error; usually enterpriseregistration.windows.net "
                             "cannot be reached as SYSTEM."))},
        {"0x801c001f", "DSREG_AUTOJOIN_DISC_WAIT_TIMEOUT", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Discovery of the device registration service timed out.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Make sure enterpriseregistration.windows.net can be reached in the "
                             "SYSTEM context (WinHTTP proxy, firewall)."))},
        {"0x801c003d", "DSREG_AUTOJOIN_USERREALM_DISCOVERY_FAILED", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "Realm discovery failed, so Windows cannot tell whether "
                                          "the domain is managed or federated.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Make sure login.microsoftonline.com can be reached in "
                                          "the SYSTEM context; look up the sub-error."))},
        {"0x801c000c", "DSREG_E_DISCOVERY_FAILED", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "A communication error occurred during discovery.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the network path to enterpriseregistration.windows.net in the "
                             "SYSTEM context."))},
        {"0x801c000b", "DSREG_E_DISCOVERY_REDIRECTION_NOT_TRUSTED", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Discovery was redirected to a server that is not trusted.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "Check that no proxy or DNS entry redirects the Microsoft endpoints."))},
        {"0x801c0012", "DSREG_E_DISCOVERY_BAD_MESSAGE_ERROR", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "The discovery response was malformed.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check that no proxy changes the responses from "
                                          "enterpriseregistration.windows.net."))},
        {"0x801c0025", "DSREG_SERVER_BUSY", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The device registration service was unavailable (HTTP 503).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Try again later; the task retries by itself."))},
        {"0x8007000d", "E_INVALIDDATA", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The discovery response could not be read as JSON; typically a proxy "
                             "answered with an HTML sign-in or block page and HTTP 200.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Let the computer account (SYSTEM) reach the endpoints through the "
                             "proxy without interactive authentication."))},
        {"0x80072efd", "WININET_E_CANNOT_CONNECT", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "No connection could be made to the server (WinHTTP 12029).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the WinHTTP proxy (netsh winhttp show proxy) and "
                                          "the firewall for the SYSTEM context."))},
        {"0x80072ee2", "WININET_E_TIMEOUT", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "The request timed out (WinHTTP 12002).")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Make sure the Microsoft endpoints can be reached in the SYSTEM "
                             "context; often a proxy is needed but not configured for WinHTTP."))},
        {"0x80072ee7", "WININET_E_NAME_NOT_RESOLVED", "join", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The server name could not be resolved (DNS, WinHTTP 12007).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check DNS for enterpriseregistration.windows.net and "
                                          "login.microsoftonline.com, or set a WinHTTP proxy."))},
        {"0x80072efe", "WININET_E_CONNECTION_ABORTED", "join", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "The connection was closed before the answer arrived (WinHTTP 12030).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Try again on a stable network; check proxies and firewalls that cut connections."))},
        {"0x80072f8f", "WININET_E_DECODING_FAILED", "discover", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The response could not be decoded or the secure connection failed (12175): a proxy "
             "or TLS inspection changed the traffic, or the clock is wrong.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Exempt the Microsoft endpoints from TLS inspection and check the device's clock."))},
        {"0x80072f94", "ERROR_WINHTTP_AUTODETECTION_FAILED", "discover", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Automatic proxy detection (WPAD) found no configuration.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Publish WPAD, or set the WinHTTP proxy by Group Policy "
                                          "or netsh winhttp set proxy."))},
        // Authentication phase (federated and ADAL)
        {"0xcaa90017", "ERROR_ADAL_PROTOCOL_NOT_SUPPORTED", "auth", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The identity provider of a federated domain does not support WS-Trust.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Enable WS-Trust on the federation service, or rely on the fallback to sync join."))},
        {"0xcaa9002c", "ERROR_ADAL_FAILED_TO_PARSE_XML", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The federation service (STS) returned something that is not XML.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Check the metadata exchange (MEX) endpoint and that no proxy interferes."))},
        {"0xcaa90023", "ERROR_ADAL_COULDNOT_DISCOVER_USERNAME_PASSWORD_ENDPOINT", "auth", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "No username/password endpoint was found in the federation metadata (MEX).")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Enable the WS-Trust endpoints on the federation service."))},
        {"0xcaa82ee2", "ERROR_ADAL_INTERNET_TIMEOUT", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "Authentication timed out on the network.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Make sure login.microsoftonline.com and the federation "
                                          "service can be reached as SYSTEM."))},
        {"0xcaa82efe", "ERROR_ADAL_INTERNET_CONNECTION_ABORTED", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "The connection was aborted during authentication.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Try again, or from another network."))},
        {"0xcaa82f8f", "ERROR_ADAL_INTERNET_SECURE_FAILURE", "auth", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The server's TLS certificate could not be validated during authentication.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the clock and any TLS inspection; try again."))},
        {"0xcaa82efd", "ERROR_ADAL_INTERNET_CANNOT_CONNECT", "auth", 2,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "No connection could be made to login.microsoftonline.com during authentication.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the network path and proxy for the SYSTEM context."))},
        {"0xcaa20003", "ERROR_ADAL_SERVER_ERROR_INVALID_GRANT", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Azure AD rejected the SAML token from the identity provider.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Check the federation settings and the server error in the authentication logs."))},
        {"0xcaa90014", "ERROR_ADAL_WSTRUST_REQUEST_SECURITYTOKEN_FAILED", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "The WS-Trust request returned a fault.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the federation service settings and its event log."))},
        {"0xcaa90006", "ERROR_ADAL_WSTRUST_TOKEN_REQUEST_FAIL", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The token endpoint of the federation service returned an error.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Read the ADAL and federation service logs for the server error."))},
        {"0xcaa1002d", "ERROR_ADAL_OPERATION_PENDING", "auth", 2,
         c(QT_TRANSLATE_NOOP("Catalogue", "A general authentication (ADAL) failure.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Look at the sub-error and the server error in the event log."))},
        // Domain controller line of sight, the join task, the certificate on the computer object
        {"0x8007054b", "ERROR_NO_SUCH_DOMAIN", "pre-check", 3,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "No domain controller could be contacted, typically because the device is outside the "
             "company network and the VPN was not connected at sign-in.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Connect to the company network or VPN, then sign in again or trigger the join."))},
        {"0x80041326", "SCHED_E_TASK_DISABLED", "join", 3,
         c(QT_TRANSLATE_NOOP("Catalogue", "The scheduled task Automatic-Device-Join is disabled, "
                                          "so Windows never writes its certificate or joins.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Enable the task under Task Scheduler Library > "
                                          "Microsoft > Windows > Workplace Join."))},
        // Sync by Azure AD Connect
        {"0x801c03f2", "DSREG_E_DIRECTORY_FAILURE", "join", 4,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The registration service returned DirectoryError: usually the device object does not "
             "exist in Azure AD yet because Azure AD Connect has not synced it; the server message "
             "can also name a wrong tenant or throttling.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Wait for the next Azure AD Connect sync (every 30 minutes) and check "
                             "that the computer's OU is in scope; then sign out and in."))},
        {"0x801c0002", "DSREG_E_DEVICE_AUTHENTICATION_ERROR", "join", 4,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The registration service could not authenticate the device (AuthenticationError), "
             "e.g. the certificate in Azure AD does not match yet because sync has not finished.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Wait for the next Azure AD Connect sync and try again."))},
        {"0x801c03f3", "(device object deleted)", "join", 4,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Azure AD cannot find the device object; it was deleted.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Remove the device's remaining records, then let it register again "
                             "(dsregcmd /leave as administrator, restart, sign in)."))},
        // Completion of the registration (device keys, TPM, service)
        {"0x801c0006", "DSREG_E_DEVICE_INTERNALSERVICE_ERROR", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The device registration service had an internal error.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Try again later; if it persists, give Microsoft the "
                                          "request ID and the server error code."))},
        {"0x80090016", "NTE_BAD_KEYSET", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The device key is missing: the TPM was cleared or the device was "
                             "made from an image that was not prepared correctly.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Run dsregcmd /leave as administrator, restart and sign in; do not "
                             "clear the TPM; use images prepared with sysprep."))},
        {"0x80290407", "TPM_E_PCP_INTERNAL_ERROR", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "A generic TPM error.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Update the TPM firmware; Windows 10 1809 and later fall back to software keys."))},
        {"0x80280036", "TPM_E_NOTFIPS", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The TPM is in FIPS mode, which is not supported (TPM 1.2).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Update Windows (1809 and later detect this) or turn off FIPS mode in the TPM."))},
        {"0x80090031", "NTE_AUTHENTICATION_IGNORED", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The TPM is locked out (anti-hammering).")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Wait until the lockout period has passed, then sign in again."))},
        {"0x801c0001", "DSREG_E_DEVICE_MESSAGE_FORMAT_ERROR", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The service's answer could not be understood.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Try again; check that no proxy changes the traffic."))},
        {"0x801c0003", "DSREG_E_DEVICE_AUTHORIZATION_ERROR", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The user is not allowed to register devices.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the device settings in Azure AD (who may register devices)."))},
        {"0x801c000e", "DSREG_E_DEVICE_REGISTRATION_QUOTA_EXCCEEDED", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The limit of devices per user has been reached.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Remove old devices or raise the limit in the Azure AD device settings."))},
        {"0x801c000f", "DSREG_E_DEVICE_REQUIRES_REBOOT", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "A restart is needed before the registration can finish.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Restart the computer and sign in."))},
        {"0x801c0010", "DSREG_E_DEVICE_AIK_VALIDATION_ERROR", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The TPM attestation identity key (AIK) certificate is not valid.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Update the TPM firmware and try again."))},
        {"0x801c0011", "DSREG_E_DEVICE_ATTESTATION_ERROR", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "TPM attestation failed.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Update the TPM firmware and try again."))},
        {"0x801c0014", "DSREG_E_USERSID_NOT_FOUND", "join", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The user's SID was not found.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Sign in with a domain account that is synced to Azure AD."))},
    };
}

} // namespace jd
