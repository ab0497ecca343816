<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Catalogue</name>
    <message>
        <source>The PRT request failed: Windows could not reach the Azure AD authentication service, or Azure AD (or the WS-Trust service) answered HTTP 400.</source>
        <translation>The PRT request failed: Windows could not reach the Azure AD authentication service, or Azure AD (or the WS-Trust service) answered HTTP 400.</translation>
    </message>
    <message>
        <source>Read the server error (event 1081 for Azure AD, 1088 for WS-Trust); make sure the computer account can get through the proxy.</source>
        <translation>Read the server error (event 1081 for Azure AD, 1088 for WS-Trust); make sure the computer account can get through the proxy.</translation>
    </message>
    <message>
        <source>The PRT request failed with a credential or network error.</source>
        <translation>The PRT request failed with a credential or network error.</translation>
    </message>
    <message>
        <source>Read the server error; sign in with the current password; check the network.</source>
        <translation>Read the server error; sign in with the current password; check the network.</translation>
    </message>
    <message>
        <source>Azure AD or the WS-Trust service answered HTTP 400.</source>
        <translation>Azure AD or the WS-Trust service answered HTTP 400.</translation>
    </message>
    <message>
        <source>Read the server error code (events 1081 and 1088).</source>
        <translation>Read the server error code (events 1081 and 1088).</translation>
    </message>
    <message>
        <source>A network problem, or Azure AD answered with an HTTP error above 400.</source>
        <translation>A network problem, or Azure AD answered with an HTTP error above 400.</translation>
    </message>
    <message>
        <source>Check the network path to login.microsoftonline.com; the URL is in event 1022, the network sub-error in 1084.</source>
        <translation>Check the network path to login.microsoftonline.com; the URL is in event 1022, the network sub-error in 1084.</translation>
    </message>
    <message>
        <source>Realm discovery failed: Azure AD does not know the domain of the user&apos;s UPN (for example a non-routable @contoso.local).</source>
        <translation>Realm discovery failed: Azure AD does not know the domain of the user&apos;s UPN (for example a non-routable @contoso.local).</translation>
    </message>
    <message>
        <source>Add the UPN suffix as a verified custom domain, or use Alternate Login ID.</source>
        <translation>Add the UPN suffix as a verified custom domain, or use Alternate Login ID.</translation>
    </message>
    <message>
        <source>The user&apos;s UPN is not in the name@domain form (for hybrid devices it comes from the domain controller).</source>
        <translation>The user&apos;s UPN is not in the name@domain form (for hybrid devices it comes from the domain controller).</translation>
    </message>
    <message>
        <source>Correct the UPN in Active Directory; check it with whoami /upn.</source>
        <translation>Correct the UPN in Active Directory; check it with whoami /upn.</translation>
    </message>
    <message>
        <source>The user&apos;s SID was missing in the ID token.</source>
        <translation>The user&apos;s SID was missing in the ID token.</translation>
    </message>
    <message>
        <source>Make sure no proxy changes the responses from Azure AD.</source>
        <translation>Make sure no proxy changes the responses from Azure AD.</translation>
    </message>
    <message>
        <source>The WS-Trust answer from the federation service held no SAML token.</source>
        <translation>The WS-Trust answer from the federation service held no SAML token.</translation>
    </message>
    <message>
        <source>Check the proxy and the federation service; the server error is in event 1088.</source>
        <translation>Check the proxy and the federation service; the server error is in event 1088.</translation>
    </message>
    <message>
        <source>The federation metadata (MEX) has no password endpoints.</source>
        <translation>The federation metadata (MEX) has no password endpoints.</translation>
    </message>
    <message>
        <source>Fix the metadata exchange of the federation service, or the proxy that changes it.</source>
        <translation>Fix the metadata exchange of the federation service, or the proxy that changes it.</translation>
    </message>
    <message>
        <source>The federation metadata (MEX) has no certificate endpoints.</source>
        <translation>The federation metadata (MEX) has no certificate endpoints.</translation>
    </message>
    <message>
        <source>Fix the metadata exchange of the federation service.</source>
        <translation>Fix the metadata exchange of the federation service.</translation>
    </message>
    <message>
        <source>The WS-Trust answer contains a DTD, which Windows refuses.</source>
        <translation>The WS-Trust answer contains a DTD, which Windows refuses.</translation>
    </message>
    <message>
        <source>Fix the identity provider; the URL is in event 1022.</source>
        <translation>Fix the identity provider; the URL is in event 1022.</translation>
    </message>
    <message>
        <source>Cloud AP negotiation failed (event 1104); during the first setup (OOBE) this is expected.</source>
        <translation>Cloud AP negotiation failed (event 1104); during the first setup (OOBE) this is expected.</translation>
    </message>
    <message>
        <source>Ignore it when it was logged during setup; otherwise look at the events around it.</source>
        <translation>Ignore it when it was logged during setup; otherwise look at the events around it.</translation>
    </message>
    <message>
        <source>A token broker (WAM) operation failed (event 1098).</source>
        <translation>A token broker (WAM) operation failed (event 1098).</translation>
    </message>
    <message>
        <source>Sign out and in; if it persists, reset the token broker cache of the user.</source>
        <translation>Sign out and in; if it persists, reset the token broker cache of the user.</translation>
    </message>
    <message>
        <source>Device authentication failed: the device is deleted or disabled in Azure AD.</source>
        <translation>Device authentication failed: the device is deleted or disabled in Azure AD.</translation>
    </message>
    <message>
        <source>Enable the device, or register it again: dsregcmd /leave as administrator, restart, sign in.</source>
        <translation>Enable the device, or register it again: dsregcmd /leave as administrator, restart, sign in.</translation>
    </message>
    <message>
        <source>The user does not exist in the tenant.</source>
        <translation>The user does not exist in the tenant.</translation>
    </message>
    <message>
        <source>Check the UPN and that the user is synced to Azure AD.</source>
        <translation>Check the UPN and that the user is synced to Azure AD.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or a new password has not been synced to Azure AD yet (password hash sync).</source>
        <translation>Wrong user name or password, or a new password has not been synced to Azure AD yet (password hash sync).</translation>
    </message>
    <message>
        <source>Wait for password hash sync (a few minutes), then lock and unlock the computer.</source>
        <translation>Wait for password hash sync (a few minutes), then lock and unlock the computer.</translation>
    </message>
    <message>
        <source>Use a routable UPN suffix or Alternate Login ID; correct the tenant in the SCP.</source>
        <translation>Use a routable UPN suffix or Alternate Login ID; correct the tenant in the SCP.</translation>
    </message>
    <message>
        <source>The request timed out (WinHTTP 12002).</source>
        <translation>The request timed out (WinHTTP 12002).</translation>
    </message>
    <message>
        <source>Check the proxy for the computer context and the firewall.</source>
        <translation>Check the proxy for the computer context and the firewall.</translation>
    </message>
    <message>
        <source>The server name could not be resolved (WinHTTP 12007).</source>
        <translation>The server name could not be resolved (WinHTTP 12007).</translation>
    </message>
    <message>
        <source>Check DNS, or set a WinHTTP proxy.</source>
        <translation>Check DNS, or set a WinHTTP proxy.</translation>
    </message>
    <message>
        <source>No connection could be made (WinHTTP 12029).</source>
        <translation>No connection could be made (WinHTTP 12029).</translation>
    </message>
    <message>
        <source>The connection was reset (WinHTTP 12030).</source>
        <translation>The connection was reset (WinHTTP 12030).</translation>
    </message>
    <message>
        <source>Try again on a stable network; check proxies and firewalls that cut connections.</source>
        <translation>Try again on a stable network; check proxies and firewalls that cut connections.</translation>
    </message>
    <message>
        <source>The device is disabled or deleted in Azure AD although Windows still considers it registered.</source>
        <translation>The device is disabled or deleted in Azure AD although Windows still considers it registered.</translation>
    </message>
    <message>
        <source>Enable the device in Azure AD, or register it again: dsregcmd /leave as administrator, restart, sign in.</source>
        <translation>Enable the device in Azure AD, or register it again: dsregcmd /leave as administrator, restart, sign in.</translation>
    </message>
    <message>
        <source>Windows could not run the device authentication test, usually because Azure AD cannot be reached in the SYSTEM context.</source>
        <translation>Windows could not run the device authentication test, usually because Azure AD cannot be reached in the SYSTEM context.</translation>
    </message>
    <message>
        <source>Check connectivity and the WinHTTP proxy for SYSTEM, then run dsregcmd /status again.</source>
        <translation>Check connectivity and the WinHTTP proxy for SYSTEM, then run dsregcmd /status again.</translation>
    </message>
    <message>
        <source>The device could not read the service connection point (SCP) in Active Directory, so it does not know its tenant. Together with event 220 it can also be a passing AD replication problem.</source>
        <translation>The device could not read the service connection point (SCP) in Active Directory, so it does not know its tenant. Together with event 220 it can also be a passing AD replication problem.</translation>
    </message>
    <message>
        <source>Configure the SCP with Azure AD Connect (Configure device options) or the client-side SCP in the registry; if it is configured, check AD replication and try again.</source>
        <translation>Configure the SCP with Azure AD Connect (Configure device options) or the client-side SCP in the registry; if it is configured, check AD replication and try again.</translation>
    </message>
    <message>
        <source>The SCP object or its keywords were not found in the configuration partition of the forest.</source>
        <translation>The SCP object or its keywords were not found in the configuration partition of the forest.</translation>
    </message>
    <message>
        <source>Create the SCP with Azure AD Connect (Configure device options) in every forest that has domain-joined computers.</source>
        <translation>Create the SCP with Azure AD Connect (Configure device options) in every forest that has domain-joined computers.</translation>
    </message>
    <message>
        <source>Azure AD does not know the tenant named in the SCP: the tenant ID is wrong or the tenant has no active subscription.</source>
        <translation>Azure AD does not know the tenant named in the SCP: the tenant ID is wrong or the tenant has no active subscription.</translation>
    </message>
    <message>
        <source>Correct azureADId and azureADName in the SCP (or TenantId and TenantName in the client-side SCP).</source>
        <translation>Correct azureADId and azureADName in the SCP (or TenantId and TenantName in the client-side SCP).</translation>
    </message>
    <message>
        <source>The tenant ID was not found by the device registration service.</source>
        <translation>The tenant ID was not found by the device registration service.</translation>
    </message>
    <message>
        <source>Check the tenant ID in the SCP or the client-side SCP.</source>
        <translation>Check the tenant ID in the SCP or the client-side SCP.</translation>
    </message>
    <message>
        <source>Discovery of the device registration service failed; the second code (sub-error) tells why.</source>
        <translation>Discovery of the device registration service failed; the second code (sub-error) tells why.</translation>
    </message>
    <message>
        <source>Look up the sub-error; usually enterpriseregistration.windows.net cannot be reached as SYSTEM.</source>
        <translation>Look up the sub-error; usually enterpriseregistration.windows.net cannot be reached as SYSTEM.</translation>
    </message>
    <message>
        <source>Discovery of the device registration service timed out.</source>
        <translation>Discovery of the device registration service timed out.</translation>
    </message>
    <message>
        <source>Make sure enterpriseregistration.windows.net can be reached in the SYSTEM context (WinHTTP proxy, firewall).</source>
        <translation>Make sure enterpriseregistration.windows.net can be reached in the SYSTEM context (WinHTTP proxy, firewall).</translation>
    </message>
    <message>
        <source>Realm discovery failed, so Windows cannot tell whether the domain is managed or federated.</source>
        <translation>Realm discovery failed, so Windows cannot tell whether the domain is managed or federated.</translation>
    </message>
    <message>
        <source>Make sure login.microsoftonline.com can be reached in the SYSTEM context; look up the sub-error.</source>
        <translation>Make sure login.microsoftonline.com can be reached in the SYSTEM context; look up the sub-error.</translation>
    </message>
    <message>
        <source>A communication error occurred during discovery.</source>
        <translation>A communication error occurred during discovery.</translation>
    </message>
    <message>
        <source>Check the network path to enterpriseregistration.windows.net in the SYSTEM context.</source>
        <translation>Check the network path to enterpriseregistration.windows.net in the SYSTEM context.</translation>
    </message>
    <message>
        <source>Discovery was redirected to a server that is not trusted.</source>
        <translation>Discovery was redirected to a server that is not trusted.</translation>
    </message>
    <message>
        <source>Check that no proxy or DNS entry redirects the Microsoft endpoints.</source>
        <translation>Check that no proxy or DNS entry redirects the Microsoft endpoints.</translation>
    </message>
    <message>
        <source>The discovery response was malformed.</source>
        <translation>The discovery response was malformed.</translation>
    </message>
    <message>
        <source>Check that no proxy changes the responses from enterpriseregistration.windows.net.</source>
        <translation>Check that no proxy changes the responses from enterpriseregistration.windows.net.</translation>
    </message>
    <message>
        <source>The device registration service was unavailable (HTTP 503).</source>
        <translation>The device registration service was unavailable (HTTP 503).</translation>
    </message>
    <message>
        <source>Try again later; the task retries by itself.</source>
        <translation>Try again later; the task retries by itself.</translation>
    </message>
    <message>
        <source>The discovery response could not be read as JSON; typically a proxy answered with an HTML sign-in or block page and HTTP 200.</source>
        <translation>The discovery response could not be read as JSON; typically a proxy answered with an HTML sign-in or block page and HTTP 200.</translation>
    </message>
    <message>
        <source>Let the computer account (SYSTEM) reach the endpoints through the proxy without interactive authentication.</source>
        <translation>Let the computer account (SYSTEM) reach the endpoints through the proxy without interactive authentication.</translation>
    </message>
    <message>
        <source>No connection could be made to the server (WinHTTP 12029).</source>
        <translation>No connection could be made to the server (WinHTTP 12029).</translation>
    </message>
    <message>
        <source>Check the WinHTTP proxy (netsh winhttp show proxy) and the firewall for the SYSTEM context.</source>
        <translation>Check the WinHTTP proxy (netsh winhttp show proxy) and the firewall for the SYSTEM context.</translation>
    </message>
    <message>
        <source>Make sure the Microsoft endpoints can be reached in the SYSTEM context; often a proxy is needed but not configured for WinHTTP.</source>
        <translation>Make sure the Microsoft endpoints can be reached in the SYSTEM context; often a proxy is needed but not configured for WinHTTP.</translation>
    </message>
    <message>
        <source>The server name could not be resolved (DNS, WinHTTP 12007).</source>
        <translation>The server name could not be resolved (DNS, WinHTTP 12007).</translation>
    </message>
    <message>
        <source>Check DNS for enterpriseregistration.windows.net and login.microsoftonline.com, or set a WinHTTP proxy.</source>
        <translation>Check DNS for enterpriseregistration.windows.net and login.microsoftonline.com, or set a WinHTTP proxy.</translation>
    </message>
    <message>
        <source>The connection was closed before the answer arrived (WinHTTP 12030).</source>
        <translation>The connection was closed before the answer arrived (WinHTTP 12030).</translation>
    </message>
    <message>
        <source>The response could not be decoded or the secure connection failed (12175): a proxy or TLS inspection changed the traffic, or the clock is wrong.</source>
        <translation>The response could not be decoded or the secure connection failed (12175): a proxy or TLS inspection changed the traffic, or the clock is wrong.</translation>
    </message>
    <message>
        <source>Exempt the Microsoft endpoints from TLS inspection and check the device&apos;s clock.</source>
        <translation>Exempt the Microsoft endpoints from TLS inspection and check the device&apos;s clock.</translation>
    </message>
    <message>
        <source>Automatic proxy detection (WPAD) found no configuration.</source>
        <translation>Automatic proxy detection (WPAD) found no configuration.</translation>
    </message>
    <message>
        <source>Publish WPAD, or set the WinHTTP proxy by Group Policy or netsh winhttp set proxy.</source>
        <translation>Publish WPAD, or set the WinHTTP proxy by Group Policy or netsh winhttp set proxy.</translation>
    </message>
    <message>
        <source>The identity provider of a federated domain does not support WS-Trust.</source>
        <translation>The identity provider of a federated domain does not support WS-Trust.</translation>
    </message>
    <message>
        <source>Enable WS-Trust on the federation service, or rely on the fallback to sync join.</source>
        <translation>Enable WS-Trust on the federation service, or rely on the fallback to sync join.</translation>
    </message>
    <message>
        <source>The federation service (STS) returned something that is not XML.</source>
        <translation>The federation service (STS) returned something that is not XML.</translation>
    </message>
    <message>
        <source>Check the metadata exchange (MEX) endpoint and that no proxy interferes.</source>
        <translation>Check the metadata exchange (MEX) endpoint and that no proxy interferes.</translation>
    </message>
    <message>
        <source>No username/password endpoint was found in the federation metadata (MEX).</source>
        <translation>No username/password endpoint was found in the federation metadata (MEX).</translation>
    </message>
    <message>
        <source>Enable the WS-Trust endpoints on the federation service.</source>
        <translation>Enable the WS-Trust endpoints on the federation service.</translation>
    </message>
    <message>
        <source>Authentication timed out on the network.</source>
        <translation>Authentication timed out on the network.</translation>
    </message>
    <message>
        <source>Make sure login.microsoftonline.com and the federation service can be reached as SYSTEM.</source>
        <translation>Make sure login.microsoftonline.com and the federation service can be reached as SYSTEM.</translation>
    </message>
    <message>
        <source>The connection was aborted during authentication.</source>
        <translation>The connection was aborted during authentication.</translation>
    </message>
    <message>
        <source>Try again, or from another network.</source>
        <translation>Try again, or from another network.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be validated during authentication.</source>
        <translation>The server&apos;s TLS certificate could not be validated during authentication.</translation>
    </message>
    <message>
        <source>Check the clock and any TLS inspection; try again.</source>
        <translation>Check the clock and any TLS inspection; try again.</translation>
    </message>
    <message>
        <source>No connection could be made to login.microsoftonline.com during authentication.</source>
        <translation>No connection could be made to login.microsoftonline.com during authentication.</translation>
    </message>
    <message>
        <source>Check the network path and proxy for the SYSTEM context.</source>
        <translation>Check the network path and proxy for the SYSTEM context.</translation>
    </message>
    <message>
        <source>Azure AD rejected the SAML token from the identity provider.</source>
        <translation>Azure AD rejected the SAML token from the identity provider.</translation>
    </message>
    <message>
        <source>Check the federation settings and the server error in the authentication logs.</source>
        <translation>Check the federation settings and the server error in the authentication logs.</translation>
    </message>
    <message>
        <source>The WS-Trust request returned a fault.</source>
        <translation>The WS-Trust request returned a fault.</translation>
    </message>
    <message>
        <source>Check the federation service settings and its event log.</source>
        <translation>Check the federation service settings and its event log.</translation>
    </message>
    <message>
        <source>The token endpoint of the federation service returned an error.</source>
        <translation>The token endpoint of the federation service returned an error.</translation>
    </message>
    <message>
        <source>Read the ADAL and federation service logs for the server error.</source>
        <translation>Read the ADAL and federation service logs for the server error.</translation>
    </message>
    <message>
        <source>A general authentication (ADAL) failure.</source>
        <translation>A general authentication (ADAL) failure.</translation>
    </message>
    <message>
        <source>Look at the sub-error and the server error in the event log.</source>
        <translation>Look at the sub-error and the server error in the event log.</translation>
    </message>
    <message>
        <source>No domain controller could be contacted, typically because the device is outside the company network and the VPN was not connected at sign-in.</source>
        <translation>No domain controller could be contacted, typically because the device is outside the company network and the VPN was not connected at sign-in.</translation>
    </message>
    <message>
        <source>Connect to the company network or VPN, then sign in again or trigger the join.</source>
        <translation>Connect to the company network or VPN, then sign in again or trigger the join.</translation>
    </message>
    <message>
        <source>The scheduled task Automatic-Device-Join is disabled, so Windows never writes its certificate or joins.</source>
        <translation>The scheduled task Automatic-Device-Join is disabled, so Windows never writes its certificate or joins.</translation>
    </message>
    <message>
        <source>Enable the task under Task Scheduler Library &gt; Microsoft &gt; Windows &gt; Workplace Join.</source>
        <translation>Enable the task under Task Scheduler Library &gt; Microsoft &gt; Windows &gt; Workplace Join.</translation>
    </message>
    <message>
        <source>The registration service returned DirectoryError: usually the device object does not exist in Azure AD yet because Azure AD Connect has not synced it; the server message can also name a wrong tenant or throttling.</source>
        <translation>The registration service returned DirectoryError: usually the device object does not exist in Azure AD yet because Azure AD Connect has not synced it; the server message can also name a wrong tenant or throttling.</translation>
    </message>
    <message>
        <source>Wait for the next Azure AD Connect sync (every 30 minutes) and check that the computer&apos;s OU is in scope; then sign out and in.</source>
        <translation>Wait for the next Azure AD Connect sync (every 30 minutes) and check that the computer&apos;s OU is in scope; then sign out and in.</translation>
    </message>
    <message>
        <source>The registration service could not authenticate the device (AuthenticationError), e.g. the certificate in Azure AD does not match yet because sync has not finished.</source>
        <translation>The registration service could not authenticate the device (AuthenticationError), e.g. the certificate in Azure AD does not match yet because sync has not finished.</translation>
    </message>
    <message>
        <source>Wait for the next Azure AD Connect sync and try again.</source>
        <translation>Wait for the next Azure AD Connect sync and try again.</translation>
    </message>
    <message>
        <source>Azure AD cannot find the device object; it was deleted.</source>
        <translation>Azure AD cannot find the device object; it was deleted.</translation>
    </message>
    <message>
        <source>Remove the device&apos;s remaining records, then let it register again (dsregcmd /leave as administrator, restart, sign in).</source>
        <translation>Remove the device&apos;s remaining records, then let it register again (dsregcmd /leave as administrator, restart, sign in).</translation>
    </message>
    <message>
        <source>The device registration service had an internal error.</source>
        <translation>The device registration service had an internal error.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, give Microsoft the request ID and the server error code.</source>
        <translation>Try again later; if it persists, give Microsoft the request ID and the server error code.</translation>
    </message>
    <message>
        <source>The device key is missing: the TPM was cleared or the device was made from an image that was not prepared correctly.</source>
        <translation>The device key is missing: the TPM was cleared or the device was made from an image that was not prepared correctly.</translation>
    </message>
    <message>
        <source>Run dsregcmd /leave as administrator, restart and sign in; do not clear the TPM; use images prepared with sysprep.</source>
        <translation>Run dsregcmd /leave as administrator, restart and sign in; do not clear the TPM; use images prepared with sysprep.</translation>
    </message>
    <message>
        <source>A generic TPM error.</source>
        <translation>A generic TPM error.</translation>
    </message>
    <message>
        <source>Update the TPM firmware; Windows 10 1809 and later fall back to software keys.</source>
        <translation>Update the TPM firmware; Windows 10 1809 and later fall back to software keys.</translation>
    </message>
    <message>
        <source>The TPM is in FIPS mode, which is not supported (TPM 1.2).</source>
        <translation>The TPM is in FIPS mode, which is not supported (TPM 1.2).</translation>
    </message>
    <message>
        <source>Update Windows (1809 and later detect this) or turn off FIPS mode in the TPM.</source>
        <translation>Update Windows (1809 and later detect this) or turn off FIPS mode in the TPM.</translation>
    </message>
    <message>
        <source>The TPM is locked out (anti-hammering).</source>
        <translation>The TPM is locked out (anti-hammering).</translation>
    </message>
    <message>
        <source>Wait until the lockout period has passed, then sign in again.</source>
        <translation>Wait until the lockout period has passed, then sign in again.</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be understood.</source>
        <translation>The service&apos;s answer could not be understood.</translation>
    </message>
    <message>
        <source>Try again; check that no proxy changes the traffic.</source>
        <translation>Try again; check that no proxy changes the traffic.</translation>
    </message>
    <message>
        <source>The user is not allowed to register devices.</source>
        <translation>The user is not allowed to register devices.</translation>
    </message>
    <message>
        <source>Check the device settings in Azure AD (who may register devices).</source>
        <translation>Check the device settings in Azure AD (who may register devices).</translation>
    </message>
    <message>
        <source>The limit of devices per user has been reached.</source>
        <translation>The limit of devices per user has been reached.</translation>
    </message>
    <message>
        <source>Remove old devices or raise the limit in the Azure AD device settings.</source>
        <translation>Remove old devices or raise the limit in the Azure AD device settings.</translation>
    </message>
    <message>
        <source>A restart is needed before the registration can finish.</source>
        <translation>A restart is needed before the registration can finish.</translation>
    </message>
    <message>
        <source>Restart the computer and sign in.</source>
        <translation>Restart the computer and sign in.</translation>
    </message>
    <message>
        <source>The TPM attestation identity key (AIK) certificate is not valid.</source>
        <translation>The TPM attestation identity key (AIK) certificate is not valid.</translation>
    </message>
    <message>
        <source>Update the TPM firmware and try again.</source>
        <translation>Update the TPM firmware and try again.</translation>
    </message>
    <message>
        <source>TPM attestation failed.</source>
        <translation>TPM attestation failed.</translation>
    </message>
    <message>
        <source>The user&apos;s SID was not found.</source>
        <translation>The user&apos;s SID was not found.</translation>
    </message>
    <message>
        <source>Sign in with a domain account that is synced to Azure AD.</source>
        <translation>Sign in with a domain account that is synced to Azure AD.</translation>
    </message>
    <message>
        <source>The account from this identity provider does not exist in the tenant (it would have to be added as an external user).</source>
        <translation>The account from this identity provider does not exist in the tenant (it would have to be added as an external user).</translation>
    </message>
    <message>
        <source>Sign in with an account of the tenant, or invite the user as a guest.</source>
        <translation>Sign in with an account of the tenant, or invite the user as a guest.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed sign-ins, or the sign-in came from an IP address with malicious activity.</source>
        <translation>The account is locked after too many failed sign-ins, or the sign-in came from an IP address with malicious activity.</translation>
    </message>
    <message>
        <source>Check the failure reason of the sign-in in the Azure AD sign-in logs; unblock the user or wait.</source>
        <translation>Check the failure reason of the sign-in in the Azure AD sign-in logs; unblock the user or wait.</translation>
    </message>
    <message>
        <source>The user&apos;s password has expired in Azure AD.</source>
        <translation>The user&apos;s password has expired in Azure AD.</translation>
    </message>
    <message>
        <source>Reset the password (self-service or by an administrator), then lock and unlock the computer.</source>
        <translation>Reset the password (self-service or by an administrator), then lock and unlock the computer.</translation>
    </message>
    <message>
        <source>The user account is disabled (in Active Directory, and so in Azure AD).</source>
        <translation>The user account is disabled (in Active Directory, and so in Azure AD).</translation>
    </message>
    <message>
        <source>Enable the account in Active Directory and wait for the next Azure AD Connect sync.</source>
        <translation>Enable the account in Active Directory and wait for the next Azure AD Connect sync.</translation>
    </message>
    <message>
        <source>Azure AD found no valid single sign-on session for the user.</source>
        <translation>Azure AD found no valid single sign-on session for the user.</translation>
    </message>
    <message>
        <source>Sign in interactively; if it keeps happening on a joined device, check that the device has a PRT.</source>
        <translation>Sign in interactively; if it keeps happening on a joined device, check that the device has a PRT.</translation>
    </message>
    <message>
        <source>Validation of the user name or password failed.</source>
        <translation>Validation of the user name or password failed.</translation>
    </message>
    <message>
        <source>Sign in with the current password; with password hash sync, wait until the new password is synced.</source>
        <translation>Sign in with the current password; with password hash sync, wait until the new password is synced.</translation>
    </message>
    <message>
        <source>The user must register for multifactor authentication (MFA) first.</source>
        <translation>The user must register for multifactor authentication (MFA) first.</translation>
    </message>
    <message>
        <source>Let the user register security info for MFA in a browser, then lock and unlock the computer.</source>
        <translation>Let the user register security info for MFA in a browser, then lock and unlock the computer.</translation>
    </message>
    <message>
        <source>Strong authentication is required, and the user did not pass the MFA challenge.</source>
        <translation>Strong authentication is required, and the user did not pass the MFA challenge.</translation>
    </message>
    <message>
        <source>Sign in again and complete MFA; check the user&apos;s registered MFA methods.</source>
        <translation>Sign in again and complete MFA; check the user&apos;s registered MFA methods.</translation>
    </message>
    <message>
        <source>MFA is required (Conditional Access, per-user MFA or a new location), but the token request did not include it.</source>
        <translation>MFA is required (Conditional Access, per-user MFA or a new location), but the token request did not include it.</translation>
    </message>
    <message>
        <source>Find the policy that requires MFA in the Azure AD sign-in logs, and sign in interactively to satisfy it.</source>
        <translation>Find the policy that requires MFA in the Azure AD sign-in logs, and sign in interactively to satisfy it.</translation>
    </message>
    <message>
        <source>The user must register for MFA, or a federated user must bring the MFA claim from the federation service.</source>
        <translation>The user must register for MFA, or a federated user must bring the MFA claim from the federation service.</translation>
    </message>
    <message>
        <source>Have the user register security info, or configure the federation service to issue the MFA claim.</source>
        <translation>Have the user register security info, or configure the federation service to issue the MFA claim.</translation>
    </message>
    <message>
        <source>Device authentication is required, but the device did not authenticate.</source>
        <translation>Device authentication is required, but the device did not authenticate.</translation>
    </message>
    <message>
        <source>Check with dsregcmd /status that the device is joined (AzureAdJoined YES) and has a PRT.</source>
        <translation>Check with dsregcmd /status that the device is joined (AzureAdJoined YES) and has a PRT.</translation>
    </message>
    <message>
        <source>The requested federation realm object does not exist in Azure AD.</source>
        <translation>The requested federation realm object does not exist in Azure AD.</translation>
    </message>
    <message>
        <source>Check the federation settings of the domain in Azure AD (the issuer URI of the federation service).</source>
        <translation>Check the federation settings of the domain in Azure AD (the issuer URI of the federation service).</translation>
    </message>
    <message>
        <source>No tenant could be found from the request or the credentials (invalid domain name).</source>
        <translation>No tenant could be found from the request or the credentials (invalid domain name).</translation>
    </message>
    <message>
        <source>Check the UPN suffix of the user: it must be a verified domain of the tenant.</source>
        <translation>Check the UPN suffix of the user: it must be a verified domain of the tenant.</translation>
    </message>
    <message>
        <source>A Conditional Access error: for example a bad Windows device state, suspicious activity or a policy decision.</source>
        <translation>A Conditional Access error: for example a bad Windows device state, suspicious activity or a policy decision.</translation>
    </message>
    <message>
        <source>Find the sign-in in the Azure AD sign-in logs and check which Conditional Access policy blocked it.</source>
        <translation>Find the sign-in in the Azure AD sign-in logs and check which Conditional Access policy blocked it.</translation>
    </message>
    <message>
        <source>The session is no longer valid because the password expired or was changed recently.</source>
        <translation>The session is no longer valid because the password expired or was changed recently.</translation>
    </message>
    <message>
        <source>Sign in with the current password; lock and unlock the computer to get a new PRT.</source>
        <translation>Sign in with the current password; lock and unlock the computer to get a new PRT.</translation>
    </message>
    <message>
        <source>The user&apos;s Active Directory password has expired.</source>
        <translation>The user&apos;s Active Directory password has expired.</translation>
    </message>
    <message>
        <source>Reset the password in Active Directory or with self-service password reset, then sign in with the new one.</source>
        <translation>Reset the password in Active Directory or with self-service password reset, then sign in with the new one.</translation>
    </message>
    <message>
        <source>The user&apos;s tokens were revoked, so a fresh sign-in is needed.</source>
        <translation>The user&apos;s tokens were revoked, so a fresh sign-in is needed.</translation>
    </message>
    <message>
        <source>Sign out and in again to get a new PRT.</source>
        <translation>Sign out and in again to get a new PRT.</translation>
    </message>
    <message>
        <source>The service failed to perform device authentication.</source>
        <translation>The service failed to perform device authentication.</translation>
    </message>
    <message>
        <source>Conditional Access requires a compliant device, and this device is not compliant.</source>
        <translation>Conditional Access requires a compliant device, and this device is not compliant.</translation>
    </message>
    <message>
        <source>Enrol the device in Intune (or the approved MDM) and fix the compliance issues shown there.</source>
        <translation>Enrol the device in Intune (or the approved MDM) and fix the compliance issues shown there.</translation>
    </message>
    <message>
        <source>Conditional Access requires a domain-joined (hybrid joined) device, and Azure AD does not see this device as one.</source>
        <translation>Conditional Access requires a domain-joined (hybrid joined) device, and Azure AD does not see this device as one.</translation>
    </message>
    <message>
        <source>Finish the hybrid join (dsregcmd /status must show AzureAdJoined YES and DomainJoined YES), then sign in again.</source>
        <translation>Finish the hybrid join (dsregcmd /status must show AzureAdJoined YES and DomainJoined YES), then sign in again.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the token issuance.</source>
        <translation>A Conditional Access policy blocked the token issuance.</translation>
    </message>
    <message>
        <source>The pass-through authentication agent could not connect to Active Directory.</source>
        <translation>The pass-through authentication agent could not connect to Active Directory.</translation>
    </message>
    <message>
        <source>Check that the agent servers are in the users&apos; forest and can reach the domain controllers.</source>
        <translation>Check that the agent servers are in the users&apos; forest and can reach the domain controllers.</translation>
    </message>
    <message>
        <source>Password validation by the pass-through authentication agent timed out.</source>
        <translation>Password validation by the pass-through authentication agent timed out.</translation>
    </message>
    <message>
        <source>Check that Active Directory is available and answers the agents in time.</source>
        <translation>Check that Active Directory is available and answers the agents in time.</translation>
    </message>
    <message>
        <source>Azure AD could not determine the tenant from the request.</source>
        <translation>Azure AD could not determine the tenant from the request.</translation>
    </message>
    <message>
        <source>The account does not exist in the tenant it signed in to, or the ImmutableID (sourceAnchor) of a synced user differs between Active Directory and Azure AD.</source>
        <translation>The account does not exist in the tenant it signed in to, or the ImmutableID (sourceAnchor) of a synced user differs between Active Directory and Azure AD.</translation>
    </message>
    <message>
        <source>Check the user&apos;s sourceAnchor (ImmutableID) in Azure AD Connect and match the accounts.</source>
        <translation>Check the user&apos;s sourceAnchor (ImmutableID) in Azure AD Connect and match the accounts.</translation>
    </message>
    <message>
        <source>The SAML assertion from the federation service is missing or misconfigured.</source>
        <translation>The SAML assertion from the federation service is missing or misconfigured.</translation>
    </message>
    <message>
        <source>Check the claim rules of the Azure AD relying party trust on the federation service.</source>
        <translation>Check the claim rules of the Azure AD relying party trust on the federation service.</translation>
    </message>
    <message>
        <source>The user has no Windows Hello for Business (NGC) key registered in Azure AD.</source>
        <translation>The user has no Windows Hello for Business (NGC) key registered in Azure AD.</translation>
    </message>
    <message>
        <source>Sign in with the password and set up the PIN again.</source>
        <translation>Sign in with the password and set up the PIN again.</translation>
    </message>
    <message>
        <source>The signature made with the Windows Hello for Business key could not be verified.</source>
        <translation>The signature made with the Windows Hello for Business key could not be verified.</translation>
    </message>
    <message>
        <source>The device&apos;s transport key for Windows Hello for Business is not configured in Azure AD.</source>
        <translation>The device&apos;s transport key for Windows Hello for Business is not configured in Azure AD.</translation>
    </message>
    <message>
        <source>Register the device again: dsregcmd /leave as administrator, restart, sign in.</source>
        <translation>Register the device again: dsregcmd /leave as administrator, restart, sign in.</translation>
    </message>
    <message>
        <source>The device that the Windows Hello for Business key belongs to is disabled in Azure AD.</source>
        <translation>The device that the Windows Hello for Business key belongs to is disabled in Azure AD.</translation>
    </message>
    <message>
        <source>The device that the Windows Hello for Business key belongs to was not found in Azure AD.</source>
        <translation>The device that the Windows Hello for Business key belongs to was not found in Azure AD.</translation>
    </message>
    <message>
        <source>The device used for the sign-in is disabled in Azure AD.</source>
        <translation>The device used for the sign-in is disabled in Azure AD.</translation>
    </message>
    <message>
        <source>The application was not found in the tenant: it is not installed or consented there, or the request went to the wrong tenant.</source>
        <translation>The application was not found in the tenant: it is not installed or consented there, or the request went to the wrong tenant.</translation>
    </message>
    <message>
        <source>Check which tenant the request went to and that the application exists there.</source>
        <translation>Check which tenant the request went to and that the application exists there.</translation>
    </message>
    <message>
        <source>AD FS rejected the Enterprise PRT request: the certificate that signed it is not from a registered device with a transport key, typically because the device is not written back to Active Directory.</source>
        <translation>AD FS rejected the Enterprise PRT request: the certificate that signed it is not from a registered device with a transport key, typically because the device is not written back to Active Directory.</translation>
    </message>
    <message>
        <source>Enable device writeback in Azure AD Connect and check that the device is in the RegisteredDevices container; then lock and unlock the computer.</source>
        <translation>Enable device writeback in Azure AD Connect and check that the device is in the RegisteredDevices container; then lock and unlock the computer.</translation>
    </message>
    <message>
        <source>AD FS rejected the request because the device&apos;s transport key is invalid: it must be an RSA public key blob or a TPM storage key blob.</source>
        <translation>AD FS rejected the request because the device&apos;s transport key is invalid: it must be an RSA public key blob or a TPM storage key blob.</translation>
    </message>
    <message>
        <source>AD FS could not validate the user&apos;s Active Directory account.</source>
        <translation>AD FS could not validate the user&apos;s Active Directory account.</translation>
    </message>
    <message>
        <source>Check the account in Active Directory and that AD FS can reach the domain controllers; the AD FS Admin log has the details.</source>
        <translation>Check the account in Active Directory and that AD FS can reach the domain controllers; the AD FS Admin log has the details.</translation>
    </message>
    <message>
        <source>AD FS has no protocol handler on the requested path, for example because the endpoint is disabled or the URL is wrong.</source>
        <translation>AD FS has no protocol handler on the requested path, for example because the endpoint is disabled or the URL is wrong.</translation>
    </message>
    <message>
        <source>Check the endpoint URL and that the endpoint is enabled on AD FS (and published on the Web Application Proxy).</source>
        <translation>Check the endpoint URL and that the endpoint is enabled on AD FS (and published on the Web Application Proxy).</translation>
    </message>
    <message>
        <source>AD FS hit a general error while processing the request.</source>
        <translation>AD FS hit a general error while processing the request.</translation>
    </message>
    <message>
        <source>Read the inner exception in AD FS Admin event 364 on the federation server.</source>
        <translation>Read the inner exception in AD FS Admin event 364 on the federation server.</translation>
    </message>
    <message>
        <source>AD FS denied the request (Access denied).</source>
        <translation>AD FS denied the request (Access denied).</translation>
    </message>
    <message>
        <source>Check the access control policy and issuance authorization rules of the relying party trust, and AD FS Admin event 364.</source>
        <translation>Check the access control policy and issuance authorization rules of the relying party trust, and AD FS Admin event 364.</translation>
    </message>
    <message>
        <source>The operation requires the device to be a member of an Active Directory domain, and it is not.</source>
        <translation>The operation requires the device to be a member of an Active Directory domain, and it is not.</translation>
    </message>
    <message>
        <source>Join the computer to the domain, restart, and sign in with a domain account.</source>
        <translation>Join the computer to the domain, restart, and sign in with a domain account.</translation>
    </message>
    <message>
        <source>The federation provider configuration that Windows downloaded is empty.</source>
        <translation>The federation provider configuration that Windows downloaded is empty.</translation>
    </message>
    <message>
        <source>Check that http://clientconfig.microsoftonline-p.net/FPURL.xml can be opened from the device and is not empty.</source>
        <translation>Check that http://clientconfig.microsoftonline-p.net/FPURL.xml can be opened from the device and is not empty.</translation>
    </message>
    <message>
        <source>The federation provider configuration has no domain (FPDOMAINNAME is empty).</source>
        <translation>The federation provider configuration has no domain (FPDOMAINNAME is empty).</translation>
    </message>
    <message>
        <source>Open http://clientconfig.microsoftonline-p.net/FPURL.xml from the device and check the FPDOMAINNAME element; a proxy may be changing it.</source>
        <translation>Open http://clientconfig.microsoftonline-p.net/FPURL.xml from the device and check the FPDOMAINNAME element; a proxy may be changing it.</translation>
    </message>
    <message>
        <source>The federation provider configuration has no client configuration URL (CLIENTCONFIG).</source>
        <translation>The federation provider configuration has no client configuration URL (CLIENTCONFIG).</translation>
    </message>
    <message>
        <source>Open http://clientconfig.microsoftonline-p.net/FPURL.xml from the device and check that CLIENTCONFIG holds a valid URL.</source>
        <translation>Open http://clientconfig.microsoftonline-p.net/FPURL.xml from the device and check that CLIENTCONFIG holds a valid URL.</translation>
    </message>
    <message>
        <source>The federation provider&apos;s client configuration is empty.</source>
        <translation>The federation provider&apos;s client configuration is empty.</translation>
    </message>
    <message>
        <source>Check that the device can download the client configuration named in FPURL.xml and that no proxy changes it.</source>
        <translation>Check that the device can download the client configuration named in FPURL.xml and that no proxy changes it.</translation>
    </message>
    <message>
        <source>The federation provider&apos;s client configuration names no device registration service (DRS) endpoint.</source>
        <translation>The federation provider&apos;s client configuration names no device registration service (DRS) endpoint.</translation>
    </message>
    <message>
        <source>The device certificate was not found on the computer.</source>
        <translation>The device certificate was not found on the computer.</translation>
    </message>
    <message>
        <source>The registration service&apos;s response message was not valid.</source>
        <translation>The registration service&apos;s response message was not valid.</translation>
    </message>
    <message>
        <source>Sign out and in again; check that no proxy changes the traffic.</source>
        <translation>Sign out and in again; check that no proxy changes the traffic.</translation>
    </message>
    <message>
        <source>The registration service did not authorize the user or the device.</source>
        <translation>The registration service did not authorize the user or the device.</translation>
    </message>
    <message>
        <source>Check that the user&apos;s token is valid and that the user may register Windows Hello for Business keys.</source>
        <translation>Check that the user&apos;s token is valid and that the user may register Windows Hello for Business keys.</translation>
    </message>
    <message>
        <source>The registration service answered with an unexpected HTTP status.</source>
        <translation>The registration service answered with an unexpected HTTP status.</translation>
    </message>
    <message>
        <source>The registration service had an error it could not handle.</source>
        <translation>The registration service had an error it could not handle.</translation>
    </message>
    <message>
        <source>Sign out and in again later; the error is on the service side.</source>
        <translation>Sign out and in again later; the error is on the service side.</translation>
    </message>
    <message>
        <source>The key registration request was rejected: MFA was required but not performed, the token was missing, or the request was invalid.</source>
        <translation>The key registration request was rejected: MFA was required but not performed, the token was missing, or the request was invalid.</translation>
    </message>
    <message>
        <source>Sign out and in again; if that does not help, register the device again (dsregcmd /leave as administrator, restart, sign in).</source>
        <translation>Sign out and in again; if that does not help, register the device again (dsregcmd /leave as administrator, restart, sign in).</translation>
    </message>
    <message>
        <source>TPM attestation failed at the registration service.</source>
        <translation>TPM attestation failed at the registration service.</translation>
    </message>
    <message>
        <source>Sign out and in again; if it persists, update the TPM firmware.</source>
        <translation>Sign out and in again; if it persists, update the TPM firmware.</translation>
    </message>
    <message>
        <source>The TPM&apos;s attestation identity key (AIK) certificate is no longer valid.</source>
        <translation>The TPM&apos;s attestation identity key (AIK) certificate is no longer valid.</translation>
    </message>
    <message>
        <source>No Windows Hello for Business key is registered for the user.</source>
        <translation>No Windows Hello for Business key is registered for the user.</translation>
    </message>
    <message>
        <source>The user&apos;s token holds no UPN.</source>
        <translation>The user&apos;s token holds no UPN.</translation>
    </message>
    <message>
        <source>Check that the user has a UPN in Active Directory and that it is synced to Azure AD.</source>
        <translation>Check that the user has a UPN in Active Directory and that it is synced to Azure AD.</translation>
    </message>
    <message>
        <source>Windows could not get a user token, or the token holds no device ID.</source>
        <translation>Windows could not get a user token, or the token holds no device ID.</translation>
    </message>
    <message>
        <source>Sign out and in again and check the network and credentials; if it persists, register the device again.</source>
        <translation>Sign out and in again and check the network and credentials; if it persists, register the device again.</translation>
    </message>
    <message>
        <source>Windows did not receive the user&apos;s credentials.</source>
        <translation>Windows did not receive the user&apos;s credentials.</translation>
    </message>
    <message>
        <source>Sign out and in again.</source>
        <translation>Sign out and in again.</translation>
    </message>
    <message>
        <source>Windows Hello for Business provisioning found no default Web Account Manager (WAM) account to request an Azure AD token with.</source>
        <translation>Windows Hello for Business provisioning found no default Web Account Manager (WAM) account to request an Azure AD token with.</translation>
    </message>
    <message>
        <source>Make sure the user has a PRT (dsregcmd /status, AzureAdPrt YES): sign out and sign in with the Azure AD account.</source>
        <translation>Make sure the user has a PRT (dsregcmd /status, AzureAdPrt YES): sign out and sign in with the Azure AD account.</translation>
    </message>
    <message>
        <source>The token broker needs the user&apos;s credentials to continue; it cannot get the token silently.</source>
        <translation>The token broker needs the user&apos;s credentials to continue; it cannot get the token silently.</translation>
    </message>
    <message>
        <source>Sign in interactively once; if it keeps coming back, check the PRT with dsregcmd /status.</source>
        <translation>Sign in interactively once; if it keeps coming back, check the PRT with dsregcmd /status.</translation>
    </message>
    <message>
        <source>Azure AD answered that the request requires user interaction (interaction_required).</source>
        <translation>Azure AD answered that the request requires user interaction (interaction_required).</translation>
    </message>
    <message>
        <source>Sign in interactively; the Azure AD sign-in logs show which policy asked for it.</source>
        <translation>Sign in interactively; the Azure AD sign-in logs show which policy asked for it.</translation>
    </message>
    <message>
        <source>Azure AD rejected the request as malformed (invalid_request).</source>
        <translation>Azure AD rejected the request as malformed (invalid_request).</translation>
    </message>
    <message>
        <source>Read the AADSTS code in the server message; check that no proxy changes the requests.</source>
        <translation>Read the AADSTS code in the server message; check that no proxy changes the requests.</translation>
    </message>
    <message>
        <source>Azure AD denied the request (access_denied), typically because of a Conditional Access policy.</source>
        <translation>Azure AD denied the request (access_denied), typically because of a Conditional Access policy.</translation>
    </message>
    <message>
        <source>The authorization server was temporarily unable to handle the request (overload or maintenance).</source>
        <translation>The authorization server was temporarily unable to handle the request (overload or maintenance).</translation>
    </message>
    <message>
        <source>The server or the proxy was not found while getting a token.</source>
        <translation>The server or the proxy was not found while getting a token.</translation>
    </message>
    <message>
        <source>Check DNS and the proxy settings, and that login.microsoftonline.com can be reached.</source>
        <translation>Check DNS and the proxy settings, and that login.microsoftonline.com can be reached.</translation>
    </message>
    <message>
        <source>The connection was interrupted while getting a token.</source>
        <translation>The connection was interrupted while getting a token.</translation>
    </message>
    <message>
        <source>The Internet connection timed out while getting a token.</source>
        <translation>The Internet connection timed out while getting a token.</translation>
    </message>
    <message>
        <source>The server name could not be resolved during authentication.</source>
        <translation>The server name could not be resolved during authentication.</translation>
    </message>
    <message>
        <source>Check DNS for login.microsoftonline.com and the federation service, or set a proxy.</source>
        <translation>Check DNS for login.microsoftonline.com and the federation service, or set a proxy.</translation>
    </message>
    <message>
        <source>The connection was reset during authentication.</source>
        <translation>The connection was reset during authentication.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is expired or not yet valid (during authentication).</source>
        <translation>The server&apos;s TLS certificate is expired or not yet valid (during authentication).</translation>
    </message>
    <message>
        <source>Check the device&apos;s date, time and time zone; if a proxy inspects TLS, check the certificate it presents.</source>
        <translation>Check the device&apos;s date, time and time zone; if a proxy inspects TLS, check the certificate it presents.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was issued by a certificate authority the device does not know (during authentication).</source>
        <translation>The server&apos;s TLS certificate was issued by a certificate authority the device does not know (during authentication).</translation>
    </message>
    <message>
        <source>Exempt the Microsoft endpoints from TLS inspection, or install the proxy&apos;s root certificate in the computer&apos;s Trusted Root Certification Authorities store.</source>
        <translation>Exempt the Microsoft endpoints from TLS inspection, or install the proxy&apos;s root certificate in the computer&apos;s Trusted Root Certification Authorities store.</translation>
    </message>
    <message>
        <source>The PAC file could not be downloaded during authentication.</source>
        <translation>The PAC file could not be downloaded during authentication.</translation>
    </message>
    <message>
        <source>Check the PAC URL and that the computer can fetch it as SYSTEM, or set the WinHTTP proxy explicitly.</source>
        <translation>Check the PAC URL and that the computer can fetch it as SYSTEM, or set the WinHTTP proxy explicitly.</translation>
    </message>
    <message>
        <source>Automatic proxy detection found no PAC file during authentication.</source>
        <translation>Automatic proxy detection found no PAC file during authentication.</translation>
    </message>
    <message>
        <source>User realm discovery failed: Windows could not find out whether the user&apos;s domain is managed or federated.</source>
        <translation>User realm discovery failed: Windows could not find out whether the user&apos;s domain is managed or federated.</translation>
    </message>
    <message>
        <source>Make sure login.microsoftonline.com can be reached and that the UPN suffix is a verified domain in Azure AD.</source>
        <translation>Make sure login.microsoftonline.com can be reached and that the UPN suffix is a verified domain in Azure AD.</translation>
    </message>
    <message>
        <source>Integrated Windows authentication was attempted, but it only works for a federated domain.</source>
        <translation>Integrated Windows authentication was attempted, but it only works for a federated domain.</translation>
    </message>
    <message>
        <source>Check that the user&apos;s domain is federated in Azure AD as you expect.</source>
        <translation>Check that the user&apos;s domain is federated in Azure AD as you expect.</translation>
    </message>
    <message>
        <source>No endpoint for integrated Windows authentication was found in the federation metadata (MEX).</source>
        <translation>No endpoint for integrated Windows authentication was found in the federation metadata (MEX).</translation>
    </message>
    <message>
        <source>Enable integrated Windows authentication for WS-Trust 1.3 on AD FS (the windowstransport endpoint).</source>
        <translation>Enable integrated Windows authentication for WS-Trust 1.3 on AD FS (the windowstransport endpoint).</translation>
    </message>
    <message>
        <source>The WS-Trust metadata exchange (MEX) request to the federation service failed.</source>
        <translation>The WS-Trust metadata exchange (MEX) request to the federation service failed.</translation>
    </message>
    <message>
        <source>Make sure the MEX endpoint of the federation service can be reached in the SYSTEM context.</source>
        <translation>Make sure the MEX endpoint of the federation service can be reached in the SYSTEM context.</translation>
    </message>
    <message>
        <source>The WS-Trust response from the federation service held no SAML assertion.</source>
        <translation>The WS-Trust response from the federation service held no SAML assertion.</translation>
    </message>
    <message>
        <source>The WS-Trust response (XML) from the federation service could not be parsed.</source>
        <translation>The WS-Trust response (XML) from the federation service could not be parsed.</translation>
    </message>
    <message>
        <source>Check that no proxy returns its own page instead of the federation service&apos;s answer.</source>
        <translation>Check that no proxy returns its own page instead of the federation service&apos;s answer.</translation>
    </message>
    <message>
        <source>The TPM is not set up, so the key provider cannot use it.</source>
        <translation>The TPM is not set up, so the key provider cannot use it.</translation>
    </message>
    <message>
        <source>As administrator, open tpm.msc and choose Prepare the TPM, then sign in again.</source>
        <translation>As administrator, open tpm.msc and choose Prepare the TPM, then sign in again.</translation>
    </message>
    <message>
        <source>The TPM (the device behind the key provider) is not ready for use.</source>
        <translation>The TPM (the device behind the key provider) is not ready for use.</translation>
    </message>
    <message>
        <source>Check the TPM status in tpm.msc or with Get-Tpm; update the TPM firmware if it is not ready.</source>
        <translation>Check the TPM status in tpm.msc or with Get-Tpm; update the TPM firmware if it is not ready.</translation>
    </message>
    <message>
        <source>The key provider had an internal error (NTE_INTERNAL_ERROR).</source>
        <translation>The key provider had an internal error (NTE_INTERNAL_ERROR).</translation>
    </message>
    <message>
        <source>Restart and try again; Microsoft lists no other fix, so contact Microsoft Support if it persists.</source>
        <translation>Restart and try again; Microsoft lists no other fix, so contact Microsoft Support if it persists.</translation>
    </message>
    <message>
        <source>The key provider failed with an unspecified error (NTE_FAIL).</source>
        <translation>The key provider failed with an unspecified error (NTE_FAIL).</translation>
    </message>
    <message>
        <source>The key provider received bad data (NTE_BAD_DATA).</source>
        <translation>The key provider received bad data (NTE_BAD_DATA).</translation>
    </message>
    <message>
        <source>The key container or key already exists.</source>
        <translation>The key container or key already exists.</translation>
    </message>
    <message>
        <source>The key container or key was not found.</source>
        <translation>The key container or key was not found.</translation>
    </message>
    <message>
        <source>Policy requires a TPM, and the device has none.</source>
        <translation>Policy requires a TPM, and the device has none.</translation>
    </message>
    <message>
        <source>Change the Windows Hello for Business policy so it does not require a TPM, or use a device with a TPM.</source>
        <translation>Change the Windows Hello for Business policy so it does not require a TPM, or use a device with a TPM.</translation>
    </message>
    <message>
        <source>The TPM is not activated.</source>
        <translation>The TPM is not activated.</translation>
    </message>
    <message>
        <source>Activate the TPM in the firmware (UEFI/BIOS) settings, then restart.</source>
        <translation>Activate the TPM in the firmware (UEFI/BIOS) settings, then restart.</translation>
    </message>
    <message>
        <source>The TPM is disabled.</source>
        <translation>The TPM is disabled.</translation>
    </message>
    <message>
        <source>Enable the TPM in the firmware (UEFI/BIOS) settings, then restart.</source>
        <translation>Enable the TPM in the firmware (UEFI/BIOS) settings, then restart.</translation>
    </message>
    <message>
        <source>A TPM operation failed (TPM_E_FAIL).</source>
        <translation>A TPM operation failed (TPM_E_FAIL).</translation>
    </message>
    <message>
        <source>The TPM reported a failure in its internal self-test.</source>
        <translation>The TPM reported a failure in its internal self-test.</translation>
    </message>
    <message>
        <source>Restart the computer; if it persists, the TPM or the motherboard may need replacing.</source>
        <translation>Restart the computer; if it persists, the TPM or the motherboard may need replacing.</translation>
    </message>
    <message>
        <source>The TPM is defending against dictionary attacks and is in a time-out period.</source>
        <translation>The TPM is defending against dictionary attacks and is in a time-out period.</translation>
    </message>
    <message>
        <source>The TPM is in dictionary-attack lockout mode, so keys it protects cannot be used now.</source>
        <translation>The TPM is in dictionary-attack lockout mode, so keys it protects cannot be used now.</translation>
    </message>
    <message>
        <source>TPM Base Services (TBS) had an internal software error.</source>
        <translation>TPM Base Services (TBS) had an internal software error.</translation>
    </message>
    <message>
        <source>Restart the computer and try again; update Windows and the TPM firmware if it persists.</source>
        <translation>Restart the computer and try again; update Windows and the TPM firmware if it persists.</translation>
    </message>
    <message>
        <source>The TPM Base Services (TBS) service is not running.</source>
        <translation>The TPM Base Services (TBS) service is not running.</translation>
    </message>
    <message>
        <source>Start the TPM Base Services service (services.msc) and check that it is not disabled.</source>
        <translation>Start the TPM Base Services service (services.msc) and check that it is not disabled.</translation>
    </message>
    <message>
        <source>No compatible TPM was found on the computer.</source>
        <translation>No compatible TPM was found on the computer.</translation>
    </message>
    <message>
        <source>Check that the TPM is enabled in the firmware and shown in tpm.msc; without a TPM, Windows uses software keys.</source>
        <translation>Check that the TPM is enabled in the firmware and shown in tpm.msc; without a TPM, Windows uses software keys.</translation>
    </message>
    <message>
        <source>The TPM Base Services (TBS) service is disabled.</source>
        <translation>The TPM Base Services (TBS) service is disabled.</translation>
    </message>
    <message>
        <source>The TPM (Platform Crypto Provider) is not ready: it must be fully provisioned first.</source>
        <translation>The TPM (Platform Crypto Provider) is not ready: it must be fully provisioned first.</translation>
    </message>
    <message>
        <source>The TPM&apos;s Platform Crypto Provider does not support the requested operation.</source>
        <translation>The TPM&apos;s Platform Crypto Provider does not support the requested operation.</translation>
    </message>
    <message>
        <source>The TPM ignored the authorization for the key to protect against a dictionary attack.</source>
        <translation>The TPM ignored the authorization for the key to protect against a dictionary attack.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is expired or not yet valid according to the device&apos;s clock (WinHTTP 12037).</source>
        <translation>The server&apos;s TLS certificate is expired or not yet valid according to the device&apos;s clock (WinHTTP 12037).</translation>
    </message>
    <message>
        <source>The name in the server&apos;s TLS certificate does not match the server that was called (WinHTTP 12038); typically a proxy or firewall answers in its place.</source>
        <translation>The name in the server&apos;s TLS certificate does not match the server that was called (WinHTTP 12038); typically a proxy or firewall answers in its place.</translation>
    </message>
    <message>
        <source>Exempt the Microsoft endpoints from TLS inspection and check DNS for them.</source>
        <translation>Exempt the Microsoft endpoints from TLS inspection and check DNS for them.</translation>
    </message>
    <message>
        <source>The server, or a proxy on the way, asked for a client certificate (WinHTTP 12044).</source>
        <translation>The server, or a proxy on the way, asked for a client certificate (WinHTTP 12044).</translation>
    </message>
    <message>
        <source>Let the computer reach the Microsoft endpoints without client certificate authentication on the proxy or firewall.</source>
        <translation>Let the computer reach the Microsoft endpoints without client certificate authentication on the proxy or firewall.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate chains to a root certificate the device does not trust (WinHTTP 12045); often the certificate of a TLS-inspecting proxy.</source>
        <translation>The server&apos;s TLS certificate chains to a root certificate the device does not trust (WinHTTP 12045); often the certificate of a TLS-inspecting proxy.</translation>
    </message>
    <message>
        <source>Windows could not check whether the server&apos;s certificate is revoked, because the revocation server (CRL/OCSP) could not be reached (WinHTTP 12057).</source>
        <translation>Windows could not check whether the server&apos;s certificate is revoked, because the revocation server (CRL/OCSP) could not be reached (WinHTTP 12057).</translation>
    </message>
    <message>
        <source>Let the computer reach the CRL and OCSP addresses of the certificates in the SYSTEM context, through the proxy if needed.</source>
        <translation>Let the computer reach the CRL and OCSP addresses of the certificates in the SYSTEM context, through the proxy if needed.</translation>
    </message>
    <message>
        <source>The server&apos;s response could not be parsed (WinHTTP 12152); often a proxy or firewall answered instead of the Microsoft service.</source>
        <translation>The server&apos;s response could not be parsed (WinHTTP 12152); often a proxy or firewall answered instead of the Microsoft service.</translation>
    </message>
    <message>
        <source>Check that no proxy or firewall answers for the Microsoft endpoints or changes the traffic to them.</source>
        <translation>Check that no proxy or firewall answers for the Microsoft endpoints or changes the traffic to them.</translation>
    </message>
    <message>
        <source>The secure channel (TLS) could not be set up (WinHTTP 12157).</source>
        <translation>The secure channel (TLS) could not be set up (WinHTTP 12157).</translation>
    </message>
    <message>
        <source>Make sure TLS 1.2 is enabled on the device and that no proxy interferes; look for Schannel events in the System log.</source>
        <translation>Make sure TLS 1.2 is enabled on the device and that no proxy interferes; look for Schannel events in the System log.</translation>
    </message>
    <message>
        <source>The proxy auto-configuration (PAC) script failed to run (WinHTTP 12166).</source>
        <translation>The proxy auto-configuration (PAC) script failed to run (WinHTTP 12166).</translation>
    </message>
    <message>
        <source>Correct the PAC file, or set the WinHTTP proxy explicitly (netsh winhttp set proxy or Group Policy).</source>
        <translation>Correct the PAC file, or set the WinHTTP proxy explicitly (netsh winhttp set proxy or Group Policy).</translation>
    </message>
    <message>
        <source>The PAC file could not be downloaded: its server could not be reached or answered with an error such as 404 (WinHTTP 12167).</source>
        <translation>The PAC file could not be downloaded: its server could not be reached or answered with an error such as 404 (WinHTTP 12167).</translation>
    </message>
    <message>
        <source>No proxy could be found for the address (WinHTTP 12178).</source>
        <translation>No proxy could be found for the address (WinHTTP 12178).</translation>
    </message>
    <message>
        <source>Check the WinHTTP proxy settings and the PAC file, or set the proxy explicitly for WinHTTP.</source>
        <translation>Check the WinHTTP proxy settings and the PAC file, or set the proxy explicitly for WinHTTP.</translation>
    </message>
    <message>
        <source>The user account is locked after too many failed sign-ins or password changes.</source>
        <translation>The user account is locked after too many failed sign-ins or password changes.</translation>
    </message>
    <message>
        <source>Unlock the account in Active Directory (or wait for the lockout to expire) and find the source of the bad passwords.</source>
        <translation>Unlock the account in Active Directory (or wait for the lockout to expire) and find the source of the bad passwords.</translation>
    </message>
    <message>
        <source>The user account is disabled by an administrator.</source>
        <translation>The user account is disabled by an administrator.</translation>
    </message>
    <message>
        <source>Enable the account in Active Directory, wait for the next sync, and sign in again.</source>
        <translation>Enable the account in Active Directory, wait for the next sync, and sign in again.</translation>
    </message>
    <message>
        <source>The user&apos;s password has expired.</source>
        <translation>The user&apos;s password has expired.</translation>
    </message>
    <message>
        <source>Change the password at sign-in (with line of sight to a domain controller), then lock and unlock the computer.</source>
        <translation>Change the password at sign-in (with line of sight to a domain controller), then lock and unlock the computer.</translation>
    </message>
    <message>
        <source>The user must change the password at next sign-in.</source>
        <translation>The user must change the password at next sign-in.</translation>
    </message>
    <message>
        <source>The user name and password are valid, but an account restriction prevents the sign-in (for example logon hours).</source>
        <translation>The user name and password are valid, but an account restriction prevents the sign-in (for example logon hours).</translation>
    </message>
    <message>
        <source>Check the account&apos;s restrictions in Active Directory (logon hours, Log On To computers, account options).</source>
        <translation>Check the account&apos;s restrictions in Active Directory (logon hours, Log On To computers, account options).</translation>
    </message>
    <message>
        <source>The user name does not exist (misspelled or unknown account).</source>
        <translation>The user name does not exist (misspelled or unknown account).</translation>
    </message>
    <message>
        <source>Check the user name, and sign in with the account as it is in Active Directory.</source>
        <translation>Check the user name, and sign in with the account as it is in Active Directory.</translation>
    </message>
    <message>
        <source>The sign-in was outside the account&apos;s allowed logon hours.</source>
        <translation>The sign-in was outside the account&apos;s allowed logon hours.</translation>
    </message>
    <message>
        <source>Change the logon hours of the account in Active Directory, or sign in within them.</source>
        <translation>Change the logon hours of the account in Active Directory, or sign in within them.</translation>
    </message>
    <message>
        <source>The account may not sign in on this computer (workstation restriction).</source>
        <translation>The account may not sign in on this computer (workstation restriction).</translation>
    </message>
    <message>
        <source>Add the computer to the account&apos;s Log On To list in Active Directory, or remove the restriction.</source>
        <translation>Add the computer to the account&apos;s Log On To list in Active Directory, or remove the restriction.</translation>
    </message>
    <message>
        <source>The user account has expired.</source>
        <translation>The user account has expired.</translation>
    </message>
    <message>
        <source>Extend the account&apos;s expiry date in Active Directory, wait for sync, and sign in again.</source>
        <translation>Extend the account&apos;s expiry date in Active Directory, wait for sync, and sign in again.</translation>
    </message>
    <message>
        <source>The clocks of the domain controller and this computer are too far apart.</source>
        <translation>The clocks of the domain controller and this computer are too far apart.</translation>
    </message>
    <message>
        <source>Synchronise the time with the domain (w32tm /resync) and check the time service on the domain controllers.</source>
        <translation>Synchronise the time with the domain (w32tm /resync) and check the time service on the domain controllers.</translation>
    </message>
    <message>
        <source>The user has not been granted the requested logon right on this computer.</source>
        <translation>The user has not been granted the requested logon right on this computer.</translation>
    </message>
    <message>
        <source>Check the user rights assignments (for example Allow log on locally) in Group Policy.</source>
        <translation>Check the user rights assignments (for example Allow log on locally) in Group Policy.</translation>
    </message>
    <message>
        <source>The trust relationship between the primary domain and the trusted domain failed.</source>
        <translation>The trust relationship between the primary domain and the trusted domain failed.</translation>
    </message>
    <message>
        <source>Verify the trust between the domains (Active Directory Domains and Trusts) and that their domain controllers can reach each other.</source>
        <translation>Verify the trust between the domains (Active Directory Domains and Trusts) and that their domain controllers can reach each other.</translation>
    </message>
    <message>
        <source>No logon server (domain controller) was available for the request.</source>
        <translation>No logon server (domain controller) was available for the request.</translation>
    </message>
    <message>
        <source>Connect to the company network or VPN and check DNS for the domain controllers (nltest /dsgetdc:&lt;domain&gt;).</source>
        <translation>Connect to the company network or VPN and check DNS for the domain controllers (nltest /dsgetdc:&lt;domain&gt;).</translation>
    </message>
    <message>
        <source>The computer is protected by an authentication firewall (selective authentication), and the account may not authenticate to it.</source>
        <translation>The computer is protected by an authentication firewall (selective authentication), and the account may not authenticate to it.</translation>
    </message>
    <message>
        <source>Grant the account Allowed to authenticate on the computer object, or change the trust to forest-wide authentication.</source>
        <translation>Grant the account Allowed to authenticate on the computer object, or change the trust to forest-wide authentication.</translation>
    </message>
    <message>
        <source>The domain has no computer account for this computer&apos;s trust relationship: the secure channel is broken or the computer object is gone.</source>
        <translation>The domain has no computer account for this computer&apos;s trust relationship: the secure channel is broken or the computer object is gone.</translation>
    </message>
    <message>
        <source>Repair the secure channel (Test-ComputerSecureChannel -Repair) or join the computer to the domain again.</source>
        <translation>Repair the secure channel (Test-ComputerSecureChannel -Repair) or join the computer to the domain again.</translation>
    </message>
    <message>
        <source>The security account manager (SAM) on the server was in the wrong state for the operation.</source>
        <translation>The security account manager (SAM) on the server was in the wrong state for the operation.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the domain controller&apos;s health and event log.</source>
        <translation>Try again; if it persists, check the domain controller&apos;s health and event log.</translation>
    </message>
    <message>
        <source>Windows detected a possible attempt to compromise security (downgrade) during authentication.</source>
        <translation>Windows detected a possible attempt to compromise security (downgrade) during authentication.</translation>
    </message>
    <message>
        <source>Make sure the computer can contact the domain controller that authenticated the user, then sign in again.</source>
        <translation>Make sure the computer can contact the domain controller that authenticated the user, then sign in again.</translation>
    </message>
    <message>
        <source>Windows had too few system resources to finish the operation.</source>
        <translation>Windows had too few system resources to finish the operation.</translation>
    </message>
    <message>
        <source>Restart the computer and try again.</source>
        <translation>Restart the computer and try again.</translation>
    </message>
    <message>
        <source>Access was denied: the caller lacks the rights it asked for.</source>
        <translation>Access was denied: the caller lacks the rights it asked for.</translation>
    </message>
    <message>
        <source>Look at the events around it to see which object was denied; check permissions changed by hardening or security software.</source>
        <translation>Look at the events around it to see which object was denied; check permissions changed by hardening or security software.</translation>
    </message>
    <message>
        <source>The request is not supported.</source>
        <translation>The request is not supported.</translation>
    </message>
    <message>
        <source>Look at the events logged around it for the operation that was refused.</source>
        <translation>Look at the events logged around it for the operation that was refused.</translation>
    </message>
    <message>
        <source>An object was not found (STATUS_NOT_FOUND); in logon events Microsoft regards it as harmless.</source>
        <translation>An object was not found (STATUS_NOT_FOUND); in logon events Microsoft regards it as harmless.</translation>
    </message>
    <message>
        <source>Look at the other codes logged around it; on its own it needs no action.</source>
        <translation>Look at the other codes logged around it; on its own it needs no action.</translation>
    </message>
    <message>
        <source>The Netlogon service was not started when the sign-in was attempted.</source>
        <translation>The Netlogon service was not started when the sign-in was attempted.</translation>
    </message>
    <message>
        <source>Start the Netlogon service and set it to start automatically.</source>
        <translation>Start the Netlogon service and set it to start automatically.</translation>
    </message>
    <message>
        <source>The tenant was not found: a non-routable UPN suffix (such as a .local domain), or a wrong tenant in the SCP.</source>
        <translation>The tenant was not found: a non-routable UPN suffix (such as a .local domain), or a wrong tenant in the SCP.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>This device is Azure AD joined (cloud only) and not joined to an on-premises domain, so the hybrid join steps do not apply to it.</source>
        <translation>This device is Azure AD joined (cloud only) and not joined to an on-premises domain, so the hybrid join steps do not apply to it.</translation>
    </message>
    <message>
        <source>This device is only Azure AD registered (a work account was added) and not joined to a domain, so the hybrid join steps do not apply to it.</source>
        <translation>This device is only Azure AD registered (a work account was added) and not joined to a domain, so the hybrid join steps do not apply to it.</translation>
    </message>
    <message>
        <source>This device is in a workgroup: it is neither joined to a domain nor to Azure AD, so hybrid join does not apply. It must first be joined to the on-premises domain if it is meant to be hybrid joined.</source>
        <translation>This device is in a workgroup: it is neither joined to a domain nor to Azure AD, so hybrid join does not apply. It must first be joined to the on-premises domain if it is meant to be hybrid joined.</translation>
    </message>
    <message>
        <source>This device is hybrid Azure AD joined: joined to the on-premises domain and registered in Azure AD.</source>
        <translation>This device is hybrid Azure AD joined: joined to the on-premises domain and registered in Azure AD.</translation>
    </message>
    <message>
        <source>This device is joined to the on-premises domain but not (yet) to Azure AD: the hybrid join has not completed.</source>
        <translation>This device is joined to the on-premises domain but not (yet) to Azure AD: the hybrid join has not completed.</translation>
    </message>
    <message>
        <source>The join state cannot be told from the input (the Device State section is missing or incomplete).</source>
        <translation>The join state cannot be told from the input (the Device State section is missing or incomplete).</translation>
    </message>
    <message>
        <source>The last registration attempt (%1) failed in the &quot;%2&quot; phase with error %3.</source>
        <translation>The last registration attempt (%1) failed in the &quot;%2&quot; phase with error %3.</translation>
    </message>
    <message>
        <source>The service answered: %1 %2</source>
        <translation>The service answered: %1 %2</translation>
    </message>
    <message>
        <source>Hybrid joined, the user has a PRT.</source>
        <translation>Hybrid joined, the user has a PRT.</translation>
    </message>
    <message>
        <source>The SCP is missing in Active Directory.</source>
        <translation>The SCP is missing in Active Directory.</translation>
    </message>
    <message>
        <source>The browser uses a proxy; SYSTEM has none and cannot get out.</source>
        <translation>The browser uses a proxy; SYSTEM has none and cannot get out.</translation>
    </message>
    <message>
        <source>Azure AD Connect has not synced the computer yet.</source>
        <translation>Azure AD Connect has not synced the computer yet.</translation>
    </message>
    <message>
        <source>Everything is ready; the device has not completed the registration (&quot;Pending&quot;).</source>
        <translation>Everything is ready; the device has not completed the registration (&quot;Pending&quot;).</translation>
    </message>
    <message>
        <source>Hybrid joined, but Azure AD refused the PRT (new password not synced).</source>
        <translation>Hybrid joined, but Azure AD refused the PRT (new password not synced).</translation>
    </message>
    <message>
        <source>Working from home: no domain controller at sign-in, the VPN came up later.</source>
        <translation>Working from home: no domain controller at sign-in, the VPN came up later.</translation>
    </message>
    <message>
        <source>No dsregcmd /status fields were found in the input. Run dsregcmd /status and save or paste its output.</source>
        <translation>No dsregcmd /status fields were found in the input. Run dsregcmd /status and save or paste its output.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB; a dsregcmd /status output is much smaller. Save only the output of dsregcmd /status.</source>
        <translation>The input is larger than %1 MiB; a dsregcmd /status output is much smaller. Save only the output of dsregcmd /status.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Cannot open %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>The device knows its Azure AD tenant.</source>
        <translation>The device knows its Azure AD tenant.</translation>
    </message>
    <message>
        <source>The device is registered in Azure AD, so tenant discovery worked; the tenant is shown in the evidence.</source>
        <translation>The device is registered in Azure AD, so tenant discovery worked; the tenant is shown in the evidence.</translation>
    </message>
    <message>
        <source>The service connection point (SCP) was read.</source>
        <translation>The service connection point (SCP) was read.</translation>
    </message>
    <message>
        <source>Windows&apos; own AD Configuration Test passed: the device can read which tenant it belongs to.</source>
        <translation>Windows&apos; own AD Configuration Test passed: the device can read which tenant it belongs to.</translation>
    </message>
    <message>
        <source>The device cannot find its tenant: the service connection point (SCP) is missing or unreadable.</source>
        <translation>The device cannot find its tenant: the service connection point (SCP) is missing or unreadable.</translation>
    </message>
    <message>
        <source>Without the SCP in Active Directory (or the client-side SCP in the registry) the device does not know which Azure AD tenant to register in, so the registration stops at the start.</source>
        <translation>Without the SCP in Active Directory (or the client-side SCP in the registry) the device does not know which Azure AD tenant to register in, so the registration stops at the start.</translation>
    </message>
    <message>
        <source>Ask IT to configure the SCP with Azure AD Connect (Configure device options), or deploy TenantId and TenantName under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD by Group Policy.</source>
        <translation>Ask IT to configure the SCP with Azure AD Connect (Configure device options), or deploy TenantId and TenantName under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD by Group Policy.</translation>
    </message>
    <message>
        <source>If the SCP is configured, check AD replication to the domain controller this device uses, then sign out and in again.</source>
        <translation>If the SCP is configured, check AD replication to the domain controller this device uses, then sign out and in again.</translation>
    </message>
    <message>
        <source>The tenant named in the service connection point does not exist.</source>
        <translation>The tenant named in the service connection point does not exist.</translation>
    </message>
    <message>
        <source>Azure AD did not recognise the tenant ID or name that the SCP gives the device, so it cannot register.</source>
        <translation>Azure AD did not recognise the tenant ID or name that the SCP gives the device, so it cannot register.</translation>
    </message>
    <message>
        <source>Ask IT to correct azureADId and azureADName in the SCP (or TenantId and TenantName in the client-side SCP) to the tenant&apos;s ID and a verified domain.</source>
        <translation>Ask IT to correct azureADId and azureADName in the SCP (or TenantId and TenantName in the client-side SCP) to the tenant&apos;s ID and a verified domain.</translation>
    </message>
    <message>
        <source>The SCP in Active Directory could not be checked: no domain controller was reachable.</source>
        <translation>The SCP in Active Directory could not be checked: no domain controller was reachable.</translation>
    </message>
    <message>
        <source>The SCP is read from a domain controller. Until one can be reached (see step 3), it is not known whether the SCP is right.</source>
        <translation>The SCP is read from a domain controller. Until one can be reached (see step 3), it is not known whether the SCP is right.</translation>
    </message>
    <message>
        <source>Connect to the company network or VPN and run the analysis again.</source>
        <translation>Connect to the company network or VPN and run the analysis again.</translation>
    </message>
    <message>
        <source>Tenant discovery was not tested in this output.</source>
        <translation>Tenant discovery was not tested in this output.</translation>
    </message>
    <message>
        <source>dsregcmd only runs its AD Configuration Test from an elevated prompt on a device that is not yet joined, and this output has no result for it.</source>
        <translation>dsregcmd only runs its AD Configuration Test from an elevated prompt on a device that is not yet joined, and this output has no result for it.</translation>
    </message>
    <message>
        <source>Run dsregcmd /status in a Command Prompt started with &quot;Run as administrator&quot; and analyse that output.</source>
        <translation>Run dsregcmd /status in a Command Prompt started with &quot;Run as administrator&quot; and analyse that output.</translation>
    </message>
    <message>
        <source>Not relevant for this device.</source>
        <translation>Not relevant for this device.</translation>
    </message>
    <message>
        <source>Tenant discovery through the SCP is only used by hybrid join.</source>
        <translation>Tenant discovery through the SCP is only used by hybrid join.</translation>
    </message>
    <message>
        <source>The last attempt got past discovery, so the device found its tenant.</source>
        <translation>The last attempt got past discovery, so the device found its tenant.</translation>
    </message>
    <message>
        <source>Make sure enterpriseregistration.windows.net, login.microsoftonline.com and device.login.microsoftonline.com can be reached from the computer account (SYSTEM), not only from the browser.</source>
        <translation>Make sure enterpriseregistration.windows.net, login.microsoftonline.com and device.login.microsoftonline.com can be reached from the computer account (SYSTEM), not only from the browser.</translation>
    </message>
    <message>
        <source>The device reaches Microsoft&apos;s services as SYSTEM.</source>
        <translation>The device reaches Microsoft&apos;s services as SYSTEM.</translation>
    </message>
    <message>
        <source>Windows&apos; own tests of the device registration service passed, or the device completed its registration, which needs this connection.</source>
        <translation>Windows&apos; own tests of the device registration service passed, or the device completed its registration, which needs this connection.</translation>
    </message>
    <message>
        <source>The device cannot reach the device registration service as SYSTEM.</source>
        <translation>The device cannot reach the device registration service as SYSTEM.</translation>
    </message>
    <message>
        <source>The registration runs as SYSTEM and uses the WinHTTP proxy settings, not the user&apos;s. Windows could not reach enterpriseregistration.windows.net that way, so it cannot register.</source>
        <translation>The registration runs as SYSTEM and uses the WinHTTP proxy settings, not the user&apos;s. Windows could not reach enterpriseregistration.windows.net that way, so it cannot register.</translation>
    </message>
    <message>
        <source>If the network needs a proxy, set it for WinHTTP: by Group Policy, WPAD, or netsh winhttp set proxy proxy-server=&quot;&lt;proxy&gt;:&lt;port&gt;&quot; bypass-list=&quot;&lt;local&gt;&quot; as administrator.</source>
        <translation>If the network needs a proxy, set it for WinHTTP: by Group Policy, WPAD, or netsh winhttp set proxy proxy-server=&quot;&lt;proxy&gt;:&lt;port&gt;&quot; bypass-list=&quot;&lt;local&gt;&quot; as administrator.</translation>
    </message>
    <message>
        <source>The browser uses a proxy, but SYSTEM goes direct and cannot get out.</source>
        <translation>The browser uses a proxy, but SYSTEM goes direct and cannot get out.</translation>
    </message>
    <message>
        <source>The user&apos;s proxy settings point to a proxy server or script, while the WinHTTP settings that SYSTEM uses say &quot;direct&quot;. The registration&apos;s network requests timed out or could not connect: it works in the browser, but not for the registration.</source>
        <translation>The user&apos;s proxy settings point to a proxy server or script, while the WinHTTP settings that SYSTEM uses say &quot;direct&quot;. The registration&apos;s network requests timed out or could not connect: it works in the browser, but not for the registration.</translation>
    </message>
    <message>
        <source>Set the WinHTTP proxy by Group Policy or WPAD, or run netsh winhttp import proxy source=ie (or netsh winhttp set proxy) as administrator.</source>
        <translation>Set the WinHTTP proxy by Group Policy or WPAD, or run netsh winhttp import proxy source=ie (or netsh winhttp set proxy) as administrator.</translation>
    </message>
    <message>
        <source>A proxy that requires authentication must accept the computer account, or let these endpoints through without it.</source>
        <translation>A proxy that requires authentication must accept the computer account, or let these endpoints through without it.</translation>
    </message>
    <message>
        <source>A proxy or firewall changes the answers from Microsoft.</source>
        <translation>A proxy or firewall changes the answers from Microsoft.</translation>
    </message>
    <message>
        <source>Windows got an answer it could not read: typically a proxy&apos;s sign-in or block page instead of the service&apos;s data, or TLS inspection of the connection.</source>
        <translation>Windows got an answer it could not read: typically a proxy&apos;s sign-in or block page instead of the service&apos;s data, or TLS inspection of the connection.</translation>
    </message>
    <message>
        <source>Let the computer account through the proxy without interactive sign-in, and exempt the Microsoft endpoints (above all device.login.microsoftonline.com) from TLS inspection.</source>
        <translation>Let the computer account through the proxy without interactive sign-in, and exempt the Microsoft endpoints (above all device.login.microsoftonline.com) from TLS inspection.</translation>
    </message>
    <message>
        <source>The device registration service was found but cannot be reached.</source>
        <translation>The device registration service was found but cannot be reached.</translation>
    </message>
    <message>
        <source>Discovery worked, but Windows&apos; DRS Connectivity Test failed: the registration endpoint is blocked for SYSTEM.</source>
        <translation>Discovery worked, but Windows&apos; DRS Connectivity Test failed: the registration endpoint is blocked for SYSTEM.</translation>
    </message>
    <message>
        <source>The device could not ask Azure AD how the domain signs in.</source>
        <translation>The device could not ask Azure AD how the domain signs in.</translation>
    </message>
    <message>
        <source>Realm discovery at login.microsoftonline.com failed, so Windows cannot tell whether the domain is managed or federated.</source>
        <translation>Realm discovery at login.microsoftonline.com failed, so Windows cannot tell whether the domain is managed or federated.</translation>
    </message>
    <message>
        <source>The device could not authenticate to Azure AD.</source>
        <translation>The device could not authenticate to Azure AD.</translation>
    </message>
    <message>
        <source>Getting a token for the registration failed: for a federated domain the federation service (AD FS) refused or could not be reached; otherwise login.microsoftonline.com could not be reached as SYSTEM.</source>
        <translation>Getting a token for the registration failed: for a federated domain the federation service (AD FS) refused or could not be reached; otherwise login.microsoftonline.com could not be reached as SYSTEM.</translation>
    </message>
    <message>
        <source>Look up the error code below; for AD FS check WS-Trust (windowstransport) and the device registration claim rules.</source>
        <translation>Look up the error code below; for AD FS check WS-Trust (windowstransport) and the device registration claim rules.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s registration service was busy.</source>
        <translation>Microsoft&apos;s registration service was busy.</translation>
    </message>
    <message>
        <source>The service answered that it was unavailable (HTTP 503). This is usually temporary; Windows tries again by itself.</source>
        <translation>The service answered that it was unavailable (HTTP 503). This is usually temporary; Windows tries again by itself.</translation>
    </message>
    <message>
        <source>Wait an hour, sign out and in, and run the analysis again.</source>
        <translation>Wait an hour, sign out and in, and run the analysis again.</translation>
    </message>
    <message>
        <source>Windows could not test the device&apos;s connection to Azure AD.</source>
        <translation>Windows could not test the device&apos;s connection to Azure AD.</translation>
    </message>
    <message>
        <source>DeviceAuthStatus says the test failed with an error, which usually means Azure AD could not be reached in the SYSTEM context when dsregcmd ran.</source>
        <translation>DeviceAuthStatus says the test failed with an error, which usually means Azure AD could not be reached in the SYSTEM context when dsregcmd ran.</translation>
    </message>
    <message>
        <source>The connection as SYSTEM was not tested in this output.</source>
        <translation>The connection as SYSTEM was not tested in this output.</translation>
    </message>
    <message>
        <source>dsregcmd only runs its DRS Discovery and DRS Connectivity tests from an elevated prompt on a device that is not yet joined.</source>
        <translation>dsregcmd only runs its DRS Discovery and DRS Connectivity tests from an elevated prompt on a device that is not yet joined.</translation>
    </message>
    <message>
        <source>The SYSTEM-context registration is only used by hybrid join.</source>
        <translation>The SYSTEM-context registration is only used by hybrid join.</translation>
    </message>
    <message>
        <source>The last attempt reached the join phase, so discovery and authentication as SYSTEM worked.</source>
        <translation>The last attempt reached the join phase, so discovery and authentication as SYSTEM worked.</translation>
    </message>
    <message>
        <source>The certificate reached Active Directory.</source>
        <translation>The certificate reached Active Directory.</translation>
    </message>
    <message>
        <source>The device is hybrid joined, which is only possible after its certificate was written to the computer object and synced.</source>
        <translation>The device is hybrid joined, which is only possible after its certificate was written to the computer object and synced.</translation>
    </message>
    <message>
        <source>No domain controller could be reached.</source>
        <translation>No domain controller could be reached.</translation>
    </message>
    <message>
        <source>Windows must reach a domain controller to write its certificate to the computer object. Outside the office this usually means that the VPN was not connected when the user signed in, so the registration stopped before it began.</source>
        <translation>Windows must reach a domain controller to write its certificate to the computer object. Outside the office this usually means that the VPN was not connected when the user signed in, so the registration stopped before it began.</translation>
    </message>
    <message>
        <source>Connect to the company network or the VPN, then lock and unlock, or sign out and in again.</source>
        <translation>Connect to the company network or the VPN, then lock and unlock, or sign out and in again.</translation>
    </message>
    <message>
        <source>The scheduled task that registers the device is disabled.</source>
        <translation>The scheduled task that registers the device is disabled.</translation>
    </message>
    <message>
        <source>The task Automatic-Device-Join writes the certificate and performs the registration. It is disabled, so nothing happens (error 0x80041326).</source>
        <translation>The task Automatic-Device-Join writes the certificate and performs the registration. It is disabled, so nothing happens (error 0x80041326).</translation>
    </message>
    <message>
        <source>Ask IT to enable the task under Task Scheduler Library &gt; Microsoft &gt; Windows &gt; Workplace Join, and check which policy disabled it.</source>
        <translation>Ask IT to enable the task under Task Scheduler Library &gt; Microsoft &gt; Windows &gt; Workplace Join, and check which policy disabled it.</translation>
    </message>
    <message>
        <source>Then sign out and in again.</source>
        <translation>Then sign out and in again.</translation>
    </message>
    <message>
        <source>A domain controller is reachable; the certificate itself cannot be seen here.</source>
        <translation>A domain controller is reachable; the certificate itself cannot be seen here.</translation>
    </message>
    <message>
        <source>dsregcmd shows that Active Directory can be reached, but not whether the self-signed certificate was written to the computer object&apos;s userCertificate attribute.</source>
        <translation>dsregcmd shows that Active Directory can be reached, but not whether the self-signed certificate was written to the computer object&apos;s userCertificate attribute.</translation>
    </message>
    <message>
        <source>Domain controller access was not tested in this output.</source>
        <translation>Domain controller access was not tested in this output.</translation>
    </message>
    <message>
        <source>dsregcmd only runs its AD Connectivity Test from an elevated prompt on a device that is not yet joined.</source>
        <translation>dsregcmd only runs its AD Connectivity Test from an elevated prompt on a device that is not yet joined.</translation>
    </message>
    <message>
        <source>A certificate on a computer object in Active Directory is only used by hybrid join.</source>
        <translation>A certificate on a computer object in Active Directory is only used by hybrid join.</translation>
    </message>
    <message>
        <source>The device exists in Azure AD.</source>
        <translation>The device exists in Azure AD.</translation>
    </message>
    <message>
        <source>The device is hybrid joined, so Azure AD Connect has synced its computer object.</source>
        <translation>The device is hybrid joined, so Azure AD Connect has synced its computer object.</translation>
    </message>
    <message>
        <source>The device is not in Azure AD yet: Azure AD Connect has not synced it.</source>
        <translation>The device is not in Azure AD yet: Azure AD Connect has not synced it.</translation>
    </message>
    <message>
        <source>The registration service could not find the device object (DirectoryError). Azure AD Connect syncs every 30 minutes by default, and only computer objects in the synced OUs that have a certificate.</source>
        <translation>The registration service could not find the device object (DirectoryError). Azure AD Connect syncs every 30 minutes by default, and only computer objects in the synced OUs that have a certificate.</translation>
    </message>
    <message>
        <source>If the device was joined less than an hour ago: wait for the next sync, then sign out and in again.</source>
        <translation>If the device was joined less than an hour ago: wait for the next sync, then sign out and in again.</translation>
    </message>
    <message>
        <source>Otherwise ask IT to check that the computer&apos;s OU is in the Azure AD Connect sync scope and that the computer object has a userCertificate value; a sync can be started with Start-ADSyncSyncCycle -PolicyType Delta.</source>
        <translation>Otherwise ask IT to check that the computer&apos;s OU is in the Azure AD Connect sync scope and that the computer object has a userCertificate value; a sync can be started with Start-ADSyncSyncCycle -PolicyType Delta.</translation>
    </message>
    <message>
        <source>Azure AD does not have the device&apos;s current certificate yet.</source>
        <translation>Azure AD does not have the device&apos;s current certificate yet.</translation>
    </message>
    <message>
        <source>The registration service could not verify the device (AuthenticationError): the certificate in Azure AD does not match the device&apos;s, usually because the latest sync has not happened yet.</source>
        <translation>The registration service could not verify the device (AuthenticationError): the certificate in Azure AD does not match the device&apos;s, usually because the latest sync has not happened yet.</translation>
    </message>
    <message>
        <source>Wait for the next Azure AD Connect sync (30 minutes), then sign out and in again.</source>
        <translation>Wait for the next Azure AD Connect sync (30 minutes), then sign out and in again.</translation>
    </message>
    <message>
        <source>Azure AD asked the device to wait before trying again.</source>
        <translation>Azure AD asked the device to wait before trying again.</translation>
    </message>
    <message>
        <source>The request was throttled for a while; this is temporary.</source>
        <translation>The request was throttled for a while; this is temporary.</translation>
    </message>
    <message>
        <source>Wait at least five minutes, then sign out and in again.</source>
        <translation>Wait at least five minutes, then sign out and in again.</translation>
    </message>
    <message>
        <source>The device may have left the sync scope.</source>
        <translation>The device may have left the sync scope.</translation>
    </message>
    <message>
        <source>Azure AD says the device is disabled or deleted. For a hybrid device this often happens when its computer object was moved to an OU that Azure AD Connect does not sync.</source>
        <translation>Azure AD says the device is disabled or deleted. For a hybrid device this often happens when its computer object was moved to an OU that Azure AD Connect does not sync.</translation>
    </message>
    <message>
        <source>Ask IT to check that the computer&apos;s OU is in the Azure AD Connect sync scope.</source>
        <translation>Ask IT to check that the computer&apos;s OU is in the Azure AD Connect sync scope.</translation>
    </message>
    <message>
        <source>Whether Azure AD Connect has synced the device cannot be seen here.</source>
        <translation>Whether Azure AD Connect has synced the device cannot be seen here.</translation>
    </message>
    <message>
        <source>The device is not joined yet, and nothing in this output shows whether its computer object has reached Azure AD.</source>
        <translation>The device is not joined yet, and nothing in this output shows whether its computer object has reached Azure AD.</translation>
    </message>
    <message>
        <source>Azure AD Connect only syncs devices that are joined to the on-premises domain.</source>
        <translation>Azure AD Connect only syncs devices that are joined to the on-premises domain.</translation>
    </message>
    <message>
        <source>That attempt was %1 minutes before this output was taken; Azure AD Connect syncs every 30 minutes by default.</source>
        <translation>That attempt was %1 minutes before this output was taken; Azure AD Connect syncs every 30 minutes by default.</translation>
    </message>
    <message>
        <source>The registration is complete; the device is not pending.</source>
        <translation>The registration is complete; the device is not pending.</translation>
    </message>
    <message>
        <source>The device finished its part of the registration, so Azure AD no longer shows it as &quot;Pending&quot;.</source>
        <translation>The device finished its part of the registration, so Azure AD no longer shows it as &quot;Pending&quot;.</translation>
    </message>
    <message>
        <source>The registration is waiting for the device to complete it (&quot;Pending&quot;).</source>
        <translation>The registration is waiting for the device to complete it (&quot;Pending&quot;).</translation>
    </message>
    <message>
        <source>Sign out and in again (on VPN: connect it first), wait a few minutes and run the analysis again.</source>
        <translation>Sign out and in again (on VPN: connect it first), wait a few minutes and run the analysis again.</translation>
    </message>
    <message>
        <source>The device could not complete the registration because of its security chip (TPM).</source>
        <translation>The device could not complete the registration because of its security chip (TPM).</translation>
    </message>
    <message>
        <source>Creating or using the device key in the TPM failed, so the registration stays &quot;Pending&quot;.</source>
        <translation>Creating or using the device key in the TPM failed, so the registration stays &quot;Pending&quot;.</translation>
    </message>
    <message>
        <source>Look up the error code below. Do not clear the TPM; update its firmware. After a lockout, wait and sign in again.</source>
        <translation>Look up the error code below. Do not clear the TPM; update its firmware. After a lockout, wait and sign in again.</translation>
    </message>
    <message>
        <source>If the key is gone (NTE_BAD_KEYSET), IT runs dsregcmd /leave as administrator, restarts, and the user signs in.</source>
        <translation>If the key is gone (NTE_BAD_KEYSET), IT runs dsregcmd /leave as administrator, restarts, and the user signs in.</translation>
    </message>
    <message>
        <source>The device tried to complete the registration and failed.</source>
        <translation>The device tried to complete the registration and failed.</translation>
    </message>
    <message>
        <source>The last attempt reached the final (join) phase and was refused, so the registration stays &quot;Pending&quot;.</source>
        <translation>The last attempt reached the final (join) phase and was refused, so the registration stays &quot;Pending&quot;.</translation>
    </message>
    <message>
        <source>Look up the error code below and fix its cause, then sign out and in again.</source>
        <translation>Look up the error code below and fix its cause, then sign out and in again.</translation>
    </message>
    <message>
        <source>Whether Azure AD holds the device as &quot;Pending&quot; cannot be seen here.</source>
        <translation>Whether Azure AD holds the device as &quot;Pending&quot; cannot be seen here.</translation>
    </message>
    <message>
        <source>The &quot;Pending&quot; state only exists for hybrid joined devices.</source>
        <translation>The &quot;Pending&quot; state only exists for hybrid joined devices.</translation>
    </message>
    <message>
        <source>Lock the computer (Windows key + L) and unlock it, wait a minute, and run the analysis again; signing out and in also works.</source>
        <translation>Lock the computer (Windows key + L) and unlock it, wait a minute, and run the analysis again; signing out and in also works.</translation>
    </message>
    <message>
        <source>The user has a Primary Refresh Token (PRT).</source>
        <translation>The user has a Primary Refresh Token (PRT).</translation>
    </message>
    <message>
        <source>Single sign-on to Microsoft 365 and device-based Conditional Access can work.</source>
        <translation>Single sign-on to Microsoft 365 and device-based Conditional Access can work.</translation>
    </message>
    <message>
        <source>The user has no Primary Refresh Token (PRT).</source>
        <translation>The user has no Primary Refresh Token (PRT).</translation>
    </message>
    <message>
        <source>If that does not help, IT can look in Event Viewer under Applications and Services Logs &gt; Microsoft &gt; Windows &gt; AAD &gt; Operational.</source>
        <translation>If that does not help, IT can look in Event Viewer under Applications and Services Logs &gt; Microsoft &gt; Windows &gt; AAD &gt; Operational.</translation>
    </message>
    <message>
        <source>The PRT could not be fetched: Azure AD could not be reached.</source>
        <translation>The PRT could not be fetched: Azure AD could not be reached.</translation>
    </message>
    <message>
        <source>The last attempt to get a PRT failed with a network error: login.microsoftonline.com did not answer, or a proxy stopped the request.</source>
        <translation>The last attempt to get a PRT failed with a network error: login.microsoftonline.com did not answer, or a proxy stopped the request.</translation>
    </message>
    <message>
        <source>Check the network and the proxy for the computer context (WinHTTP), then lock and unlock the computer.</source>
        <translation>Check the network and the proxy for the computer context (WinHTTP), then lock and unlock the computer.</translation>
    </message>
    <message>
        <source>The PRT was refused: Azure AD did not accept the password.</source>
        <translation>The PRT was refused: Azure AD did not accept the password.</translation>
    </message>
    <message>
        <source>Typically the password was changed recently and the new one has not been synced to Azure AD yet.</source>
        <translation>Typically the password was changed recently and the new one has not been synced to Azure AD yet.</translation>
    </message>
    <message>
        <source>Wait a few minutes for password sync, then lock and unlock the computer with the new password.</source>
        <translation>Wait a few minutes for password sync, then lock and unlock the computer with the new password.</translation>
    </message>
    <message>
        <source>The PRT was refused: Azure AD does not recognise the user.</source>
        <translation>The PRT was refused: Azure AD does not recognise the user.</translation>
    </message>
    <message>
        <source>IT checks the user&apos;s UPN (whoami /upn) and that the user is synced; a non-routable UPN suffix needs a verified domain or Alternate Login ID.</source>
        <translation>IT checks the user&apos;s UPN (whoami /upn) and that the user is synced; a non-routable UPN suffix needs a verified domain or Alternate Login ID.</translation>
    </message>
    <message>
        <source>The PRT failed at the federation service (AD FS).</source>
        <translation>The PRT failed at the federation service (AD FS).</translation>
    </message>
    <message>
        <source>The WS-Trust answer from the federation service was empty or unusable.</source>
        <translation>The WS-Trust answer from the federation service was empty or unusable.</translation>
    </message>
    <message>
        <source>IT checks the federation service&apos;s WS-Trust endpoints and that no proxy changes its answers.</source>
        <translation>IT checks the federation service&apos;s WS-Trust endpoints and that no proxy changes its answers.</translation>
    </message>
    <message>
        <source>The device is disabled or deleted in Azure AD.</source>
        <translation>The device is disabled or deleted in Azure AD.</translation>
    </message>
    <message>
        <source>Windows still considers the device registered, but Azure AD refuses it, so no user gets a PRT on it.</source>
        <translation>Windows still considers the device registered, but Azure AD refuses it, so no user gets a PRT on it.</translation>
    </message>
    <message>
        <source>IT enables the device in Azure AD if it was disabled.</source>
        <translation>IT enables the device in Azure AD if it was disabled.</translation>
    </message>
    <message>
        <source>If it was deleted: run dsregcmd /leave as administrator, restart, sign in, and let the registration run again (after the next sync).</source>
        <translation>If it was deleted: run dsregcmd /leave as administrator, restart, sign in, and let the registration run again (after the next sync).</translation>
    </message>
    <message>
        <source>The last attempt to get a PRT failed.</source>
        <translation>The last attempt to get a PRT failed.</translation>
    </message>
    <message>
        <source>Windows recorded a failed PRT attempt; the error code and the server&apos;s answer below tell why.</source>
        <translation>Windows recorded a failed PRT attempt; the error code and the server&apos;s answer below tell why.</translation>
    </message>
    <message>
        <source>Look up the error code below, fix its cause, then lock and unlock the computer.</source>
        <translation>Look up the error code below, fix its cause, then lock and unlock the computer.</translation>
    </message>
    <message>
        <source>The user has a PRT, but renewing it fails.</source>
        <translation>The user has a PRT, but renewing it fails.</translation>
    </message>
    <message>
        <source>A failed attempt newer than the last success is recorded. The PRT still works until it expires; then single sign-on stops.</source>
        <translation>A failed attempt newer than the last success is recorded. The PRT still works until it expires; then single sign-on stops.</translation>
    </message>
    <message>
        <source>Look up the error code below, then lock and unlock the computer.</source>
        <translation>Look up the error code below, then lock and unlock the computer.</translation>
    </message>
    <message>
        <source>The PRT has not been renewed for more than 4 hours.</source>
        <translation>The PRT has not been renewed for more than 4 hours.</translation>
    </message>
    <message>
        <source>Windows normally renews the PRT every 4 hours; an older one points to a renewal problem.</source>
        <translation>Windows normally renews the PRT every 4 hours; an older one points to a renewal problem.</translation>
    </message>
    <message>
        <source>The device&apos;s keys are marked for recovery.</source>
        <translation>The device&apos;s keys are marked for recovery.</translation>
    </message>
    <message>
        <source>AadRecoveryEnabled is YES: the device keys cannot be used and the device registers again at the next sign-in.</source>
        <translation>AadRecoveryEnabled is YES: the device keys cannot be used and the device registers again at the next sign-in.</translation>
    </message>
    <message>
        <source>Sign out and in again, then run the analysis again.</source>
        <translation>Sign out and in again, then run the analysis again.</translation>
    </message>
    <message>
        <source>The device is both hybrid joined and registered (dual state).</source>
        <translation>The device is both hybrid joined and registered (dual state).</translation>
    </message>
    <message>
        <source>A work account was also added to the same tenant, which can confuse single sign-on and Conditional Access.</source>
        <translation>A work account was also added to the same tenant, which can confuse single sign-on and Conditional Access.</translation>
    </message>
    <message>
        <source>Remove the work account under Settings &gt; Accounts &gt; Access work or school; IT can block it with BlockAADWorkplaceJoin=1.</source>
        <translation>Remove the work account under Settings &gt; Accounts &gt; Access work or school; IT can block it with BlockAADWorkplaceJoin=1.</translation>
    </message>
    <message>
        <source>No PRT: the device is not hybrid joined yet.</source>
        <translation>No PRT: the device is not hybrid joined yet.</translation>
    </message>
    <message>
        <source>A user only gets a PRT on a device that has completed the registration; the earlier steps show where it stops.</source>
        <translation>A user only gets a PRT on a device that has completed the registration; the earlier steps show where it stops.</translation>
    </message>
    <message>
        <source>Fix the first step that failed, then sign out and in again.</source>
        <translation>Fix the first step that failed, then sign out and in again.</translation>
    </message>
    <message>
        <source>The user&apos;s PRT cannot be seen in this output.</source>
        <translation>The user&apos;s PRT cannot be seen in this output.</translation>
    </message>
    <message>
        <source>The SSO State section is missing, or dsregcmd ran as SYSTEM or as another user, where the signed-in user&apos;s PRT is not shown.</source>
        <translation>The SSO State section is missing, or dsregcmd ran as SYSTEM or as another user, where the signed-in user&apos;s PRT is not shown.</translation>
    </message>
    <message>
        <source>Run dsregcmd /status as the signed-in user, in a normal Command Prompt (not &quot;Run as administrator&quot;), and analyse that output.</source>
        <translation>Run dsregcmd /status as the signed-in user, in a normal Command Prompt (not &quot;Run as administrator&quot;), and analyse that output.</translation>
    </message>
    <message>
        <source>A device that is not joined to Azure AD gives no PRT at Windows sign-in.</source>
        <translation>A device that is not joined to Azure AD gives no PRT at Windows sign-in.</translation>
    </message>
    <message>
        <source>The last failed PRT attempt: status %1, server error %2 %3.</source>
        <translation>The last failed PRT attempt: status %1, server error %2 %3.</translation>
    </message>
    <message>
        <source>Tenant discovery</source>
        <translation>Tenant discovery</translation>
    </message>
    <message>
        <source>Connection to Microsoft as SYSTEM</source>
        <translation>Connection to Microsoft as SYSTEM</translation>
    </message>
    <message>
        <source>Certificate on the computer object</source>
        <translation>Certificate on the computer object</translation>
    </message>
    <message>
        <source>Pending registration</source>
        <translation>Pending registration</translation>
    </message>
    <message>
        <source>Sign-in and Primary Refresh Token</source>
        <translation>Sign-in and Primary Refresh Token</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>The input is empty.</translation>
    </message>
    <message>
        <source>The input is not text (binary data); expected the output of dsregcmd /status.</source>
        <translation>The input is not text (binary data); expected the output of dsregcmd /status.</translation>
    </message>
    <message>
        <source>When it is fixed, sign out and in again and run the analysis again.</source>
        <translation>When it is fixed, sign out and in again and run the analysis again.</translation>
    </message>
    <message>
        <source>On VPN the join can be started by hand: IT runs the scheduled task Automatic-Device-Join (Task Scheduler Library &gt; Microsoft &gt; Windows &gt; Workplace Join).</source>
        <translation>On VPN the join can be started by hand: IT runs the scheduled task Automatic-Device-Join (Task Scheduler Library &gt; Microsoft &gt; Windows &gt; Workplace Join).</translation>
    </message>
    <message>
        <source>IT can look at the userCertificate attribute of the computer object (Active Directory Users and Computers, Attribute Editor).</source>
        <translation>IT can look at the userCertificate attribute of the computer object (Active Directory Users and Computers, Attribute Editor).</translation>
    </message>
    <message>
        <source>No failed attempt is recorded, but the device is not joined yet. It completes the registration at the next sign-in (or within the hour), after Azure AD Connect has synced it.</source>
        <translation>No failed attempt is recorded, but the device is not joined yet. It completes the registration at the next sign-in (or within the hour), after Azure AD Connect has synced it.</translation>
    </message>
    <message>
        <source>If it stays like this after a sync and a new sign-in, have IT run the scheduled task Automatic-Device-Join.</source>
        <translation>If it stays like this after a sync and a new sign-in, have IT run the scheduled task Automatic-Device-Join.</translation>
    </message>
    <message>
        <source>The signed-in user has no PRT, so single sign-on fails and device-based Conditional Access can block access. No failed attempt is recorded.</source>
        <translation>The signed-in user has no PRT, so single sign-on fails and device-based Conditional Access can block access. No failed attempt is recorded.</translation>
    </message>
    <message>
        <source>The check did not finish in time.</source>
        <translation>The check did not finish in time.</translation>
    </message>
    <message>
        <source>It was stopped because it took too long; usually a network or directory request got no answer.</source>
        <translation>It was stopped because it took too long; usually a network or directory request got no answer.</translation>
    </message>
    <message>
        <source>Run the checks again; if it happens again, check the network connection.</source>
        <translation>Run the checks again; if it happens again, check the network connection.</translation>
    </message>
    <message>
        <source>Only available on Windows: this computer is not a Windows device.</source>
        <translation>Only available on Windows: this computer is not a Windows device.</translation>
    </message>
    <message>
        <source>The pasted text is larger than %1 MiB; paste only the output of dsregcmd /status.</source>
        <translation>The pasted text is larger than %1 MiB; paste only the output of dsregcmd /status.</translation>
    </message>
    <message>
        <source>There is no demo called &quot;%1&quot;.</source>
        <translation>There is no demo called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only possible on the Windows device itself, as administrator.</source>
        <translation>Only possible on the Windows device itself, as administrator.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 was not found.</translation>
    </message>
    <message>
        <source>The command could not be started: %1</source>
        <translation>The command could not be started: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The command did not finish in time and was stopped.</source>
        <translation>The command did not finish in time and was stopped.</translation>
    </message>
    <message>
        <source>The registration task was started.</source>
        <translation>The registration task was started.</translation>
    </message>
    <message>
        <source>The command failed with exit code %1; administrator rights are needed.</source>
        <translation>The command failed with exit code %1; administrator rights are needed.</translation>
    </message>
    <message>
        <source>When it is fixed, run the check again.</source>
        <translation>When it is fixed, run the check again.</translation>
    </message>
    <message>
        <source>All of Microsoft&apos;s endpoints answered as they should.</source>
        <translation>All of Microsoft&apos;s endpoints answered as they should.</translation>
    </message>
    <message>
        <source>Each endpoint was reached through the proxy in use (or directly), with a trusted certificate from the expected issuer, and gave the answer it gives Windows.</source>
        <translation>Each endpoint was reached through the proxy in use (or directly), with a trusted certificate from the expected issuer, and gave the answer it gives Windows.</translation>
    </message>
    <message>
        <source>The name of a Microsoft endpoint could not be looked up (DNS).</source>
        <translation>The name of a Microsoft endpoint could not be looked up (DNS).</translation>
    </message>
    <message>
        <source>Without a proxy the device must resolve the names itself, and the DNS server did not know them.</source>
        <translation>Without a proxy the device must resolve the names itself, and the DNS server did not know them.</translation>
    </message>
    <message>
        <source>Check that the DNS server resolves internet names, or set the WinHTTP proxy if the network only reaches the internet through a proxy (netsh winhttp set proxy).</source>
        <translation>Check that the DNS server resolves internet names, or set the WinHTTP proxy if the network only reaches the internet through a proxy (netsh winhttp set proxy).</translation>
    </message>
    <message>
        <source>The connection to a Microsoft endpoint was refused.</source>
        <translation>The connection to a Microsoft endpoint was refused.</translation>
    </message>
    <message>
        <source>Something on the way (a firewall, or a server that is not Microsoft&apos;s) refused or closed the connection.</source>
        <translation>Something on the way (a firewall, or a server that is not Microsoft&apos;s) refused or closed the connection.</translation>
    </message>
    <message>
        <source>Ask IT to allow HTTPS (port 443) to the endpoints listed below for the computer account, directly or through the proxy.</source>
        <translation>Ask IT to allow HTTPS (port 443) to the endpoints listed below for the computer account, directly or through the proxy.</translation>
    </message>
    <message>
        <source>A Microsoft endpoint did not answer in time.</source>
        <translation>A Microsoft endpoint did not answer in time.</translation>
    </message>
    <message>
        <source>No complete answer came back before the time-out: the traffic is dropped on the way, typically because the network requires a proxy that SYSTEM does not use.</source>
        <translation>No complete answer came back before the time-out: the traffic is dropped on the way, typically because the network requires a proxy that SYSTEM does not use.</translation>
    </message>
    <message>
        <source>Set the proxy for WinHTTP (Group Policy, WPAD, or netsh winhttp set proxy proxy-server=&quot;&lt;proxy&gt;:&lt;port&gt;&quot; bypass-list=&quot;&lt;local&gt;&quot;) or open the firewall for port 443 to these endpoints.</source>
        <translation>Set the proxy for WinHTTP (Group Policy, WPAD, or netsh winhttp set proxy proxy-server=&quot;&lt;proxy&gt;:&lt;port&gt;&quot; bypass-list=&quot;&lt;local&gt;&quot;) or open the firewall for port 443 to these endpoints.</translation>
    </message>
    <message>
        <source>The certificate of a Microsoft endpoint is not trusted.</source>
        <translation>The certificate of a Microsoft endpoint is not trusted.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified: the certificate chain does not lead to a trusted root, the certificate is for another name, or the computer&apos;s clock is wrong.</source>
        <translation>The secure connection could not be verified: the certificate chain does not lead to a trusted root, the certificate is for another name, or the computer&apos;s clock is wrong.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time. If a proxy inspects TLS, its root certificate must be trusted, and the Microsoft endpoints should be exempted from inspection.</source>
        <translation>Check the computer&apos;s date and time. If a proxy inspects TLS, its root certificate must be trusted, and the Microsoft endpoints should be exempted from inspection.</translation>
    </message>
    <message>
        <source>The connection to Microsoft is opened and inspected on the way (TLS inspection).</source>
        <translation>The connection to Microsoft is opened and inspected on the way (TLS inspection).</translation>
    </message>
    <message>
        <source>The certificate is trusted but was not issued by Microsoft&apos;s issuers: a proxy or firewall re-signs the traffic. device.login.microsoftonline.com must not be inspected, or the device&apos;s certificate authentication fails.</source>
        <translation>The certificate is trusted but was not issued by Microsoft&apos;s issuers: a proxy or firewall re-signs the traffic. device.login.microsoftonline.com must not be inspected, or the device&apos;s certificate authentication fails.</translation>
    </message>
    <message>
        <source>Ask IT to exempt device.login.microsoftonline.com, login.microsoftonline.com and enterpriseregistration.windows.net from TLS inspection (break and inspect) on the proxy or firewall.</source>
        <translation>Ask IT to exempt device.login.microsoftonline.com, login.microsoftonline.com and enterpriseregistration.windows.net from TLS inspection (break and inspect) on the proxy or firewall.</translation>
    </message>
    <message>
        <source>The proxy server cannot be reached.</source>
        <translation>The proxy server cannot be reached.</translation>
    </message>
    <message>
        <source>The proxy that SYSTEM is set to use did not accept the connection, so nothing gets out. Outside the company network a fixed WinHTTP proxy often cannot be reached.</source>
        <translation>The proxy that SYSTEM is set to use did not accept the connection, so nothing gets out. Outside the company network a fixed WinHTTP proxy often cannot be reached.</translation>
    </message>
    <message>
        <source>Check the proxy address (netsh winhttp show proxy) and that the device can reach it; use WPAD or a PAC file where the proxy is only reachable inside the network.</source>
        <translation>Check the proxy address (netsh winhttp show proxy) and that the device can reach it; use WPAD or a PAC file where the proxy is only reachable inside the network.</translation>
    </message>
    <message>
        <source>The proxy server wants a user name and password, which SYSTEM cannot give.</source>
        <translation>The proxy server wants a user name and password, which SYSTEM cannot give.</translation>
    </message>
    <message>
        <source>The proxy answered 407 (Proxy Authentication Required). The registration runs as the computer account and cannot sign in to the proxy the way a user&apos;s browser does.</source>
        <translation>The proxy answered 407 (Proxy Authentication Required). The registration runs as the computer account and cannot sign in to the proxy the way a user&apos;s browser does.</translation>
    </message>
    <message>
        <source>Ask IT to let the Microsoft endpoints through the proxy without authentication, or to accept the computer account (machine context).</source>
        <translation>Ask IT to let the Microsoft endpoints through the proxy without authentication, or to accept the computer account (machine context).</translation>
    </message>
    <message>
        <source>A Microsoft endpoint answered with an error.</source>
        <translation>A Microsoft endpoint answered with an error.</translation>
    </message>
    <message>
        <source>The server was reached but answered with an HTTP status other than expected, for example 503 when the service or a proxy in front of it is unavailable.</source>
        <translation>The server was reached but answered with an HTTP status other than expected, for example 503 when the service or a proxy in front of it is unavailable.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, check the proxy&apos;s log for these addresses.</source>
        <translation>Try again later; if it persists, check the proxy&apos;s log for these addresses.</translation>
    </message>
    <message>
        <source>A Microsoft endpoint gave an answer that is not Microsoft&apos;s.</source>
        <translation>A Microsoft endpoint gave an answer that is not Microsoft&apos;s.</translation>
    </message>
    <message>
        <source>The answer was not what the service sends: typically a proxy&apos;s sign-in or block page, a captive portal (hotel or guest Wi-Fi), or an answer that was cut off.</source>
        <translation>The answer was not what the service sends: typically a proxy&apos;s sign-in or block page, a captive portal (hotel or guest Wi-Fi), or an answer that was cut off.</translation>
    </message>
    <message>
        <source>Sign in to the guest network in a browser first, or ask IT to let the computer account reach these endpoints without a block page.</source>
        <translation>Sign in to the guest network in a browser first, or ask IT to let the computer account reach these endpoints without a block page.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s endpoints answer from this computer now; the failure was recorded by Windows at its last attempt. Sign out and in again to let it try once more.</source>
        <translation>Microsoft&apos;s endpoints answer from this computer now; the failure was recorded by Windows at its last attempt. Sign out and in again to let it try once more.</translation>
    </message>
    <message>
        <source>Through the signed-in user&apos;s proxy (%1) every endpoint answers: it works in the browser, but not for SYSTEM. Give WinHTTP the same proxy (netsh winhttp import proxy source=ie, or by Group Policy).</source>
        <translation>Through the signed-in user&apos;s proxy (%1) every endpoint answers: it works in the browser, but not for SYSTEM. Give WinHTTP the same proxy (netsh winhttp import proxy source=ie, or by Group Policy).</translation>
    </message>
    <message>
        <source>The folder %1 holds more than %2 files; this is not a capture.</source>
        <translation>The folder %1 holds more than %2 files; this is not a capture.</translation>
    </message>
    <message>
        <source>The folder %1 holds no dsregcmd /status output.</source>
        <translation>The folder %1 holds no dsregcmd /status output.</translation>
    </message>
    <message>
        <source>This is a registry export, not dsregcmd /status output. Put both in one folder and open the folder.</source>
        <translation>This is a registry export, not dsregcmd /status output. Put both in one folder and open the folder.</translation>
    </message>
    <message>
        <source>The service connection point (SCP) in Active Directory names the tenant.</source>
        <translation>The service connection point (SCP) in Active Directory names the tenant.</translation>
    </message>
    <message>
        <source>The SCP object exists and its keywords give a tenant name (azureADName) and a well-formed tenant ID (azureADId), so the device can find its tenant.</source>
        <translation>The SCP object exists and its keywords give a tenant name (azureADName) and a well-formed tenant ID (azureADId), so the device can find its tenant.</translation>
    </message>
    <message>
        <source>There is no service connection point (SCP) in Active Directory.</source>
        <translation>There is no service connection point (SCP) in Active Directory.</translation>
    </message>
    <message>
        <source>The domain controller answered, but the SCP object under Device Registration Configuration in the configuration partition does not exist. Without it (or a client-side SCP in the registry) the device does not know its tenant and never starts the registration.</source>
        <translation>The domain controller answered, but the SCP object under Device Registration Configuration in the configuration partition does not exist. Without it (or a client-side SCP in the registry) the device does not know its tenant and never starts the registration.</translation>
    </message>
    <message>
        <source>Ask IT to configure the SCP with Azure AD Connect (Configure device options) for this forest; it needs an Enterprise Admin.</source>
        <translation>Ask IT to configure the SCP with Azure AD Connect (Configure device options) for this forest; it needs an Enterprise Admin.</translation>
    </message>
    <message>
        <source>For a targeted roll-out without an SCP in AD, deploy TenantId and TenantName under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD by Group Policy.</source>
        <translation>For a targeted roll-out without an SCP in AD, deploy TenantId and TenantName under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD by Group Policy.</translation>
    </message>
    <message>
        <source>The service connection point (SCP) lacks the tenant&apos;s name or ID.</source>
        <translation>The service connection point (SCP) lacks the tenant&apos;s name or ID.</translation>
    </message>
    <message>
        <source>The SCP object exists, but its keywords attribute must hold both azureADName:&lt;verified domain&gt; and azureADId:&lt;tenant ID&gt;. One or both are missing, so the device cannot tell which tenant to register in.</source>
        <translation>The SCP object exists, but its keywords attribute must hold both azureADName:&lt;verified domain&gt; and azureADId:&lt;tenant ID&gt;. One or both are missing, so the device cannot tell which tenant to register in.</translation>
    </message>
    <message>
        <source>Ask IT to run Configure device options in Azure AD Connect again, or to set both keywords on the SCP object (ADSI Edit).</source>
        <translation>Ask IT to run Configure device options in Azure AD Connect again, or to set both keywords on the SCP object (ADSI Edit).</translation>
    </message>
    <message>
        <source>Wait for AD replication, then sign out and in again.</source>
        <translation>Wait for AD replication, then sign out and in again.</translation>
    </message>
    <message>
        <source>The tenant ID in the service connection point (SCP) is not a valid ID.</source>
        <translation>The tenant ID in the service connection point (SCP) is not a valid ID.</translation>
    </message>
    <message>
        <source>The azureADId keyword must be the tenant&apos;s ID, a GUID such as 11111111-2222-3333-4444-555555555555. The value in AD is not, so the registration cannot find the tenant.</source>
        <translation>The azureADId keyword must be the tenant&apos;s ID, a GUID such as 11111111-2222-3333-4444-555555555555. The value in AD is not, so the registration cannot find the tenant.</translation>
    </message>
    <message>
        <source>The tenant name and tenant ID in the SCP belong to different tenants.</source>
        <translation>The tenant name and tenant ID in the SCP belong to different tenants.</translation>
    </message>
    <message>
        <source>Azure AD says that the domain in azureADName belongs to another tenant than the one in azureADId. The device would try to register in the wrong tenant.</source>
        <translation>Azure AD says that the domain in azureADName belongs to another tenant than the one in azureADId. The device would try to register in the wrong tenant.</translation>
    </message>
    <message>
        <source>Ask IT to make azureADName a verified domain of the tenant whose ID is in azureADId (or correct the ID).</source>
        <translation>Ask IT to make azureADName a verified domain of the tenant whose ID is in azureADId (or correct the ID).</translation>
    </message>
    <message>
        <source>The registry and Active Directory name different tenants.</source>
        <translation>The registry and Active Directory name different tenants.</translation>
    </message>
    <message>
        <source>The client-side SCP in the registry takes precedence, so this device registers in the tenant named there, not in the one the SCP in Active Directory names. That is only right during a planned, targeted roll-out.</source>
        <translation>The client-side SCP in the registry takes precedence, so this device registers in the tenant named there, not in the one the SCP in Active Directory names. That is only right during a planned, targeted roll-out.</translation>
    </message>
    <message>
        <source>Ask IT which tenant is right, and correct the Group Policy that writes TenantId and TenantName, or the SCP in AD.</source>
        <translation>Ask IT which tenant is right, and correct the Group Policy that writes TenantId and TenantName, or the SCP in AD.</translation>
    </message>
    <message>
        <source>The device has its tenant from the registry (client-side SCP).</source>
        <translation>The device has its tenant from the registry (client-side SCP).</translation>
    </message>
    <message>
        <source>TenantId and TenantName are set under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD. The device uses them and does not ask Active Directory.</source>
        <translation>TenantId and TenantName are set under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD. The device uses them and does not ask Active Directory.</translation>
    </message>
    <message>
        <source>The client-side SCP in the registry is incomplete or malformed.</source>
        <translation>The client-side SCP in the registry is incomplete or malformed.</translation>
    </message>
    <message>
        <source>The registry key CDJ\AAD is present, so the device uses it instead of Active Directory, but TenantId is not a tenant ID or TenantName is empty.</source>
        <translation>The registry key CDJ\AAD is present, so the device uses it instead of Active Directory, but TenantId is not a tenant ID or TenantName is empty.</translation>
    </message>
    <message>
        <source>Ask IT to correct the Group Policy (Preferences &gt; Registry) that writes TenantId and TenantName, or remove the key so that the SCP in Active Directory is used.</source>
        <translation>Ask IT to correct the Group Policy (Preferences &gt; Registry) that writes TenantId and TenantName, or remove the key so that the SCP in Active Directory is used.</translation>
    </message>
    <message>
        <source>The service connection point (SCP) could not be read.</source>
        <translation>The service connection point (SCP) could not be read.</translation>
    </message>
    <message>
        <source>The domain controller answered, but refused to show the SCP object to this account.</source>
        <translation>The domain controller answered, but refused to show the SCP object to this account.</translation>
    </message>
    <message>
        <source>Run JoinDoctor as a domain user (or give --bind-dn), or ask IT to check the SCP with ADSI Edit.</source>
        <translation>Run JoinDoctor as a domain user (or give --bind-dn), or ask IT to check the SCP with ADSI Edit.</translation>
    </message>
    <message>
        <source>Registry: %1 (%2).</source>
        <translation>Registry: %1 (%2).</translation>
    </message>
    <message>
        <source>Active Directory: %1 (%2).</source>
        <translation>Active Directory: %1 (%2).</translation>
    </message>
    <message>
        <source>Tenant: %1 (%2).</source>
        <translation>Tenant: %1 (%2).</translation>
    </message>
    <message>
        <source>Azure AD gives %1 the tenant ID %2.</source>
        <translation>Azure AD gives %1 the tenant ID %2.</translation>
    </message>
    <message>
        <source>The computer object in Active Directory has a valid certificate.</source>
        <translation>The computer object in Active Directory has a valid certificate.</translation>
    </message>
    <message>
        <source>Windows wrote its self-signed certificate (subject CN=&lt;the computer&apos;s objectGUID&gt;) to userCertificate, and it is within its validity. Azure AD Connect can now sync the device.</source>
        <translation>Windows wrote its self-signed certificate (subject CN=&lt;the computer&apos;s objectGUID&gt;) to userCertificate, and it is within its validity. Azure AD Connect can now sync the device.</translation>
    </message>
    <message>
        <source>The certificate is in place, but the domain controller&apos;s Kerberos port does not answer.</source>
        <translation>The certificate is in place, but the domain controller&apos;s Kerberos port does not answer.</translation>
    </message>
    <message>
        <source>LDAP works, but Kerberos (TCP port 88) is blocked. Sign-in, password changes and the join itself need Kerberos; a firewall or a VPN profile that only lets some ports through is a common cause.</source>
        <translation>LDAP works, but Kerberos (TCP port 88) is blocked. Sign-in, password changes and the join itself need Kerberos; a firewall or a VPN profile that only lets some ports through is a common cause.</translation>
    </message>
    <message>
        <source>Ask IT to open TCP and UDP port 88 to the domain controllers on this network or VPN.</source>
        <translation>Ask IT to open TCP and UDP port 88 to the domain controllers on this network or VPN.</translation>
    </message>
    <message>
        <source>No domain controller could be found: DNS does not know the domain&apos;s domain controllers.</source>
        <translation>No domain controller could be found: DNS does not know the domain&apos;s domain controllers.</translation>
    </message>
    <message>
        <source>Windows finds a domain controller through the DNS record _ldap._tcp.dc._msdcs.&lt;domain&gt;. This network&apos;s DNS does not answer it, which is what happens outside the office without VPN, or with a VPN that does not hand out the company&apos;s DNS servers.</source>
        <translation>Windows finds a domain controller through the DNS record _ldap._tcp.dc._msdcs.&lt;domain&gt;. This network&apos;s DNS does not answer it, which is what happens outside the office without VPN, or with a VPN that does not hand out the company&apos;s DNS servers.</translation>
    </message>
    <message>
        <source>Connect to the company network or the VPN, then run the checks again.</source>
        <translation>Connect to the company network or the VPN, then run the checks again.</translation>
    </message>
    <message>
        <source>If the VPN is connected, ask IT to check that it gives the company&apos;s DNS servers and the domain&apos;s DNS suffix.</source>
        <translation>If the VPN is connected, ask IT to check that it gives the company&apos;s DNS servers and the domain&apos;s DNS suffix.</translation>
    </message>
    <message>
        <source>The domain controller accepted the connection but did not answer.</source>
        <translation>The domain controller accepted the connection but did not answer.</translation>
    </message>
    <message>
        <source>The LDAP port is open, but no answer came back within the time-out. A firewall or VPN that inspects traffic, or an overloaded domain controller, can cause this; Windows then cannot write its certificate.</source>
        <translation>The LDAP port is open, but no answer came back within the time-out. A firewall or VPN that inspects traffic, or an overloaded domain controller, can cause this; Windows then cannot write its certificate.</translation>
    </message>
    <message>
        <source>Run the checks again in a few minutes; if it persists, ask IT to look at the path to the domain controller (firewall, VPN).</source>
        <translation>Run the checks again in a few minutes; if it persists, ask IT to look at the path to the domain controller (firewall, VPN).</translation>
    </message>
    <message>
        <source>Then lock and unlock, or sign out and in again.</source>
        <translation>Then lock and unlock, or sign out and in again.</translation>
    </message>
    <message>
        <source>This computer has no object in Active Directory.</source>
        <translation>This computer has no object in Active Directory.</translation>
    </message>
    <message>
        <source>No computer object with this name was found in the domain. The certificate can only be written to the computer&apos;s own object: the computer may have been deleted from AD, renamed, or joined to another domain.</source>
        <translation>No computer object with this name was found in the domain. The certificate can only be written to the computer&apos;s own object: the computer may have been deleted from AD, renamed, or joined to another domain.</translation>
    </message>
    <message>
        <source>Ask IT to look the computer up in Active Directory Users and Computers; if it is gone, the computer must be joined to the domain again.</source>
        <translation>Ask IT to look the computer up in Active Directory Users and Computers; if it is gone, the computer must be joined to the domain again.</translation>
    </message>
    <message>
        <source>The computer object could not be read.</source>
        <translation>The computer object could not be read.</translation>
    </message>
    <message>
        <source>The domain controller answered, but did not let this account search for the computer object.</source>
        <translation>The domain controller answered, but did not let this account search for the computer object.</translation>
    </message>
    <message>
        <source>Run JoinDoctor as a domain user (or give --bind-dn), or ask IT to check the computer object&apos;s userCertificate attribute.</source>
        <translation>Run JoinDoctor as a domain user (or give --bind-dn), or ask IT to check the computer object&apos;s userCertificate attribute.</translation>
    </message>
    <message>
        <source>Windows has not written its certificate to the computer object.</source>
        <translation>Windows has not written its certificate to the computer object.</translation>
    </message>
    <message>
        <source>The computer object&apos;s userCertificate attribute is empty. Windows writes it when a user signs in while a domain controller is reachable. Either no domain controller was reachable at sign-in (VPN connected too late), or the computer may not write to its own object. Azure AD Connect does not sync a computer without it.</source>
        <translation>The computer object&apos;s userCertificate attribute is empty. Windows writes it when a user signs in while a domain controller is reachable. Either no domain controller was reachable at sign-in (VPN connected too late), or the computer may not write to its own object. Azure AD Connect does not sync a computer without it.</translation>
    </message>
    <message>
        <source>Connect to the company network or VPN, then lock and unlock, or sign out and in again, and run the checks again.</source>
        <translation>Connect to the company network or VPN, then lock and unlock, or sign out and in again, and run the checks again.</translation>
    </message>
    <message>
        <source>If it stays empty, ask IT to check that SELF may write userCertificate on computer objects in this OU, and look for events 304, 305 and 307 in User Device Registration.</source>
        <translation>If it stays empty, ask IT to check that SELF may write userCertificate on computer objects in this OU, and look for events 304, 305 and 307 in User Device Registration.</translation>
    </message>
    <message>
        <source>The certificate on the computer object has expired.</source>
        <translation>The certificate on the computer object has expired.</translation>
    </message>
    <message>
        <source>The only certificate with the right subject is past its end date, so it cannot be used to register the device.</source>
        <translation>The only certificate with the right subject is past its end date, so it cannot be used to register the device.</translation>
    </message>
    <message>
        <source>Sign out and in again on the company network or VPN; Windows then writes a new certificate. IT can also start the scheduled task Automatic-Device-Join.</source>
        <translation>Sign out and in again on the company network or VPN; Windows then writes a new certificate. IT can also start the scheduled task Automatic-Device-Join.</translation>
    </message>
    <message>
        <source>The certificate on the computer object is not valid yet.</source>
        <translation>The certificate on the computer object is not valid yet.</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date is in the future. That points to a wrong clock, on this computer or where the certificate was made.</source>
        <translation>The certificate&apos;s start date is in the future. That points to a wrong clock, on this computer or where the certificate was made.</translation>
    </message>
    <message>
        <source>Check the date, time and time zone of this computer, then sign out and in again.</source>
        <translation>Check the date, time and time zone of this computer, then sign out and in again.</translation>
    </message>
    <message>
        <source>The certificate on the computer object belongs to another object.</source>
        <translation>The certificate on the computer object belongs to another object.</translation>
    </message>
    <message>
        <source>Windows&apos; certificate has the subject CN=&lt;objectGUID&gt; of the computer object. The certificates found have another subject; the object may have been re-created or restored, or the certificates were copied from another computer.</source>
        <translation>Windows&apos; certificate has the subject CN=&lt;objectGUID&gt; of the computer object. The certificates found have another subject; the object may have been re-created or restored, or the certificates were copied from another computer.</translation>
    </message>
    <message>
        <source>Ask IT to clear userCertificate on the computer object, then sign out and in again on the company network so that Windows writes a new one.</source>
        <translation>Ask IT to clear userCertificate on the computer object, then sign out and in again on the company network so that Windows writes a new one.</translation>
    </message>
    <message>
        <source>Active Directory itself was not read here; JoinDoctor reads it when it checks this computer on the company network or VPN.</source>
        <translation>Active Directory itself was not read here; JoinDoctor reads it when it checks this computer on the company network or VPN.</translation>
    </message>
    <message>
        <source>The capture holds no dsregcmd /status output (%1).</source>
        <translation>The capture holds no dsregcmd /status output (%1).</translation>
    </message>
    <message>
        <source>This capture file is damaged or not a JoinDoctor capture (%1).</source>
        <translation>This capture file is damaged or not a JoinDoctor capture (%1).</translation>
    </message>
    <message>
        <source>This capture was made by a newer JoinDoctor (format %1); update JoinDoctor to open it.</source>
        <translation>This capture was made by a newer JoinDoctor (format %1); update JoinDoctor to open it.</translation>
    </message>
    <message>
        <source>Only possible on the Windows device itself.</source>
        <translation>Only possible on the Windows device itself.</translation>
    </message>
    <message>
        <source>The device is not joined yet; a PRT comes after the join.</source>
        <translation>The device is not joined yet; a PRT comes after the join.</translation>
    </message>
    <message>
        <source>Windows asks Azure AD for a new Primary Refresh Token for you. Nothing else changes; no administrator rights are needed.</source>
        <translation>Windows asks Azure AD for a new Primary Refresh Token for you. Nothing else changes; no administrator rights are needed.</translation>
    </message>
    <message>
        <source>dsregcmd /refreshprt could not be run.</source>
        <translation>dsregcmd /refreshprt could not be run.</translation>
    </message>
    <message>
        <source>The PRT was renewed at %1.</source>
        <translation>The PRT was renewed at %1.</translation>
    </message>
    <message>
        <source>dsregcmd /refreshprt ran, but the PRT was not renewed: AzureAdPrtUpdateTime did not move. Lock and unlock the computer, or sign out and in.</source>
        <translation>dsregcmd /refreshprt ran, but the PRT was not renewed: AzureAdPrtUpdateTime did not move. Lock and unlock the computer, or sign out and in.</translation>
    </message>
    <message>
        <source>The device leaves Azure AD (its registration on this computer is removed) and registers again. Until Azure AD Connect has synced it and you have signed in again, single sign-on does not work. Needs administrator rights.</source>
        <translation>The device leaves Azure AD (its registration on this computer is removed) and registers again. Until Azure AD Connect has synced it and you have signed in again, single sign-on does not work. Needs administrator rights.</translation>
    </message>
    <message>
        <source>Administrator rights were refused; nothing was changed.</source>
        <translation>Administrator rights were refused; nothing was changed.</translation>
    </message>
    <message>
        <source>dsregcmd /leave could not be run: %1</source>
        <translation>dsregcmd /leave could not be run: %1</translation>
    </message>
    <message>
        <source>dsregcmd /leave failed (exit code %1); the join was not started.</source>
        <translation>dsregcmd /leave failed (exit code %1); the join was not started.</translation>
    </message>
    <message>
        <source>The device left Azure AD and the registration was started again. Sign out and in after the next sync.</source>
        <translation>The device left Azure AD and the registration was started again. Sign out and in after the next sync.</translation>
    </message>
    <message>
        <source>The device left Azure AD, but the registration could not be started (exit code %1). Sign out and in to start it.</source>
        <translation>The device left Azure AD, but the registration could not be started (exit code %1). Sign out and in to start it.</translation>
    </message>
    <message>
        <source>The VPN came up after you signed in, so Windows found no domain controller in time.</source>
        <translation>The VPN came up after you signed in, so Windows found no domain controller in time.</translation>
    </message>
    <message>
        <source>Windows starts the registration when you sign in. At that moment no domain controller could be reached; the VPN is connected now, but Windows does not try again until the next sign-in (or within the hour).</source>
        <translation>Windows starts the registration when you sign in. At that moment no domain controller could be reached; the VPN is connected now, but Windows does not try again until the next sign-in (or within the hour).</translation>
    </message>
    <message>
        <source>Start the join by hand now: Retry join (needs administrator rights), or ask IT to run the scheduled task Automatic-Device-Join while the VPN is connected.</source>
        <translation>Start the join by hand now: Retry join (needs administrator rights), or ask IT to run the scheduled task Automatic-Device-Join while the VPN is connected.</translation>
    </message>
    <message>
        <source>Or, while the VPN stays connected, lock the computer and unlock it again.</source>
        <translation>Or, while the VPN stays connected, lock the computer and unlock it again.</translation>
    </message>
    <message>
        <source>JoinDoctor will start the registration again: Windows&apos; scheduled task Automatic-Device-Join runs dsregcmd /join as SYSTEM. Windows asks for administrator rights first; if you cannot give them, the helpdesk can start it from their desk. Nothing else changes.</source>
        <translation>JoinDoctor will start the registration again: Windows&apos; scheduled task Automatic-Device-Join runs dsregcmd /join as SYSTEM. Windows asks for administrator rights first; if you cannot give them, the helpdesk can start it from their desk. Nothing else changes.</translation>
    </message>
    <message>
        <source>The task could not be started (exit code %1).</source>
        <translation>The task could not be started (exit code %1).</translation>
    </message>
    <message>
        <source>dsregcmd /leave had not finished after %1 seconds, so the join was not started. Run the checks again in a few minutes.</source>
        <translation>dsregcmd /leave had not finished after %1 seconds, so the join was not started. Run the checks again in a few minutes.</translation>
    </message>
    <message>
        <source>The device left Azure AD and the registration task was started, but it had not finished after %1 seconds. Run the checks again in a few minutes.</source>
        <translation>The device left Azure AD and the registration task was started, but it had not finished after %1 seconds. Run the checks again in a few minutes.</translation>
    </message>
    <message>
        <source>The registration task was started but had not finished after %1 seconds; run the checks again in a few minutes.</source>
        <translation>The registration task was started but had not finished after %1 seconds; run the checks again in a few minutes.</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The source of the results in every page&apos;s footer: read from this device just now.</extracomment>
        <translation>this computer</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>pasted text</translation>
    </message>
    <message>
        <source>demo %1</source>
        <translation>demo %1</translation>
    </message>
    <message>
        <source>Only when Azure AD reports the device as disabled or deleted (DeviceAuthStatus), or no longer has its registration.</source>
        <translation>Only when Azure AD reports the device as disabled or deleted (DeviceAuthStatus), or no longer has its registration.</translation>
    </message>
    <message>
        <source>When it is fixed, lock and unlock the computer and run the analysis again.</source>
        <translation>When it is fixed, lock and unlock the computer and run the analysis again.</translation>
    </message>
    <message>
        <source>Windows could not look up Azure AD&apos;s sign-in address (DNS).</source>
        <translation>Windows could not look up Azure AD&apos;s sign-in address (DNS).</translation>
    </message>
    <message>
        <source>At the last sign-in the name login.microsoftonline.com could not be resolved, so no PRT could be fetched. Without a proxy the device must resolve internet names itself.</source>
        <translation>At the last sign-in the name login.microsoftonline.com could not be resolved, so no PRT could be fetched. Without a proxy the device must resolve internet names itself.</translation>
    </message>
    <message>
        <source>Check that the DNS server resolves internet names (nslookup login.microsoftonline.com), or set the WinHTTP proxy if the network only reaches the internet through a proxy.</source>
        <translation>Check that the DNS server resolves internet names (nslookup login.microsoftonline.com), or set the WinHTTP proxy if the network only reaches the internet through a proxy.</translation>
    </message>
    <message>
        <source>The proxy stopped the sign-in to Azure AD.</source>
        <translation>The proxy stopped the sign-in to Azure AD.</translation>
    </message>
    <message>
        <source>At the last sign-in the proxy, its automatic configuration script (PAC) or its authentication stopped the request for a PRT. The sign-in runs as the computer, which cannot answer a proxy&apos;s password prompt.</source>
        <translation>At the last sign-in the proxy, its automatic configuration script (PAC) or its authentication stopped the request for a PRT. The sign-in runs as the computer, which cannot answer a proxy&apos;s password prompt.</translation>
    </message>
    <message>
        <source>IT lets login.microsoftonline.com, enterpriseregistration.windows.net and device.login.microsoftonline.com through the proxy without authentication, and checks that the PAC file can be downloaded.</source>
        <translation>IT lets login.microsoftonline.com, enterpriseregistration.windows.net and device.login.microsoftonline.com through the proxy without authentication, and checks that the PAC file can be downloaded.</translation>
    </message>
    <message>
        <source>The secure connection to Azure AD failed (TLS).</source>
        <translation>The secure connection to Azure AD failed (TLS).</translation>
    </message>
    <message>
        <source>At the last sign-in the TLS connection to Azure AD could not be set up or its certificate was not accepted; usually a proxy or firewall that inspects TLS traffic, or a wrong clock.</source>
        <translation>At the last sign-in the TLS connection to Azure AD could not be set up or its certificate was not accepted; usually a proxy or firewall that inspects TLS traffic, or a wrong clock.</translation>
    </message>
    <message>
        <source>IT exempts Microsoft&apos;s sign-in and registration addresses from TLS inspection and checks the computer&apos;s date and time.</source>
        <translation>IT exempts Microsoft&apos;s sign-in and registration addresses from TLS inspection and checks the computer&apos;s date and time.</translation>
    </message>
    <message>
        <source>Azure AD&apos;s sign-in service could not be reached.</source>
        <translation>Azure AD&apos;s sign-in service could not be reached.</translation>
    </message>
    <message>
        <source>At the last sign-in the connection to login.microsoftonline.com timed out, was refused or was cut, so no PRT could be fetched. Typically the network needs a proxy that the computer account does not use.</source>
        <translation>At the last sign-in the connection to login.microsoftonline.com timed out, was refused or was cut, so no PRT could be fetched. Typically the network needs a proxy that the computer account does not use.</translation>
    </message>
    <message>
        <source>Check the network and the proxy for the computer context (netsh winhttp show proxy); on VPN, connect it before signing in.</source>
        <translation>Check the network and the proxy for the computer context (netsh winhttp show proxy); on VPN, connect it before signing in.</translation>
    </message>
    <message>
        <source>The network cause: the name of Azure AD&apos;s sign-in service could not be looked up (DNS).</source>
        <translation>The network cause: the name of Azure AD&apos;s sign-in service could not be looked up (DNS).</translation>
    </message>
    <message>
        <source>The network cause: the proxy, its configuration script or its authentication.</source>
        <translation>The network cause: the proxy, its configuration script or its authentication.</translation>
    </message>
    <message>
        <source>The network cause: the TLS connection or the server&apos;s certificate (TLS inspection?).</source>
        <translation>The network cause: the TLS connection or the server&apos;s certificate (TLS inspection?).</translation>
    </message>
    <message>
        <source>The network cause: no answer, or the connection was refused or cut.</source>
        <translation>The network cause: no answer, or the connection was refused or cut.</translation>
    </message>
    <message>
        <source>Then on the device, as administrator: dsregcmd /leave, restart, and sign in with the user&apos;s own account; the registration runs again (JoinDoctor&apos;s &quot;Leave and re-join&quot; does the first part).</source>
        <translation>Then on the device, as administrator: dsregcmd /leave, restart, and sign in with the user&apos;s own account; the registration runs again (JoinDoctor&apos;s &quot;Leave and re-join&quot; does the first part).</translation>
    </message>
    <message>
        <source>The device&apos;s registration no longer exists in Azure AD.</source>
        <translation>The device&apos;s registration no longer exists in Azure AD.</translation>
    </message>
    <message>
        <source>Windows tried to renew its registration, but Azure AD has no device with this ID: the device object was deleted, or the computer object left the Azure AD Connect sync scope. The registration on the device is stale and cannot heal by itself.</source>
        <translation>Windows tried to renew its registration, but Azure AD has no device with this ID: the device object was deleted, or the computer object left the Azure AD Connect sync scope. The registration on the device is stale and cannot heal by itself.</translation>
    </message>
    <message>
        <source>IT makes sure the computer object is in an OU that Azure AD Connect syncs and has a userCertificate value.</source>
        <translation>IT makes sure the computer object is in an OU that Azure AD Connect syncs and has a userCertificate value.</translation>
    </message>
    <message>
        <source>Azure AD refuses the device: it is disabled or deleted.</source>
        <translation>Azure AD refuses the device: it is disabled or deleted.</translation>
    </message>
    <message>
        <source>The device says it is joined, but Azure AD does not accept it. Either an administrator disabled it, or its object was deleted (often after it left the sync scope) and comes back as &quot;Pending&quot; at the next sync. No user gets a PRT on it until this is repaired.</source>
        <translation>The device says it is joined, but Azure AD does not accept it. Either an administrator disabled it, or its object was deleted (often after it left the sync scope) and comes back as &quot;Pending&quot; at the next sync. No user gets a PRT on it until this is repaired.</translation>
    </message>
    <message>
        <source>If it is missing or &quot;Pending&quot;: make sure the computer object is in the sync scope and wait for the next sync.</source>
        <translation>If it is missing or &quot;Pending&quot;: make sure the computer object is in the sync scope and wait for the next sync.</translation>
    </message>
    <message>
        <source>The user has no Enterprise PRT from AD FS.</source>
        <translation>The user has no Enterprise PRT from AD FS.</translation>
    </message>
    <message>
        <source>The user signs in through AD FS, which also issues an Enterprise PRT. The Azure AD PRT is there, but the Enterprise PRT is not, so single sign-on to AD FS applications and Windows Hello for Business certificate trust fail.</source>
        <translation>The user signs in through AD FS, which also issues an Enterprise PRT. The Azure AD PRT is there, but the Enterprise PRT is not, so single sign-on to AD FS applications and Windows Hello for Business certificate trust fail.</translation>
    </message>
    <message>
        <source>IT reads the AD FS error (the server error below, and the AD FS Admin log) and checks that the device is registered in AD FS (device write-back).</source>
        <translation>IT reads the AD FS error (the server error below, and the AD FS Admin log) and checks that the device is registered in AD FS (device write-back).</translation>
    </message>
    <message>
        <source>AD FS does not know the device&apos;s key: no Enterprise PRT.</source>
        <translation>AD FS does not know the device&apos;s key: no Enterprise PRT.</translation>
    </message>
    <message>
        <source>AD FS refused the Enterprise PRT because the device is not registered with a transport key there (MSIS9682). The device object is not written back from Azure AD to Active Directory.</source>
        <translation>AD FS refused the Enterprise PRT because the device is not registered with a transport key there (MSIS9682). The device object is not written back from Azure AD to Active Directory.</translation>
    </message>
    <message>
        <source>IT turns on device write-back in Azure AD Connect (and checks the RegisteredDevices container and its permissions), waits for the next sync, then the user locks and unlocks the computer.</source>
        <translation>IT turns on device write-back in Azure AD Connect (and checks the RegisteredDevices container and its permissions), waits for the next sync, then the user locks and unlocks the computer.</translation>
    </message>
    <message>
        <source>dsregcmd asks to be run as the signed-in user, not elevated.</source>
        <translation>dsregcmd asks to be run as the signed-in user, not elevated.</translation>
    </message>
    <message>
        <source>The trace says the command must run as a non-elevated user: run as administrator, dsregcmd cannot read the user&apos;s sign-in state, so the PRT is not shown.</source>
        <translation>The trace says the command must run as a non-elevated user: run as administrator, dsregcmd cannot read the user&apos;s sign-in state, so the PRT is not shown.</translation>
    </message>
    <message>
        <source>Open a normal Command Prompt as the signed-in user (not &quot;Run as administrator&quot;), run dsregcmd /status there, and analyse that output.</source>
        <translation>Open a normal Command Prompt as the signed-in user (not &quot;Run as administrator&quot;), run dsregcmd /status there, and analyse that output.</translation>
    </message>
    <message>
        <source>The sign-in name %1 ends in a domain that cannot be verified in Azure AD, so Azure AD cannot find the user by it. IT gives the user a UPN with a verified domain, or sets up Alternate Login ID.</source>
        <translation>The sign-in name %1 ends in a domain that cannot be verified in Azure AD, so Azure AD cannot find the user by it. IT gives the user a UPN with a verified domain, or sets up Alternate Login ID.</translation>
    </message>
    <message>
        <source>The last failed Enterprise PRT attempt (AD FS): status %1, server error %2 %3.</source>
        <translation>The last failed Enterprise PRT attempt (AD FS): status %1, server error %2 %3.</translation>
    </message>
    <message>
        <source>Windows&apos; own test could not read the tenant from Active Directory (AD Configuration Test).</source>
        <translation>Windows&apos; own test could not read the tenant from Active Directory (AD Configuration Test).</translation>
    </message>
    <message>
        <source>At the last join attempt Windows did not find a valid service connection point (SCP) in Active Directory, so it did not know which tenant to join.</source>
        <translation>At the last join attempt Windows did not find a valid service connection point (SCP) in Active Directory, so it did not know which tenant to join.</translation>
    </message>
    <message>
        <source>IT checks the SCP in the configuration partition (Azure AD Connect, Configure device options) or the client-side SCP in the registry.</source>
        <translation>IT checks the SCP in the configuration partition (Azure AD Connect, Configure device options) or the client-side SCP in the registry.</translation>
    </message>
    <message>
        <source>Windows&apos; own test could not find the registration service (DRS Discovery Test).</source>
        <translation>Windows&apos; own test could not find the registration service (DRS Discovery Test).</translation>
    </message>
    <message>
        <source>At the last join attempt Windows could not ask Azure AD where to register the device, usually because the network or the proxy stopped the request.</source>
        <translation>At the last join attempt Windows could not ask Azure AD where to register the device, usually because the network or the proxy stopped the request.</translation>
    </message>
    <message>
        <source>Look up the error code below; check that SYSTEM can reach enterpriseregistration.windows.net (step 2).</source>
        <translation>Look up the error code below; check that SYSTEM can reach enterpriseregistration.windows.net (step 2).</translation>
    </message>
    <message>
        <source>Windows&apos; discovery tests failed although a tenant is shown.</source>
        <translation>Windows&apos; discovery tests failed although a tenant is shown.</translation>
    </message>
    <message>
        <source>Both the AD Configuration Test and the DRS Discovery Test failed. The tenant ID shown does not come from a working SCP: it is left from an earlier registration or a work account, so the hybrid join cannot find its tenant.</source>
        <translation>Both the AD Configuration Test and the DRS Discovery Test failed. The tenant ID shown does not come from a working SCP: it is left from an earlier registration or a work account, so the hybrid join cannot find its tenant.</translation>
    </message>
    <message>
        <source>IT checks the SCP in Active Directory (or the client-side SCP in the registry) and that it names this tenant.</source>
        <translation>IT checks the SCP in Active Directory (or the client-side SCP in the registry) and that it names this tenant.</translation>
    </message>
    <message>
        <source>The device certificate has expired.</source>
        <translation>The device certificate has expired.</translation>
    </message>
    <message>
        <source>The device proves who it is to Azure AD with this certificate; once it has expired, the device cannot authenticate and no PRT is issued.</source>
        <translation>The device proves who it is to Azure AD with this certificate; once it has expired, the device cannot authenticate and no PRT is issued.</translation>
    </message>
    <message>
        <source>IT runs dsregcmd /leave as administrator, restarts the computer and lets the user sign in, so the device registers again with a new certificate.</source>
        <translation>IT runs dsregcmd /leave as administrator, restarts the computer and lets the user sign in, so the device registers again with a new certificate.</translation>
    </message>
    <message>
        <source>The device certificate expires within 30 days.</source>
        <translation>The device certificate expires within 30 days.</translation>
    </message>
    <message>
        <source>Windows normally renews it in time; if it expires, the device can no longer authenticate to Azure AD.</source>
        <translation>Windows normally renews it in time; if it expires, the device can no longer authenticate to Azure AD.</translation>
    </message>
    <message>
        <source>Keep the device online and on the company network so it can renew; if the date does not move, IT re-registers the device (dsregcmd /leave, restart, sign in).</source>
        <translation>Keep the device online and on the company network so it can renew; if the date does not move, IT re-registers the device (dsregcmd /leave, restart, sign in).</translation>
    </message>
    <message>
        <source>The device keys are not protected by the security chip (TPM).</source>
        <translation>The device keys are not protected by the security chip (TPM).</translation>
    </message>
    <message>
        <source>The keys are kept in software, so they can be copied off the device, and device-bound sign-in (the PRT&apos;s key) is weaker. It usually means the TPM was missing, off or not ready when the device registered.</source>
        <translation>The keys are kept in software, so they can be copied off the device, and device-bound sign-in (the PRT&apos;s key) is weaker. It usually means the TPM was missing, off or not ready when the device registered.</translation>
    </message>
    <message>
        <source>IT checks the TPM (tpm.msc: ready for use, firmware up to date), then re-registers the device (dsregcmd /leave, restart, sign in) so the keys are made in the TPM.</source>
        <translation>IT checks the TPM (tpm.msc: ready for use, firmware up to date), then re-registers the device (dsregcmd /leave, restart, sign in) so the keys are made in the TPM.</translation>
    </message>
    <message>
        <source>The security chip (TPM) reported an error.</source>
        <translation>The security chip (TPM) reported an error.</translation>
    </message>
    <message>
        <source>A TPM or key storage error is written in the output: the device key in the TPM could not be used, so the device cannot prove who it is.</source>
        <translation>A TPM or key storage error is written in the output: the device key in the TPM could not be used, so the device cannot prove who it is.</translation>
    </message>
    <message>
        <source>Windows&apos; own test of the device key failed (KeySignTest).</source>
        <translation>Windows&apos; own test of the device key failed (KeySignTest).</translation>
    </message>
    <message>
        <source>The device could not sign with its key, so it cannot authenticate to Azure AD; the key or the TPM holding it is broken.</source>
        <translation>The device could not sign with its key, so it cannot authenticate to Azure AD; the key or the TPM holding it is broken.</translation>
    </message>
    <message>
        <source>IT runs dsregcmd /leave as administrator, restarts the computer and lets the user sign in, so the device registers again with a new key.</source>
        <translation>IT runs dsregcmd /leave as administrator, restarts the computer and lets the user sign in, so the device registers again with a new key.</translation>
    </message>
    <message>
        <source>Azure AD is not the default work account for this user (WamDefaultSet).</source>
        <translation>Azure AD is not the default work account for this user (WamDefaultSet).</translation>
    </message>
    <message>
        <source>Windows has not set up the user&apos;s Azure AD account as the default for apps (Web Account Manager), so single sign-on in Office and other apps may keep asking for a password.</source>
        <translation>Windows has not set up the user&apos;s Azure AD account as the default for apps (Web Account Manager), so single sign-on in Office and other apps may keep asking for a password.</translation>
    </message>
    <message>
        <source>Sign out and in again with the work account; if it stays NO, IT looks up the error code and checks the AAD/Operational event log.</source>
        <translation>Sign out and in again with the work account; if it stays NO, IT looks up the error code and checks the AAD/Operational event log.</translation>
    </message>
    <message>
        <source>Windows Hello for Business will not be set up for this user.</source>
        <translation>Windows Hello for Business will not be set up for this user.</translation>
    </message>
    <message>
        <source>The policy asks for Windows Hello for Business, but at least one of Windows&apos; prerequisites is not met (PreReqResult: WillNotProvision); the ones that are not met are listed below.</source>
        <translation>The policy asks for Windows Hello for Business, but at least one of Windows&apos; prerequisites is not met (PreReqResult: WillNotProvision); the ones that are not met are listed below.</translation>
    </message>
    <message>
        <source>Fix the prerequisites listed, then sign out and in again; Windows offers the Hello setup after sign-in.</source>
        <translation>Fix the prerequisites listed, then sign out and in again; Windows offers the Hello setup after sign-in.</translation>
    </message>
    <message>
        <source>The output was taken as the built-in Administrator account.</source>
        <translation>The output was taken as the built-in Administrator account.</translation>
    </message>
    <message>
        <source>The built-in Administrator cannot complete a hybrid join or get a PRT, so its sign-in state says nothing about the users&apos; sign-in.</source>
        <translation>The built-in Administrator cannot complete a hybrid join or get a PRT, so its sign-in state says nothing about the users&apos; sign-in.</translation>
    </message>
    <message>
        <source>Sign in as an ordinary domain user (not Administrator), run dsregcmd /status there, and analyse that output.</source>
        <translation>Sign in as an ordinary domain user (not Administrator), run dsregcmd /status there, and analyse that output.</translation>
    </message>
    <message>
        <source>The device could not authenticate to Azure AD (DeviceAuthStatus).</source>
        <translation>The device could not authenticate to Azure AD (DeviceAuthStatus).</translation>
    </message>
    <message>
        <source>Windows&apos; test of the device&apos;s sign-in to Azure AD failed, so the device cannot get tokens; without it there is no PRT either.</source>
        <translation>Windows&apos; test of the device&apos;s sign-in to Azure AD failed, so the device cannot get tokens; without it there is no PRT either.</translation>
    </message>
    <message>
        <source>The PRT had expired when the output was taken.</source>
        <translation>The PRT had expired when the output was taken.</translation>
    </message>
    <message>
        <source>Windows renews the PRT every few hours while the user is signed in; an expired PRT means renewal has failed for days.</source>
        <translation>Windows renews the PRT every few hours while the user is signed in; an expired PRT means renewal has failed for days.</translation>
    </message>
    <message>
        <source>Lock the computer (Windows key + L) and unlock it, wait a minute, and run the analysis again; if it stays expired, look at the failed attempts in the AAD/Operational event log.</source>
        <translation>Lock the computer (Windows key + L) and unlock it, wait a minute, and run the analysis again; if it stays expired, look at the failed attempts in the AAD/Operational event log.</translation>
    </message>
    <message>
        <source>The PRT expires within a day.</source>
        <translation>The PRT expires within a day.</translation>
    </message>
    <message>
        <source>A PRT that is renewed as it should be never gets this close to its expiry time, so renewal has not worked for a while.</source>
        <translation>A PRT that is renewed as it should be never gets this close to its expiry time, so renewal has not worked for a while.</translation>
    </message>
    <message>
        <source>Lock the computer (Windows key + L) and unlock it, wait a minute, and run the analysis again.</source>
        <translation>Lock the computer (Windows key + L) and unlock it, wait a minute, and run the analysis again.</translation>
    </message>
    <message>
        <source>It is valid until %1, at most %2 days after the output was taken.</source>
        <translation>It is valid until %1, at most %2 days after the output was taken.</translation>
    </message>
    <message>
        <source>IsDeviceJoined is NO: the device is not joined to Azure AD.</source>
        <translation>IsDeviceJoined is NO: the device is not joined to Azure AD.</translation>
    </message>
    <message>
        <source>IsUserAzureAD is NO: the signed-in user is not an Azure AD user (a local account, or not synced).</source>
        <translation>IsUserAzureAD is NO: the signed-in user is not an Azure AD user (a local account, or not synced).</translation>
    </message>
    <message>
        <source>PostLogonEnabled is NO: Windows does not start the Hello setup after sign-in.</source>
        <translation>PostLogonEnabled is NO: Windows does not start the Hello setup after sign-in.</translation>
    </message>
    <message>
        <source>DeviceEligible is NO: the device does not meet Hello&apos;s hardware requirements (a usable TPM, for example).</source>
        <translation>DeviceEligible is NO: the device does not meet Hello&apos;s hardware requirements (a usable TPM, for example).</translation>
    </message>
    <message>
        <source>SessionIsNotRemote is NO: this is a remote session, where Hello is never set up.</source>
        <translation>SessionIsNotRemote is NO: this is a remote session, where Hello is never set up.</translation>
    </message>
    <message>
        <source>AdfsRefreshToken is NO: the user has no Enterprise PRT from AD FS, which certificate trust needs.</source>
        <translation>AdfsRefreshToken is NO: the user has no Enterprise PRT from AD FS, which certificate trust needs.</translation>
    </message>
    <message>
        <source>LogonCertTemplateReady is NO: the certificate template for Hello sign-in is not ready.</source>
        <translation>LogonCertTemplateReady is NO: the certificate template for Hello sign-in is not ready.</translation>
    </message>
    <message>
        <source>Under the request the connection itself failed (HTTP Error %1).</source>
        <translation>Under the request the connection itself failed (HTTP Error %1).</translation>
    </message>
    <message>
        <source>This Windows is too old for hybrid join.</source>
        <translation>This Windows is too old for hybrid join.</translation>
    </message>
    <message>
        <source>Windows 7 and Windows 8.1 are not supported and join only through a separate installer that Microsoft no longer offers. Hybrid join works on Windows 10 and later.</source>
        <translation>Windows 7 and Windows 8.1 are not supported and join only through a separate installer that Microsoft no longer offers. Hybrid join works on Windows 10 and later.</translation>
    </message>
    <message>
        <source>Upgrade the computer to a supported Windows 10 or Windows 11 version.</source>
        <translation>Upgrade the computer to a supported Windows 10 or Windows 11 version.</translation>
    </message>
    <message>
        <source>This Windows 10 is older than version 1803.</source>
        <translation>This Windows 10 is older than version 1803.</translation>
    </message>
    <message>
        <source>The join works, but this version cannot fall back to sync join when the federated join fails, and it lacks later fixes to the registration (for example the fallback to software keys on TPM errors from version 1809).</source>
        <translation>The join works, but this version cannot fall back to sync join when the federated join fails, and it lacks later fixes to the registration (for example the fallback to software keys on TPM errors from version 1809).</translation>
    </message>
    <message>
        <source>Update the computer to a supported Windows 10 or Windows 11 version.</source>
        <translation>Update the computer to a supported Windows 10 or Windows 11 version.</translation>
    </message>
    <message>
        <source>This Windows is too old for Windows Hello for Business cloud Kerberos trust.</source>
        <translation>This Windows is too old for Windows Hello for Business cloud Kerberos trust.</translation>
    </message>
    <message>
        <source>Windows Hello for Business is used or asked for here. If it is deployed with cloud Kerberos trust, it needs Windows 10 version 21H2 or Windows 11 with the update of February 2022 or later; on this version the sign-in with Hello cannot reach resources in Active Directory. Key trust and certificate trust are not affected.</source>
        <translation>Windows Hello for Business is used or asked for here. If it is deployed with cloud Kerberos trust, it needs Windows 10 version 21H2 or Windows 11 with the update of February 2022 or later; on this version the sign-in with Hello cannot reach resources in Active Directory. Key trust and certificate trust are not affected.</translation>
    </message>
    <message>
        <source>Update Windows to version 21H2 or later with the current updates.</source>
        <translation>Update Windows to version 21H2 or later with the current updates.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is more than 5 minutes off.</source>
        <translation>The computer&apos;s clock is more than 5 minutes off.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s servers gave a time that differs from this computer&apos;s clock by more than 5 minutes. Kerberos, the device&apos;s sign-in to Azure AD and the tokens all fail with such a difference, whatever else is right.</source>
        <translation>Microsoft&apos;s servers gave a time that differs from this computer&apos;s clock by more than 5 minutes. Kerberos, the device&apos;s sign-in to Azure AD and the tokens all fail with such a difference, whatever else is right.</translation>
    </message>
    <message>
        <source>Set the time to be synchronised automatically (Settings &gt; Time &amp; language), or let IT check the time service (w32tm /query /status) and the domain&apos;s time source.</source>
        <translation>Set the time to be synchronised automatically (Settings &gt; Time &amp; language), or let IT check the time service (w32tm /query /status) and the domain&apos;s time source.</translation>
    </message>
    <message>
        <source>Run the check again when the clock is right.</source>
        <translation>Run the check again when the clock is right.</translation>
    </message>
    <message>
        <source>A Microsoft endpoint answered slowly (over 2 seconds).</source>
        <translation>A Microsoft endpoint answered slowly (over 2 seconds).</translation>
    </message>
    <message>
        <source>The endpoint answered, but slowly. A slow proxy or a busy line can make the registration and sign-in time out now and then.</source>
        <translation>The endpoint answered, but slowly. A slow proxy or a busy line can make the registration and sign-in time out now and then.</translation>
    </message>
    <message>
        <source>If registration or single sign-on fails now and then, IT checks the proxy&apos;s load and the route to Microsoft.</source>
        <translation>If registration or single sign-on fails now and then, IT checks the proxy&apos;s load and the route to Microsoft.</translation>
    </message>
    <message>
        <source>The user&apos;s proxy is found automatically (WPAD or a PAC script), which SYSTEM may not find.</source>
        <translation>The user&apos;s proxy is found automatically (WPAD or a PAC script), which SYSTEM may not find.</translation>
    </message>
    <message>
        <source>The join fails on the way to Microsoft, and the user&apos;s proxy settings use automatic detection (WPAD) or a configuration script (PAC). SYSTEM does not read the user&apos;s settings: it finds a proxy only through WPAD published in DNS or DHCP, or a WinHTTP proxy set for the computer.</source>
        <translation>The join fails on the way to Microsoft, and the user&apos;s proxy settings use automatic detection (WPAD) or a configuration script (PAC). SYSTEM does not read the user&apos;s settings: it finds a proxy only through WPAD published in DNS or DHCP, or a WinHTTP proxy set for the computer.</translation>
    </message>
    <message>
        <source>IT publishes WPAD so that the computer finds the proxy as SYSTEM too, or sets the WinHTTP proxy by group policy (netsh winhttp set proxy).</source>
        <translation>IT publishes WPAD so that the computer finds the proxy as SYSTEM too, or sets the WinHTTP proxy by group policy (netsh winhttp set proxy).</translation>
    </message>
    <message>
        <source>A proxy that asks for sign-in must let the computer account through.</source>
        <translation>A proxy that asks for sign-in must let the computer account through.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes ahead.</source>
        <translation>This computer&apos;s clock is %1 minutes ahead.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes behind.</source>
        <translation>This computer&apos;s clock is %1 minutes behind.</translation>
    </message>
    <message>
        <source>%1 answered after %2 seconds.</source>
        <translation>%1 answered after %2 seconds.</translation>
    </message>
    <message>
        <source>The federated join failed, and the fallback to sync join is turned off.</source>
        <translation>The federated join failed, and the fallback to sync join is turned off.</translation>
    </message>
    <message>
        <source>Windows could not get the device token from the federation service, and &quot;Fallback to Sync-Join&quot; is DISABLED, so Windows does not let Azure AD Connect&apos;s sync join the device instead. The join waits until the federated path works.</source>
        <translation>Windows could not get the device token from the federation service, and &quot;Fallback to Sync-Join&quot; is DISABLED, so Windows does not let Azure AD Connect&apos;s sync join the device instead. The join waits until the federated path works.</translation>
    </message>
    <message>
        <source>Fix the federated join (step 2&apos;s authentication), or let IT remove FallbackToSyncJoin = 0 under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ (or its policy) so that the sync join can take over.</source>
        <translation>Fix the federated join (step 2&apos;s authentication), or let IT remove FallbackToSyncJoin = 0 under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ (or its policy) so that the sync join can take over.</translation>
    </message>
    <message>
        <source>For the technician: the fallback to sync join is turned off.</source>
        <translation>For the technician: the fallback to sync join is turned off.</translation>
    </message>
    <message>
        <source>&quot;Fallback to Sync-Join&quot; is DISABLED: if the federated join ever fails, the device is not joined through Azure AD Connect&apos;s sync instead.</source>
        <translation>&quot;Fallback to Sync-Join&quot; is DISABLED: if the federated join ever fails, the device is not joined through Azure AD Connect&apos;s sync instead.</translation>
    </message>
    <message>
        <source>For the technician: the federated join failed, so Windows falls back to sync join.</source>
        <translation>For the technician: the federated join failed, so Windows falls back to sync join.</translation>
    </message>
    <message>
        <source>The token test against the federation service failed, and &quot;Fallback to Sync-Join&quot; is ENABLED. The device is joined when Azure AD Connect has synced the computer object, as on a managed domain.</source>
        <translation>The token test against the federation service failed, and &quot;Fallback to Sync-Join&quot; is ENABLED. The device is joined when Azure AD Connect has synced the computer object, as on a managed domain.</translation>
    </message>
    <message>
        <source>Nothing to do unless the federated join is meant to work; then look at the Token acquisition Test&apos;s error code.</source>
        <translation>Nothing to do unless the federated join is meant to work; then look at the Token acquisition Test&apos;s error code.</translation>
    </message>
    <message>
        <source>For the technician: MDM enrollment is set up, but no compliance URL is given.</source>
        <translation>For the technician: MDM enrollment is set up, but no compliance URL is given.</translation>
    </message>
    <message>
        <source>The tenant gives an MDM enrollment URL (MdmUrl) but no MdmComplianceUrl. Without it, a device that is not compliant cannot send the user to the page that says why.</source>
        <translation>The tenant gives an MDM enrollment URL (MdmUrl) but no MdmComplianceUrl. Without it, a device that is not compliant cannot send the user to the page that says why.</translation>
    </message>
    <message>
        <source>IT checks the MDM application&apos;s settings in Azure AD (Mobility (MDM and MAM)): the compliance URL should be filled in.</source>
        <translation>IT checks the MDM application&apos;s settings in Azure AD (Mobility (MDM and MAM)): the compliance URL should be filled in.</translation>
    </message>
    <message>
        <source>For the technician: a compliance URL is given, but no MDM enrollment URL.</source>
        <translation>For the technician: a compliance URL is given, but no MDM enrollment URL.</translation>
    </message>
    <message>
        <source>The tenant gives an MdmComplianceUrl but no MdmUrl, so the device is not enrolled in MDM automatically: typically the user is outside the MDM user scope.</source>
        <translation>The tenant gives an MdmComplianceUrl but no MdmUrl, so the device is not enrolled in MDM automatically: typically the user is outside the MDM user scope.</translation>
    </message>
    <message>
        <source>If the device should be managed by Intune, IT checks the MDM user scope in Azure AD (Mobility (MDM and MAM)) and the enrollment group policy.</source>
        <translation>If the device should be managed by Intune, IT checks the MDM user scope in Azure AD (Mobility (MDM and MAM)) and the enrollment group policy.</translation>
    </message>
    <message>
        <source>The PRT was refused: the user account is locked.</source>
        <translation>The PRT was refused: the user account is locked.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins locked the account, in Active Directory or by Azure AD&apos;s smart lockout. Typically an old password is still saved on a phone or in a program.</source>
        <translation>Too many failed sign-ins locked the account, in Active Directory or by Azure AD&apos;s smart lockout. Typically an old password is still saved on a phone or in a program.</translation>
    </message>
    <message>
        <source>IT unlocks the account (or it unlocks itself after the lockout period) and finds where the old password is used; then lock and unlock the computer.</source>
        <translation>IT unlocks the account (or it unlocks itself after the lockout period) and finds where the old password is used; then lock and unlock the computer.</translation>
    </message>
    <message>
        <source>The PRT was refused: the password has expired.</source>
        <translation>The PRT was refused: the password has expired.</translation>
    </message>
    <message>
        <source>The user&apos;s password has expired or must be changed, so Azure AD does not accept it for the PRT.</source>
        <translation>The user&apos;s password has expired or must be changed, so Azure AD does not accept it for the PRT.</translation>
    </message>
    <message>
        <source>Change the password (Ctrl+Alt+Del, Change a password) while connected to the company network or VPN, wait a few minutes for password sync, then lock and unlock the computer.</source>
        <translation>Change the password (Ctrl+Alt+Del, Change a password) while connected to the company network or VPN, wait a few minutes for password sync, then lock and unlock the computer.</translation>
    </message>
    <message>
        <source>The PRT was refused: the user account is disabled.</source>
        <translation>The PRT was refused: the user account is disabled.</translation>
    </message>
    <message>
        <source>The account is disabled in Active Directory or in Azure AD, so Azure AD gives it no PRT.</source>
        <translation>The account is disabled in Active Directory or in Azure AD, so Azure AD gives it no PRT.</translation>
    </message>
    <message>
        <source>IT enables the account and waits for the next Azure AD Connect sync; then sign out and in.</source>
        <translation>IT enables the account and waits for the next Azure AD Connect sync; then sign out and in.</translation>
    </message>
    <message>
        <source>The PRT failed: Azure AD&apos;s answer arrived changed.</source>
        <translation>The PRT failed: Azure AD&apos;s answer arrived changed.</translation>
    </message>
    <message>
        <source>The token in the answer lacked the user&apos;s SID. Microsoft names a proxy or TLS inspection that alters the answers as the cause.</source>
        <translation>The token in the answer lacked the user&apos;s SID. Microsoft names a proxy or TLS inspection that alters the answers as the cause.</translation>
    </message>
    <message>
        <source>IT excludes login.microsoftonline.com and device.login.microsoftonline.com from TLS inspection and content filtering on the proxy.</source>
        <translation>IT excludes login.microsoftonline.com and device.login.microsoftonline.com from TLS inspection and content filtering on the proxy.</translation>
    </message>
    <message>
        <source>Ask IT to correct the azureADId keyword on the SCP object to the tenant ID shown in the Microsoft Entra admin center (Microsoft Entra ID &gt; Overview).</source>
        <translation>Ask IT to correct the azureADId keyword on the SCP object to the tenant ID shown in the Microsoft Entra admin center (Microsoft Entra ID &gt; Overview).</translation>
    </message>
    <message>
        <source>IT looks the device up in the Microsoft Entra admin center (Devices): if it is disabled, enable it and lock and unlock the computer.</source>
        <translation>IT looks the device up in the Microsoft Entra admin center (Devices): if it is disabled, enable it and lock and unlock the computer.</translation>
    </message>
    <message>
        <source>IT can look the device up in the Microsoft Entra admin center (Devices): listed as &quot;Pending&quot; means it was synced.</source>
        <translation>IT can look the device up in the Microsoft Entra admin center (Devices): listed as &quot;Pending&quot; means it was synced.</translation>
    </message>
    <message>
        <source>The device is not joined yet; &quot;Pending&quot; is only visible in the Microsoft Entra admin center, and an earlier step may still be in the way.</source>
        <translation>The device is not joined yet; &quot;Pending&quot; is only visible in the Microsoft Entra admin center, and an earlier step may still be in the way.</translation>
    </message>
    <message>
        <source>Fix the earlier steps first; IT can see the state in the Microsoft Entra admin center under Devices.</source>
        <translation>Fix the earlier steps first; IT can see the state in the Microsoft Entra admin center under Devices.</translation>
    </message>
    <message>
        <source>Check the connection to login.microsoftonline.com, then look up the device in the Microsoft Entra admin center (enabled?); if it is there and enabled, IT re-registers the device (dsregcmd /leave, restart, sign in).</source>
        <translation>Check the connection to login.microsoftonline.com, then look up the device in the Microsoft Entra admin center (enabled?); if it is there and enabled, IT re-registers the device (dsregcmd /leave, restart, sign in).</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name (UPN) is unknown to Azure AD, malformed, or uses a domain Azure AD does not know (such as a .local domain).</source>
        <translation>The user&apos;s sign-in name (UPN) is unknown to Azure AD, malformed, or uses a domain Azure AD does not know (such as a .local domain).</translation>
    </message>
    <message>
        <source>The device finds out which Microsoft Entra ID (Azure AD) tenant it belongs to, from the service connection point (SCP) in the registry or in Active Directory.</source>
        <translation>The device finds out which Microsoft Entra ID (Azure AD) tenant it belongs to, from the service connection point (SCP) in the registry or in Active Directory.</translation>
    </message>
    <message>
        <source>The device contacts the registration and sign-in services of Microsoft Entra ID (Azure AD) in the SYSTEM context, through the proxy that SYSTEM uses (WinHTTP).</source>
        <translation>The device contacts the registration and sign-in services of Microsoft Entra ID (Azure AD) in the SYSTEM context, through the proxy that SYSTEM uses (WinHTTP).</translation>
    </message>
    <message>
        <source>Windows creates a self-signed certificate and writes it to the computer object in Active Directory, for Microsoft Entra ID (Azure AD) to know the device by; this needs a domain controller.</source>
        <translation>Windows creates a self-signed certificate and writes it to the computer object in Active Directory, for Microsoft Entra ID (Azure AD) to know the device by; this needs a domain controller.</translation>
    </message>
    <message>
        <source>Sync by Microsoft Entra Connect</source>
        <translation>Sync by Microsoft Entra Connect</translation>
    </message>
    <message>
        <source>Microsoft Entra Connect (Azure AD Connect) copies the computer object with its certificate to Microsoft Entra ID (Azure AD), every 30 minutes by default.</source>
        <translation>Microsoft Entra Connect (Azure AD Connect) copies the computer object with its certificate to Microsoft Entra ID (Azure AD), every 30 minutes by default.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (Azure AD) shows the device as &quot;Pending&quot; until the device itself completes the registration.</source>
        <translation>Microsoft Entra ID (Azure AD) shows the device as &quot;Pending&quot; until the device itself completes the registration.</translation>
    </message>
    <message>
        <source>At the next sign-in the registration completes and the user gets a Primary Refresh Token (PRT) from Microsoft Entra ID (Azure AD), which single sign-on needs.</source>
        <translation>At the next sign-in the registration completes and the user gets a Primary Refresh Token (PRT) from Microsoft Entra ID (Azure AD), which single sign-on needs.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no demo called &quot;%1&quot;; see --list-demos.</source>
        <translation>There is no demo called &quot;%1&quot;; see --list-demos.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use da or en.</source>
        <translation>Unknown language &quot;%1&quot;; use da or en.</translation>
    </message>
    <message>
        <source>JOINDOCTOR RESULT CODES (the code the user reads aloud)</source>
        <translation>JOINDOCTOR RESULT CODES (the code the user reads aloud)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>WINDOWS AND AZURE AD ERROR CODES JOINDOCTOR DECODES</source>
        <translation>WINDOWS AND AZURE AD ERROR CODES JOINDOCTOR DECODES</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Fix:</translation>
    </message>
    <message>
        <source>JoinDoctor finds out why a Windows device is not fully hybrid Azure AD joined and has no Primary Refresh Token (PRT), step by step.</source>
        <translation>JoinDoctor finds out why a Windows device is not fully hybrid Azure AD joined and has no Primary Refresh Token (PRT), step by step.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Analyse a saved dsregcmd /status output: give a file, or - to read standard input.</source>
        <translation>Analyse a saved dsregcmd /status output: give a file, or - to read standard input.</translation>
    </message>
    <message>
        <source>With --analyze: analyse a built-in demo capture.</source>
        <translation>With --analyze: analyse a built-in demo capture.</translation>
    </message>
    <message>
        <source>Language of the output: da or en (default: the system&apos;s).</source>
        <translation>Language of the output: da or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>Print the helpdesk code sheet: JoinDoctor&apos;s result codes and the Windows and Azure error codes it decodes.</source>
        <translation>Print the helpdesk code sheet: JoinDoctor&apos;s result codes and the Windows and Azure error codes it decodes.</translation>
    </message>
    <message>
        <source>List the built-in demo captures, one per line.</source>
        <translation>List the built-in demo captures, one per line.</translation>
    </message>
    <message>
        <source>Also write the log to standard error.</source>
        <translation>Also write the log to standard error.</translation>
    </message>
    <message>
        <source>dsregcmd /status output, or -.</source>
        <translation>dsregcmd /status output, or -.</translation>
    </message>
    <message>
        <source>This command takes no file or demo.</source>
        <translation>This command takes no file or demo.</translation>
    </message>
    <message>
        <source>--list-codes writes text or json.</source>
        <translation>--list-codes writes text or json.</translation>
    </message>
    <message>
        <source>Give either a file or --demo, not both.</source>
        <translation>Give either a file or --demo, not both.</translation>
    </message>
    <message>
        <source>--analyze needs one file, - for standard input, or --demo NAME.</source>
        <translation>--analyze needs one file, - for standard input, or --demo NAME.</translation>
    </message>
    <message>
        <source>Open the wizard on a saved dsregcmd /status output.</source>
        <translation>Open the wizard on a saved dsregcmd /status output.</translation>
    </message>
    <message>
        <source>Walk the wizard through every page, save one PNG per page in this folder, and exit.</source>
        <translation>Walk the wizard through every page, save one PNG per page in this folder, and exit.</translation>
    </message>
    <message>
        <source>To analyse a file in the terminal use --analyze FILE; to open it in the wizard use --capture FILE.</source>
        <translation>To analyse a file in the terminal use --analyze FILE; to open it in the wizard use --capture FILE.</translation>
    </message>
    <message>
        <source>No display is available for the wizard; use --analyze to see the analysis in the terminal.</source>
        <translation>No display is available for the wizard; use --analyze to see the analysis in the terminal.</translation>
    </message>
    <message>
        <source>Test Microsoft&apos;s endpoints from this computer: --cloud global|usgov|china, --tenant NAME, --endpoint KIND=URL, --proxy URL|direct, --ca-file PEM, --expect-issuer TEXT, --timeout-ms N.</source>
        <translation>Test Microsoft&apos;s endpoints from this computer: --cloud global|usgov|china, --tenant NAME, --endpoint KIND=URL, --proxy URL|direct, --ca-file PEM, --expect-issuer TEXT, --timeout-ms N.</translation>
    </message>
    <message>
        <source>--probe-connectivity takes no file.</source>
        <translation>--probe-connectivity takes no file.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text or json.</source>
        <translation>Unknown format &quot;%1&quot;; use text or json.</translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;; use global, usgov or china.</source>
        <translation>Unknown cloud &quot;%1&quot;; use global, usgov or china.</translation>
    </message>
    <message>
        <source>--timeout-ms takes a number from 100 to 600000.</source>
        <translation>--timeout-ms takes a number from 100 to 600000.</translation>
    </message>
    <message>
        <source>Bad --endpoint &quot;%1&quot;: use KIND=URL with KIND one of login, device-login, drs-discovery, autologon, openid-configuration.</source>
        <translation>Bad --endpoint &quot;%1&quot;: use KIND=URL with KIND one of login, device-login, drs-discovery, autologon, openid-configuration.</translation>
    </message>
    <message>
        <source>Bad --proxy &quot;%1&quot;: use http://HOST:PORT or direct.</source>
        <translation>Bad --proxy &quot;%1&quot;: use http://HOST:PORT or direct.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>Cannot read the CA file %1.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>The CA file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>--probe-directory takes no file.</source>
        <translation>--probe-directory takes no file.</translation>
    </message>
    <message>
        <source>--probe-directory needs --ldap-url ldap://HOST:PORT or --domain NAME.</source>
        <translation>--probe-directory needs --ldap-url ldap://HOST:PORT or --domain NAME.</translation>
    </message>
    <message>
        <source>Bad --ldap-url &quot;%1&quot;: use ldap://HOST:PORT or ldaps://HOST:PORT.</source>
        <translation>Bad --ldap-url &quot;%1&quot;: use ldap://HOST:PORT or ldaps://HOST:PORT.</translation>
    </message>
    <message>
        <source>Bad --dns-server &quot;%1&quot;: give an IP address.</source>
        <translation>Bad --dns-server &quot;%1&quot;: give an IP address.</translation>
    </message>
    <message>
        <source>--dns-server is only used with --domain.</source>
        <translation>--dns-server is only used with --domain.</translation>
    </message>
    <message>
        <source>--computer needs a computer name.</source>
        <translation>--computer needs a computer name.</translation>
    </message>
    <message>
        <source>--bind-dn and --password-file go together.</source>
        <translation>--bind-dn and --password-file go together.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Cannot read the password file %1.</translation>
    </message>
    <message>
        <source>The password file %1 is too large.</source>
        <translation>The password file %1 is too large.</translation>
    </message>
    <message>
        <source>Read the SCP and this computer&apos;s object from Active Directory: --ldap-url ldap://HOST:PORT, --base-dn DN, --computer NAME, --bind-dn DN --password-file FILE, --domain NAME --dns-server IP, --timeout-ms N; --check-tenant asks Azure AD whether the SCP&apos;s tenant name and ID belong together.</source>
        <translation>Read the SCP and this computer&apos;s object from Active Directory: --ldap-url ldap://HOST:PORT, --base-dn DN, --computer NAME, --bind-dn DN --password-file FILE, --domain NAME --dns-server IP, --timeout-ms N; --check-tenant asks Azure AD whether the SCP&apos;s tenant name and ID belong together.</translation>
    </message>
    <message>
        <source>--openid-url needs an https URL with {tenant} where the name goes.</source>
        <translation>--openid-url needs an https URL with {tenant} where the name goes.</translation>
    </message>
    <message>
        <source>--collect reads a Windows device; run it there, then open the file here with --capture or --analyze.</source>
        <translation>--collect reads a Windows device; run it there, then open the file here with --capture or --analyze.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 already exists; choose another name.</translation>
    </message>
    <message>
        <source>The capture could not be saved: %1</source>
        <translation>The capture could not be saved: %1</translation>
    </message>
    <message>
        <source>Capture saved: %1</source>
        <translation>Capture saved: %1</translation>
    </message>
    <message>
        <source>Save everything JoinDoctor reads on this Windows device in one capture file for a ticket (open it anywhere with --capture or --analyze).</source>
        <translation>Save everything JoinDoctor reads on this Windows device in one capture file for a ticket (open it anywhere with --capture or --analyze).</translation>
    </message>
    <message>
        <source>--collect takes only the capture file to write.</source>
        <translation>--collect takes only the capture file to write.</translation>
    </message>
    <message>
        <source>With --screenshots: replace images already in the folder (without it, JoinDoctor refuses to).</source>
        <translation>With --screenshots: replace images already in the folder (without it, JoinDoctor refuses to).</translation>
    </message>
    <message>
        <source>The log file could not be written (%1); JoinDoctor goes on without it.</source>
        <translation>The log file could not be written (%1); JoinDoctor goes on without it.</translation>
    </message>
    <message>
        <source>The output could not be written completely: %1.</source>
        <translation>The output could not be written completely: %1.</translation>
    </message>
    <message>
        <source>%1 already has images with these names: %2. Use --overwrite to replace them, or choose another folder.</source>
        <translation>%1 already has images with these names: %2. Use --overwrite to replace them, or choose another folder.</translation>
    </message>
    <message>
        <source>The CA file %1 is larger than 4 MiB; it is not a certificate file.</source>
        <translation>The CA file %1 is larger than 4 MiB; it is not a certificate file.</translation>
    </message>
    <message>
        <source>Open the wizard and quit as soon as its first page is painted (for start-up measurements).</source>
        <translation>Open the wizard and quit as soon as its first page is painted (for start-up measurements).</translation>
    </message>
    <message>
        <source>The wizard and the probes could not be loaded: %1. Install JoinDoctor again.</source>
        <translation>The wizard and the probes could not be loaded: %1. Install JoinDoctor again.</translation>
    </message>
    <message>
        <source>The wizard&apos;s colours: system (default), dark or high-contrast.</source>
        <translation>The wizard&apos;s colours: system (default), dark or high-contrast.</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;; use system, dark or high-contrast.</source>
        <translation>Unknown theme &quot;%1&quot;; use system, dark or high-contrast.</translation>
    </message>
    <message>
        <source>Exit codes: 0 nothing wrong found, 1 a problem was found, 2 usage or input error, 3 not enough information to judge, 4 the result could not be written completely, 5 hybrid join cannot happen on this device (a workgroup or only registered device).
The codes in the results are explained in docs/codes (also installed with the documentation).</source>
        <translation>Exit codes: 0 nothing wrong found, 1 a problem was found, 2 usage or input error, 3 not enough information to judge, 4 the result could not be written completely, 5 hybrid join cannot happen on this device (a workgroup or only registered device).
The codes in the results are explained in docs/codes (also installed with the documentation).</translation>
    </message>
    <message>
        <source>Hide names and IDs in everything written and shown: user names, device and tenant IDs, host names, thumbprints and IP addresses become placeholders (with --analyze, --collect, --ticket and the wizard).</source>
        <translation>Hide names and IDs in everything written and shown: user names, device and tenant IDs, host names, thumbprints and IP addresses become placeholders (with --analyze, --collect, --ticket and the wizard).</translation>
    </message>
    <message>
        <source>Write one self-contained HTML file for a ticket: the report, every page as an image and the capture (with --analyze, --demo or --capture; --format pdf adds a PDF of the report beside it).</source>
        <translation>Write one self-contained HTML file for a ticket: the report, every page as an image and the capture (with --analyze, --demo or --capture; --format pdf adds a PDF of the report beside it).</translation>
    </message>
    <message>
        <source>Give either --screenshots or --ticket: the ticket file holds every page.</source>
        <translation>Give either --screenshots or --ticket: the ticket file holds every page.</translation>
    </message>
    <message>
        <source>--ticket needs the file to write.</source>
        <translation>--ticket needs the file to write.</translation>
    </message>
    <message>
        <source>--ticket is used with --analyze, --demo or --capture.</source>
        <translation>--ticket is used with --analyze, --demo or --capture.</translation>
    </message>
    <message>
        <source>%1 already exists. Use --overwrite to replace it, or choose another name.</source>
        <translation>%1 already exists. Use --overwrite to replace it, or choose another name.</translation>
    </message>
    <message>
        <source>Output format: text (default), json or html; csv with --fleet.</source>
        <translation>Output format: text (default), json or html; csv with --fleet.</translation>
    </message>
    <message>
        <source>With --fleet: write the report to this file (whole or not at all; Ctrl+C leaves no file) instead of standard output.</source>
        <translation>With --fleet: write the report to this file (whole or not at all; Ctrl+C leaves no file) instead of standard output.</translation>
    </message>
    <message>
        <source>With --fleet: how many inputs are judged at once (default: one per processor core).</source>
        <translation>With --fleet: how many inputs are judged at once (default: one per processor core).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text, json or html (csv with --fleet, pdf with --ticket).</source>
        <translation>Unknown format &quot;%1&quot;; use text, json or html (csv with --fleet, pdf with --ticket).</translation>
    </message>
    <message>
        <source>--overwrite is used with --screenshots, --ticket or --out.</source>
        <translation>--overwrite is used with --screenshots, --ticket or --out.</translation>
    </message>
    <message>
        <source>--out and --threads are used with --fleet.</source>
        <translation>--out and --threads are used with --fleet.</translation>
    </message>
    <message>
        <source>Give exactly one of --analyze, --collect, --fleet, --list-codes or --list-demos (see --help).</source>
        <translation>Give exactly one of --analyze, --collect, --fleet, --list-codes or --list-demos (see --help).</translation>
    </message>
    <message>
        <source>--fleet takes only the folder or Intune export to judge.</source>
        <translation>--fleet takes only the folder or Intune export to judge.</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 256.</source>
        <translation>--threads takes a number from 1 to 256.</translation>
    </message>
    <message>
        <source>--fleet needs a folder or a file, and --out the file to write.</source>
        <translation>--fleet needs a folder or a file, and --out the file to write.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is already there; add --overwrite to replace it.</source>
        <translation>%1 is already there; add --overwrite to replace it.</translation>
    </message>
    <message>
        <source>%1 of %2 inputs, %3 per second</source>
        <translation>%1 of %2 inputs, %3 per second</translation>
    </message>
    <message>
        <source>Stopped; no report was written.</source>
        <translation>Stopped; no report was written.</translation>
    </message>
    <message>
        <source>%1 holds no inputs to judge.</source>
        <translation>%1 holds no inputs to judge.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Judge many devices at once: a folder (searched with its subfolders) of captures, capture folders and saved dsregcmd outputs, or an Intune Remediations export (CSV) of docs/intune/Detect-HybridJoin.ps1. The counts per step, the top codes and what could not be read; --format html, csv or json adds one line per device.</source>
        <translation>Judge many devices at once: a folder (searched with its subfolders) of captures, capture folders and saved dsregcmd outputs, or an Intune Remediations export (CSV) of docs/intune/Detect-HybridJoin.ps1. The counts per step, the top codes and what could not be read; --format html, csv or json adds one line per device.</translation>
    </message>
    <message>
        <source>Inputs judged: %1 in %2 s (%3 per second). Devices: %4; inputs not judged: %5.</source>
        <translation>Inputs judged: %1 in %2 s (%3 per second). Devices: %4; inputs not judged: %5.</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>A CSV file, but not an Intune export with a device name and a detection output column.</source>
        <translation>A CSV file, but not an Intune export with a device name and a detection output column.</translation>
    </message>
    <message>
        <source>The input could not be read.</source>
        <translation>The input could not be read.</translation>
    </message>
    <message>
        <source>Older data of %1; the newer data in %2 is shown.</source>
        <translation>Older data of %1; the newer data in %2 is shown.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>Join type</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>First failing step</source>
        <translation>First failing step</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Time of the data (UTC)</source>
        <translation>Time of the data (UTC)</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>the file&apos;s time; the data has none</source>
        <translation>the file&apos;s time; the data has none</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Not judged</translation>
    </message>
    <message>
        <source>Devices per step: failed, warning, OK and unknown</source>
        <translation>Devices per step: failed, warning, OK and unknown</translation>
    </message>
    <message>
        <source>Step %1: %2 %3</source>
        <translation>Step %1: %2 %3</translation>
    </message>
    <message>
        <source>JoinDoctor fleet report</source>
        <translation>JoinDoctor fleet report</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Read from</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Inputs read</source>
        <translation>Inputs read</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Hidden: devices and files are numbered.</source>
        <translation>Hidden: devices and files are numbered.</translation>
    </message>
    <message>
        <source>Devices per step</source>
        <translation>Devices per step</translation>
    </message>
    <message>
        <source>Top codes</source>
        <translation>Top codes</translation>
    </message>
    <message>
        <source>No step failed or warned on any device.</source>
        <translation>No step failed or warned on any device.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>First thing to do</source>
        <translation>First thing to do</translation>
    </message>
    <message>
        <source>Show these devices</source>
        <translation>Show these devices</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>device, code, step, file...</source>
        <translation>device, code, step, file...</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Steps 1-6</source>
        <translation>Steps 1-6</translation>
    </message>
    <message>
        <source>Time of the data</source>
        <translation>Time of the data</translation>
    </message>
    <message>
        <source>The data does not say when it was taken; the file&apos;s time is shown.</source>
        <translation>The data does not say when it was taken; the file&apos;s time is shown.</translation>
    </message>
    <message>
        <source>Inputs not judged (%1)</source>
        <translation>Inputs not judged (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>Read from: %1</translation>
    </message>
    <message>
        <source>Devices: %1 (inputs read: %2, not judged: %3)</source>
        <translation>Devices: %1 (inputs read: %2, not judged: %3)</translation>
    </message>
    <message>
        <source>Inputs not judged (%1):</source>
        <translation>Inputs not judged (%1):</translation>
    </message>
    <message>
        <source>… and %1 more: --format html, csv or json lists them all.</source>
        <translation>… and %1 more: --format html, csv or json lists them all.</translation>
    </message>
    <message>
        <source>The detection script could not judge the device: %1</source>
        <translation>The detection script could not judge the device: %1</translation>
    </message>
    <message>
        <source>The detection output has no verdict.</source>
        <translation>The detection output has no verdict.</translation>
    </message>
    <message>
        <source>No detection output: the script has not run on the device yet.</source>
        <translation>No detection output: the script has not run on the device yet.</translation>
    </message>
    <message>
        <source>The detection output is not JoinDoctor&apos;s: &quot;%1&quot;.</source>
        <translation>The detection output is not JoinDoctor&apos;s: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The record names no device.</source>
        <translation>The record names no device.</translation>
    </message>
    <message>
        <source>The Intune export holds no devices.</source>
        <translation>The Intune export holds no devices.</translation>
    </message>
    <message>
        <source>JoinDoctor %1 - Microsoft Entra hybrid join (hybrid Azure AD join) on many devices</source>
        <translation>JoinDoctor %1 - Microsoft Entra hybrid join (hybrid Azure AD join) on many devices</translation>
    </message>
    <message>
        <source>Devices shown: %1 of %2</source>
        <translation>Devices shown: %1 of %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>JoinDoctor report</source>
        <translation>JoinDoctor report</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Device:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Analysed:</source>
        <translation>Analysed:</translation>
    </message>
    <message>
        <source>Join type:</source>
        <translation>Join type:</translation>
    </message>
    <message>
        <source>PRT:</source>
        <translation>PRT:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict:</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>Error codes found in the input:</source>
        <translation>Error codes found in the input:</translation>
    </message>
    <message>
        <source>(not in JoinDoctor&apos;s catalogue)</source>
        <translation>(not in JoinDoctor&apos;s catalogue)</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Status word next to an icon: the step passed.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Status word next to an icon: the step failed.</extracomment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Not run</translation>
    </message>
    <message>
        <source>Hybrid Azure AD joined</source>
        <translation>Hybrid Azure AD joined</translation>
    </message>
    <message>
        <source>Azure AD joined (cloud only)</source>
        <translation>Azure AD joined (cloud only)</translation>
    </message>
    <message>
        <source>Domain joined only (hybrid join not completed)</source>
        <translation>Domain joined only (hybrid join not completed)</translation>
    </message>
    <message>
        <source>Azure AD registered only</source>
        <translation>Azure AD registered only</translation>
    </message>
    <message>
        <source>Workgroup (not joined)</source>
        <translation>Workgroup (not joined)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>No problem found</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problem found</translation>
    </message>
    <message>
        <source>Not enough information</source>
        <translation>Not enough information</translation>
    </message>
    <message>
        <source>The registration stops at step %1, %2 (code %4): %3</source>
        <translation>The registration stops at step %1, %2 (code %4): %3</translation>
    </message>
    <message>
        <source>The device is Azure AD joined and the user has a PRT.</source>
        <translation>The device is Azure AD joined and the user has a PRT.</translation>
    </message>
    <message>
        <source>The device is hybrid joined and the user has a PRT.</source>
        <translation>The device is hybrid joined and the user has a PRT.</translation>
    </message>
    <message>
        <source>No step failed, but some could not be judged from this input.</source>
        <translation>No step failed, but some could not be judged from this input.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Fix:</translation>
    </message>
    <message>
        <source>This is part of an output: it has no %1.</source>
        <translation>This is part of an output: it has no %1.</translation>
    </message>
    <message>
        <source>Without the join flags (AzureAdJoined, DomainJoined) the kind of join is not known.</source>
        <translation>Without the join flags (AzureAdJoined, DomainJoined) the kind of join is not known.</translation>
    </message>
    <message>
        <source>What is there is enough to judge every step.</source>
        <translation>What is there is enough to judge every step.</translation>
    </message>
    <message>
        <source>Steps left open by what is missing: %1. Run dsregcmd /status and analyse the whole output to judge them.</source>
        <translation>Steps left open by what is missing: %1. Run dsregcmd /status and analyse the whole output to judge them.</translation>
    </message>
    <message>
        <source>The input holds a dsregcmd /debug trace (%1 lines); its error codes are decoded below.</source>
        <translation>The input holds a dsregcmd /debug trace (%1 lines); its error codes are decoded below.</translation>
    </message>
    <message>
        <source>Only part of an output (no %1), but enough to judge every step.</source>
        <translation>Only part of an output (no %1), but enough to judge every step.</translation>
    </message>
    <message>
        <source>Only part of an output: without %1, steps %2 cannot be judged.</source>
        <translation>Only part of an output: without %1, steps %2 cannot be judged.</translation>
    </message>
    <message>
        <source>Also found in this step:</source>
        <translation>Also found in this step:</translation>
    </message>
    <message>
        <source>taken as SYSTEM</source>
        <translation>taken as SYSTEM</translation>
    </message>
    <message>
        <source>taken as administrator (elevated)</source>
        <translation>taken as administrator (elevated)</translation>
    </message>
    <message>
        <source>taken as the signed-in user</source>
        <translation>taken as the signed-in user</translation>
    </message>
    <message>
        <source>taken by an unknown account</source>
        <translation>taken by an unknown account</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>As SYSTEM, dsregcmd does not show the user&apos;s sign-in state (PRT, single sign-on, Windows Hello), so step 6 cannot be judged from this output.</source>
        <translation>As SYSTEM, dsregcmd does not show the user&apos;s sign-in state (PRT, single sign-on, Windows Hello), so step 6 cannot be judged from this output.</translation>
    </message>
    <message>
        <source>Without elevation, the key test (KeySignTest) and the pre-join tests are not run, so their findings cannot appear.</source>
        <translation>Without elevation, the key test (KeySignTest) and the pre-join tests are not run, so their findings cannot appear.</translation>
    </message>
    <message>
        <source>The output does not say who ran dsregcmd (no User Context), so whether the sign-in state is the user&apos;s is not certain.</source>
        <translation>The output does not say who ran dsregcmd (no User Context), so whether the sign-in state is the user&apos;s is not certain.</translation>
    </message>
    <message>
        <source>In a remote session Windows Hello is never set up, and the sign-in state can differ from a sign-in at the computer itself.</source>
        <translation>In a remote session Windows Hello is never set up, and the sign-in state can differ from a sign-in at the computer itself.</translation>
    </message>
    <message>
        <source>The output does not say when it was taken (no Client Time), so its age is unknown and it is not compared with today&apos;s date.</source>
        <translation>The output does not say when it was taken (no Client Time), so its age is unknown and it is not compared with today&apos;s date.</translation>
    </message>
    <message>
        <source>The output is more than a day old: the device may have changed since. Take a new one to be sure.</source>
        <translation>The output is more than a day old: the device may have changed since. Take a new one to be sure.</translation>
    </message>
    <message>
        <source>in a remote session</source>
        <translation>in a remote session</translation>
    </message>
    <message>
        <source>at the computer (not remote)</source>
        <translation>at the computer (not remote)</translation>
    </message>
    <message>
        <source>%1 before the analysis</source>
        <translation>%1 before the analysis</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>at an unknown time</translation>
    </message>
    <message>
        <source>Output %1.</source>
        <translation>Output %1.</translation>
    </message>
    <message>
        <source>from a built-in demo</source>
        <translation>from a built-in demo</translation>
    </message>
    <message>
        <source>Run elevated, WamDefaultSet can show an error the user does not have; such an error is not judged.</source>
        <translation>Run elevated, WamDefaultSet can show an error the user does not have; such an error is not judged.</translation>
    </message>
    <message>
        <source>Hybrid join not possible here</source>
        <translation>Hybrid join not possible here</translation>
    </message>
    <message>
        <source>Hybrid join cannot happen here: the device is in a workgroup, not joined to the company&apos;s domain. If it is meant to be hybrid joined, IT joins it to the domain first.</source>
        <translation>Hybrid join cannot happen here: the device is in a workgroup, not joined to the company&apos;s domain. If it is meant to be hybrid joined, IT joins it to the domain first.</translation>
    </message>
    <message>
        <source>Hybrid join cannot happen here: the device is only registered in Azure AD (a work account was added), not joined to the company&apos;s domain. If it is meant to be hybrid joined, IT joins it to the domain first.</source>
        <translation>Hybrid join cannot happen here: the device is only registered in Azure AD (a work account was added), not joined to the company&apos;s domain. If it is meant to be hybrid joined, IT joins it to the domain first.</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Status word next to a further finding that is information, not a problem.</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>JoinDoctor %1 - Microsoft Entra hybrid join report (hybrid Azure AD join)</source>
        <translation>JoinDoctor %1 - Microsoft Entra hybrid join report (hybrid Azure AD join)</translation>
    </message>
    <message>
        <source>For the ticket</source>
        <translation>For the ticket</translation>
    </message>
    <message>
        <source>Device: %1 | Source: %2 | Analysed: %3 | JoinDoctor %4 | File made: %5</source>
        <translation>Device: %1 | Source: %2 | Analysed: %3 | JoinDoctor %4 | File made: %5</translation>
    </message>
    <message>
        <source>Codes by step:</source>
        <translation>Codes by step:</translation>
    </message>
    <message>
        <source>The pages as shown</source>
        <translation>The pages as shown</translation>
    </message>
    <message>
        <source>Capture for the technician</source>
        <translation>Capture for the technician</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>First thing to do</source>
        <translation>First thing to do</translation>
    </message>
    <message>
        <source>Everything JoinDoctor read, in one file: save it from the link and open it in JoinDoctor on any computer (--capture FILE, or choose the file on the welcome page).</source>
        <translation>Everything JoinDoctor read, in one file: save it from the link and open it in JoinDoctor on any computer (--capture FILE, or choose the file on the welcome page).</translation>
    </message>
</context>
<context>
    <name>jd::FleetView</name>
    <message>
        <source>JoinDoctor - fleet summary</source>
        <translation>JoinDoctor - fleet summary</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Save &amp;report...</source>
        <translation>Save &amp;report...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Filter: device, code, file...</source>
        <translation>Filter: device, code, file...</translation>
    </message>
    <message>
        <source>Filter the devices</source>
        <translation>Filter the devices</translation>
    </message>
    <message>
        <source>Show devices with this verdict</source>
        <translation>Show devices with this verdict</translation>
    </message>
    <message>
        <source>Double-click a device, or press Enter, to open its six steps.</source>
        <translation>Double-click a device, or press Enter, to open its six steps.</translation>
    </message>
    <message>
        <source>Devices per step</source>
        <translation>Devices per step</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Inputs not judged</source>
        <translation>Inputs not judged</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Judging the devices...</source>
        <translation>Judging the devices...</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>The devices were not all judged; nothing is shown.</source>
        <translation>The devices were not all judged; nothing is shown.</translation>
    </message>
    <message>
        <source>Inputs read: %1; not judged: %2.</source>
        <translation>Inputs read: %1; not judged: %2.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Steps 1-6</source>
        <translation>Steps 1-6</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>Join type</translation>
    </message>
    <message>
        <source>Time of the data</source>
        <translation>Time of the data</translation>
    </message>
    <message>
        <source>From an Intune export: there is no capture to open for this device.</source>
        <translation>From an Intune export: there is no capture to open for this device.</translation>
    </message>
    <message>
        <source>Double-click to open the six steps.</source>
        <translation>Double-click to open the six steps.</translation>
    </message>
    <message>
        <source>The data does not say when it was taken; the file&apos;s time is shown.</source>
        <translation>The data does not say when it was taken; the file&apos;s time is shown.</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>All verdicts</translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation>Devices (%1)</translation>
    </message>
    <message>
        <source>Not judged (%1)</source>
        <translation>Not judged (%1)</translation>
    </message>
    <message>
        <source>This device&apos;s result comes from an Intune export. To see its six steps, collect a capture on it (joindoctor --collect) and open that.</source>
        <translation>This device&apos;s result comes from an Intune export. To see its six steps, collect a capture on it (joindoctor --collect) and open that.</translation>
    </message>
    <message>
        <source>nothing has been judged yet</source>
        <translation>nothing has been judged yet</translation>
    </message>
    <message>
        <source>Save fleet report</source>
        <translation>Save fleet report</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <source>Fleet summary - devices: %1</source>
        <translation>Fleet summary - devices: %1</translation>
    </message>
</context>
<context>
    <name>jd::JoinDoctorWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>Switch language</translation>
    </message>
    <message>
        <source>A join is already being started.</source>
        <translation>A join is already being started.</translation>
    </message>
    <message>
        <source>Only for this computer, not for a saved output or a demo.</source>
        <translation>Only for this computer, not for a saved output or a demo.</translation>
    </message>
    <message>
        <source>Retry join</source>
        <translation>Retry join</translation>
    </message>
    <message>
        <source>Starting the registration...</source>
        <translation>Starting the registration...</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Save screenshot</translation>
    </message>
    <message>
        <source>The screenshot could not be saved: %1</source>
        <translation>The screenshot could not be saved: %1</translation>
    </message>
    <message>
        <source>Save all pages as images</source>
        <translation>Save all pages as images</translation>
    </message>
    <message>
        <source>The images could not be saved: %1</source>
        <translation>The images could not be saved: %1</translation>
    </message>
    <message>
        <source>Save capture</source>
        <translation>Save capture</translation>
    </message>
    <message>
        <source>JoinDoctor capture (*.jdcapture)</source>
        <translation>JoinDoctor capture (*.jdcapture)</translation>
    </message>
    <message>
        <source>The capture could not be saved: %1</source>
        <translation>The capture could not be saved: %1</translation>
    </message>
    <message>
        <source>nothing has been read yet</source>
        <translation>nothing has been read yet</translation>
    </message>
    <message>
        <source>Refresh PRT</source>
        <translation>Refresh PRT</translation>
    </message>
    <message>
        <source>Leave and re-join</source>
        <translation>Leave and re-join</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Do you want to continue?</source>
        <translation>Do you want to continue?</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Working...</translation>
    </message>
    <message>
        <source>Stopped watching. Run the checks again any time.</source>
        <translation>Stopped watching. Run the checks again any time.</translation>
    </message>
    <message>
        <source>Checking now...</source>
        <translation>Checking now...</translation>
    </message>
    <message>
        <source>Next check in %1:%2.</source>
        <translation>Next check in %1:%2.</translation>
    </message>
    <message>
        <source>Azure AD Connect has synced this computer. Lock the computer and unlock it (or sign out and in); JoinDoctor keeps checking for the PRT.</source>
        <translation>Azure AD Connect has synced this computer. Lock the computer and unlock it (or sign out and in); JoinDoctor keeps checking for the PRT.</translation>
    </message>
    <message>
        <source>Done: the PRT is there, so single sign-on works.</source>
        <translation>Done: the PRT is there, so single sign-on works.</translation>
    </message>
    <message>
        <source>Not synced after 40 minutes. Ask IT to check Azure AD Connect: is the computer&apos;s OU in the sync scope, and are there sync errors?</source>
        <translation>Not synced after 40 minutes. Ask IT to check Azure AD Connect: is the computer&apos;s OU in the sync scope, and are there sync errors?</translation>
    </message>
    <message>
        <source>The folder already has images with these names: %1. Replace them?</source>
        <translation>The folder already has images with these names: %1. Replace them?</translation>
    </message>
    <message>
        <source>JoinDoctor - Microsoft Entra hybrid join</source>
        <translation>JoinDoctor - Microsoft Entra hybrid join</translation>
    </message>
    <message>
        <source>Save for ticket</source>
        <translation>Save for ticket</translation>
    </message>
    <message>
        <source>Ticket file, HTML (*.html)</source>
        <translation>Ticket file, HTML (*.html)</translation>
    </message>
    <message>
        <source>Also save the report as a PDF beside it (%1)?</source>
        <translation>Also save the report as a PDF beside it (%1)?</translation>
    </message>
    <message>
        <source>The ticket file could not be saved: %1</source>
        <translation>The ticket file could not be saved: %1</translation>
    </message>
    <message>
        <source>Waiting for Microsoft Entra Connect: %1 Watching for %2 more minutes. With the default schedule (every 30 minutes) the sync has run by %3 at the latest.</source>
        <translation>Waiting for Microsoft Entra Connect: %1 Watching for %2 more minutes. With the default schedule (every 30 minutes) the sync has run by %3 at the latest.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>jd::RemoteJoinHelp</name>
    <message>
        <source>Call the helpdesk or a technician.</source>
        <translation>Call the helpdesk or a technician.</translation>
    </message>
    <message>
        <source>Call the helpdesk or a technician and read them this code: %1.</source>
        <translation>Call the helpdesk or a technician and read them this code: %1.</translation>
    </message>
    <message>
        <source>Commands for the helpdesk</source>
        <translation>Commands for the helpdesk</translation>
    </message>
    <message>
        <source>Copy commands</source>
        <translation>Copy commands</translation>
    </message>
    <message>
        <source>From their own desk they can start the registration on this computer with one of these commands:</source>
        <translation>From their own desk they can start the registration on this computer with one of these commands:</translation>
    </message>
</context>
<context>
    <name>jd::ScreenshotTour</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>jd::StatusView</name>
    <message>
        <source>Code for the helpdesk:</source>
        <extracomment>Caption above the large result code, e.g. &quot;S2-PROXY-AUTH&quot;.</extracomment>
        <translation>Code for the helpdesk:</translation>
    </message>
    <message>
        <source>Read this code aloud to the helpdesk.</source>
        <translation>Read this code aloud to the helpdesk.</translation>
    </message>
</context>
<context>
    <name>jd::StepOverview</name>
    <message>
        <source>All six steps</source>
        <translation>All six steps</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Shown now: </source>
        <translation>Shown now: </translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>Go to step %1</translation>
    </message>
</context>
<context>
    <name>jd::StepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>Page title, e.g. &quot;Step 2 of 6: Connection to Microsoft as SYSTEM&quot;.</extracomment>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Run the checks &amp;again</source>
        <translation>Run the checks &amp;again</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Hide &amp;details</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Show &amp;details</translation>
    </message>
    <message>
        <source>Retry join is not possible here: %1</source>
        <translation>Retry join is not possible here: %1</translation>
    </message>
    <message>
        <source>The check is running. You can go on; the result appears here.</source>
        <translation>The check is running. You can go on; the result appears here.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished.</source>
        <translation>The check was stopped before it finished.</translation>
    </message>
    <message>
        <source>Run the checks again to see the result of this step.</source>
        <translation>Run the checks again to see the result of this step.</translation>
    </message>
    <message>
        <source>The input could not be used, so this step was not checked.</source>
        <translation>The input could not be used, so this step was not checked.</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>checking...</translation>
    </message>
    <message>
        <source>Microsoft&apos;s endpoints from this computer (proxy: %1):</source>
        <translation>Microsoft&apos;s endpoints from this computer (proxy: %1):</translation>
    </message>
    <message>
        <source>none, direct</source>
        <translation>none, direct</translation>
    </message>
    <message>
        <source>Through the signed-in user&apos;s proxy (%1), as the browser goes:</source>
        <translation>Through the signed-in user&apos;s proxy (%1), as the browser goes:</translation>
    </message>
    <message>
        <source>Retry &amp;join...</source>
        <translation>Retry &amp;join...</translation>
    </message>
    <message>
        <source>Also found in this step:</source>
        <translation>Also found in this step:</translation>
    </message>
</context>
<context>
    <name>jd::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>All six steps at a glance, and what to do first.</source>
        <translation>All six steps at a glance, and what to do first.</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <source>Save &amp;report...</source>
        <translation>Save &amp;report...</translation>
    </message>
    <message>
        <source>Save &amp;screenshot...</source>
        <translation>Save &amp;screenshot...</translation>
    </message>
    <message>
        <source>Save all &amp;pages as images...</source>
        <translation>Save all &amp;pages as images...</translation>
    </message>
    <message>
        <source>Retry join</source>
        <translation>Retry join</translation>
    </message>
    <message>
        <source>Step %1: %2 changed to %3</source>
        <translation>Step %1: %2 changed to %3</translation>
    </message>
    <message>
        <source>No step has changed yet. Windows may need a few minutes, a sign-in or the next sync; run the checks again later.</source>
        <translation>No step has changed yet. Windows may need a few minutes, a sign-in or the next sync; run the checks again later.</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>What changed:</translation>
    </message>
    <message>
        <source>Running the checks again...</source>
        <translation>Running the checks again...</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <source>The input could not be used.</source>
        <translation>The input could not be used.</translation>
    </message>
    <message>
        <source>The checks are running...</source>
        <translation>The checks are running...</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>No result yet.</translation>
    </message>
    <message>
        <source>What to do first:</source>
        <translation>What to do first:</translation>
    </message>
    <message>
        <source>Cop&amp;y summary</source>
        <translation>Cop&amp;y summary</translation>
    </message>
    <message>
        <source>Save c&amp;apture...</source>
        <translation>Save c&amp;apture...</translation>
    </message>
    <message>
        <source>One file with everything JoinDoctor read, for a ticket; it opens in JoinDoctor on any computer</source>
        <translation>One file with everything JoinDoctor read, for a ticket; it opens in JoinDoctor on any computer</translation>
    </message>
    <message>
        <source>&amp;Hide names and IDs</source>
        <translation>&amp;Hide names and IDs</translation>
    </message>
    <message>
        <source>Re&amp;fresh PRT...</source>
        <translation>Re&amp;fresh PRT...</translation>
    </message>
    <message>
        <source>Lea&amp;ve and re-join...</source>
        <translation>Lea&amp;ve and re-join...</translation>
    </message>
    <message>
        <source>S&amp;top watching</source>
        <translation>S&amp;top watching</translation>
    </message>
    <message>
        <source>&amp;Wait for the sync</source>
        <translation>&amp;Wait for the sync</translation>
    </message>
    <message>
        <source>Checks again every minute for up to 40 minutes, until Azure AD Connect has synced this computer</source>
        <translation>Checks again every minute for up to 40 minutes, until Azure AD Connect has synced this computer</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <source>Open lo&amp;g folder</source>
        <translation>Open lo&amp;g folder</translation>
    </message>
    <message>
        <source>Retry &amp;join...</source>
        <translation>Retry &amp;join...</translation>
    </message>
    <message>
        <source>Refresh PRT</source>
        <translation>Refresh PRT</translation>
    </message>
    <message>
        <source>Leave and re-join</source>
        <translation>Leave and re-join</translation>
    </message>
    <message>
        <source>(exit code %1)</source>
        <translation>(exit code %1)</translation>
    </message>
    <message>
        <source>Also found in this step: %1</source>
        <translation>Also found in this step: %1</translation>
    </message>
    <message>
        <source>For screenshots and files that others will read: user names, the computer&apos;s name, tenant and device IDs, host names and IP addresses are replaced with placeholders on every page and in every file. Results and codes stay the same.</source>
        <translation>For screenshots and files that others will read: user names, the computer&apos;s name, tenant and device IDs, host names and IP addresses are replaced with placeholders on every page and in every file. Results and codes stay the same.</translation>
    </message>
    <message>
        <source>Save for tic&amp;ket...</source>
        <translation>Save for tic&amp;ket...</translation>
    </message>
    <message>
        <source>One HTML file for the ticket: the report, every page as an image and the capture, readable in any browser</source>
        <translation>One HTML file for the ticket: the report, every page as an image and the capture, readable in any browser</translation>
    </message>
</context>
<context>
    <name>jd::TicketExport</name>
    <message>
        <source>there is no result to write</source>
        <translation>there is no result to write</translation>
    </message>
</context>
<context>
    <name>jd::TicketInfoBar</name>
    <message>
        <source>Device: %1  |  Source: %2  |  %3  |  JoinDoctor %4</source>
        <extracomment>Footer on every page, for screenshots in tickets: device, source, time, version.</extracomment>
        <translation>Device: %1  |  Source: %2  |  %3  |  JoinDoctor %4</translation>
    </message>
</context>
<context>
    <name>jd::WelcomePage</name>
    <message>
        <source>Welcome to JoinDoctor</source>
        <translation>Welcome to JoinDoctor</translation>
    </message>
    <message>
        <source>Why does this computer have no single sign-on to Microsoft 365?</source>
        <translation>Why does this computer have no single sign-on to Microsoft 365?</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Which computer should be examined?</source>
        <translation>Which computer should be examined?</translation>
    </message>
    <message>
        <source>&amp;This computer</source>
        <translation>&amp;This computer</translation>
    </message>
    <message>
        <source>A saved dsregcmd /status output or capture &amp;file:</source>
        <translation>A saved dsregcmd /status output or capture &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>&amp;Paste the output of dsregcmd /status here:</source>
        <translation>&amp;Paste the output of dsregcmd /status here:</translation>
    </message>
    <message>
        <source>Paste the text from the Command Prompt here.</source>
        <translation>Paste the text from the Command Prompt here.</translation>
    </message>
    <message>
        <source>A &amp;demo example:</source>
        <translation>A &amp;demo example:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Pasted dsregcmd output</source>
        <translation>Pasted dsregcmd output</translation>
    </message>
    <message>
        <source>Demo example</source>
        <translation>Demo example</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The last input could not be used: %1</source>
        <translation>The last input could not be used: %1</translation>
    </message>
    <message>
        <source>Open dsregcmd output</source>
        <translation>Open dsregcmd output</translation>
    </message>
    <message>
        <source>To go on, choose a file (Browse...) or drop one here.</source>
        <translation>To go on, choose a file (Browse...) or drop one here.</translation>
    </message>
    <message>
        <source>To go on, paste the output of dsregcmd /status into the box.</source>
        <translation>To go on, paste the output of dsregcmd /status into the box.</translation>
    </message>
    <message>
        <source>File or folder name, or drop one here</source>
        <translation>File or folder name, or drop one here</translation>
    </message>
    <message>
        <source>F&amp;older...</source>
        <translation>F&amp;older...</translation>
    </message>
    <message>
        <source>JoinDoctor follows the six steps Windows takes to register a computer in Microsoft Entra ID (Azure AD), called Microsoft Entra hybrid join (hybrid Azure AD join), and shows, step by step, where it stops and what to do. Each result has a short code you can read aloud to the helpdesk.</source>
        <translation>JoinDoctor follows the six steps Windows takes to register a computer in Microsoft Entra ID (Azure AD), called Microsoft Entra hybrid join (hybrid Azure AD join), and shows, step by step, where it stops and what to do. Each result has a short code you can read aloud to the helpdesk.</translation>
    </message>
    <message>
        <source>&amp;Hide names and IDs</source>
        <translation>&amp;Hide names and IDs</translation>
    </message>
    <message>
        <source>For screenshots and files that others will read: user names, the computer&apos;s name, tenant and device IDs, host names and IP addresses are replaced with placeholders on every page and in every file. Results and codes stay the same.</source>
        <translation>For screenshots and files that others will read: user names, the computer&apos;s name, tenant and device IDs, host names and IP addresses are replaced with placeholders on every page and in every file. Results and codes stay the same.</translation>
    </message>
    <message>
        <source>Open a capture folder or a folder of devices</source>
        <translation>Open a capture folder or a folder of devices</translation>
    </message>
    <message>
        <source>A folder with dsregcmd /status output and registry exports (.reg) saved next to it, or a folder of many devices&apos; captures and outputs, which opens the fleet summary</source>
        <translation>A folder with dsregcmd /status output and registry exports (.reg) saved next to it, or a folder of many devices&apos; captures and outputs, which opens the fleet summary</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;JoinDoctor captures (*.jdcapture);;Intune exports (*.csv);;All files (*)</source>
        <translation>Text files (*.txt *.log);;JoinDoctor captures (*.jdcapture);;Intune exports (*.csv);;All files (*)</translation>
    </message>
</context>
</TS>
