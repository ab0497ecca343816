<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Catalogue</name>
    <message>
        <source>The PRT request failed: Windows could not reach the Azure AD authentication service, or Azure AD (or the WS-Trust service) answered HTTP 400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server error (event 1081 for Azure AD, 1088 for WS-Trust); make sure the computer account can get through the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PRT request failed with a credential or network error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server error; sign in with the current password; check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD or the WS-Trust service answered HTTP 400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server error code (events 1081 and 1088).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network problem, or Azure AD answered with an HTTP error above 400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network path to login.microsoftonline.com; the URL is in event 1022, the network sub-error in 1084.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm discovery failed: Azure AD does not know the domain of the user&apos;s UPN (for example a non-routable @contoso.local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the UPN suffix as a verified custom domain, or use Alternate Login ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s UPN is not in the name@domain form (for hybrid devices it comes from the domain controller).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the UPN in Active Directory; check it with whoami /upn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s SID was missing in the ID token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure no proxy changes the responses from Azure AD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WS-Trust answer from the federation service held no SAML token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy and the federation service; the server error is in event 1088.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The federation metadata (MEX) has no password endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the metadata exchange of the federation service, or the proxy that changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The federation metadata (MEX) has no certificate endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the metadata exchange of the federation service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WS-Trust answer contains a DTD, which Windows refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the identity provider; the URL is in event 1022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud AP negotiation failed (event 1104); during the first setup (OOBE) this is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore it when it was logged during setup; otherwise look at the events around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token broker (WAM) operation failed (event 1098).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and in; if it persists, reset the token broker cache of the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authentication failed: the device is deleted or disabled in Azure AD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the device, or register it again: dsregcmd /leave as administrator, restart, sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user does not exist in the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the UPN and that the user is synced to Azure AD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password, or a new password has not been synced to Azure AD yet (password hash sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for password hash sync (a few minutes), then lock and unlock the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant was not found: a non-routable UPN suffix (such as corp.local), or a wrong tenant in the SCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a routable UPN suffix or Alternate Login ID; correct the tenant in the SCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timed out (WinHTTP 12002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy for the computer context and the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be resolved (WinHTTP 12007).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check DNS, or set a WinHTTP proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection could be made (WinHTTP 12029).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was reset (WinHTTP 12030).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again on a stable network; check proxies and firewalls that cut connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is disabled or deleted in Azure AD although Windows still considers it registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the device in Azure AD, or register it again: dsregcmd /leave as administrator, restart, sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows could not run the device authentication test, usually because Azure AD cannot be reached in the SYSTEM context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check connectivity and the WinHTTP proxy for SYSTEM, then run dsregcmd /status again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not read the service connection point (SCP) in Active Directory, so it does not know its tenant. Together with event 220 it can also be a passing AD replication problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the SCP with Azure AD Connect (Configure device options) or the client-side SCP in the registry; if it is configured, check AD replication and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCP object or its keywords were not found in the configuration partition of the forest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the SCP with Azure AD Connect (Configure device options) in every forest that has domain-joined computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD does not know the tenant named in the SCP: the tenant ID is wrong or the tenant has no active subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct azureADId and azureADName in the SCP (or TenantId and TenantName in the client-side SCP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant ID was not found by the device registration service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tenant ID in the SCP or the client-side SCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery of the device registration service failed; the second code (sub-error) tells why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the sub-error; usually enterpriseregistration.windows.net cannot be reached as SYSTEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery of the device registration service timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure enterpriseregistration.windows.net can be reached in the SYSTEM context (WinHTTP proxy, firewall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm discovery failed, so Windows cannot tell whether the domain is managed or federated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure login.microsoftonline.com can be reached in the SYSTEM context; look up the sub-error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A communication error occurred during discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network path to enterpriseregistration.windows.net in the SYSTEM context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery was redirected to a server that is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no proxy or DNS entry redirects the Microsoft endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery response was malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no proxy changes the responses from enterpriseregistration.windows.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device registration service was unavailable (HTTP 503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; the task retries by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery response could not be read as JSON; typically a proxy answered with an HTML sign-in or block page and HTTP 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the computer account (SYSTEM) reach the endpoints through the proxy without interactive authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection could be made to the server (WinHTTP 12029).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the WinHTTP proxy (netsh winhttp show proxy) and the firewall for the SYSTEM context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the Microsoft endpoints can be reached in the SYSTEM context; often a proxy is needed but not configured for WinHTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be resolved (DNS, WinHTTP 12007).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check DNS for enterpriseregistration.windows.net and login.microsoftonline.com, or set a WinHTTP proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the answer arrived (WinHTTP 12030).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response could not be decoded or the secure connection failed (12175): a proxy or TLS inspection changed the traffic, or the clock is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt the Microsoft endpoints from TLS inspection and check the device&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic proxy detection (WPAD) found no configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish WPAD, or set the WinHTTP proxy by Group Policy or netsh winhttp set proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider of a federated domain does not support WS-Trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable WS-Trust on the federation service, or rely on the fallback to sync join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The federation service (STS) returned something that is not XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the metadata exchange (MEX) endpoint and that no proxy interferes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No username/password endpoint was found in the federation metadata (MEX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the WS-Trust endpoints on the federation service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication timed out on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure login.microsoftonline.com and the federation service can be reached as SYSTEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was aborted during authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, or from another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be validated during authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the clock and any TLS inspection; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection could be made to login.microsoftonline.com during authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network path and proxy for the SYSTEM context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD rejected the SAML token from the identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the federation settings and the server error in the authentication logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WS-Trust request returned a fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the federation service settings and its event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint of the federation service returned an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the ADAL and federation service logs for the server error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A general authentication (ADAL) failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the sub-error and the server error in the event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain controller could be contacted, typically because the device is outside the company network and the VPN was not connected at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the company network or VPN, then sign in again or trigger the join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled task Automatic-Device-Join is disabled, so Windows never writes its certificate or joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the task under Task Scheduler Library &gt; Microsoft &gt; Windows &gt; Workplace Join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration service returned DirectoryError: usually the device object does not exist in Azure AD yet because Azure AD Connect has not synced it; the server message can also name a wrong tenant or throttling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the next Azure AD Connect sync (every 30 minutes) and check that the computer&apos;s OU is in scope; then sign out and in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration service could not authenticate the device (AuthenticationError), e.g. the certificate in Azure AD does not match yet because sync has not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the next Azure AD Connect sync and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD cannot find the device object; it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the device&apos;s remaining records, then let it register again (dsregcmd /leave as administrator, restart, sign in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device registration service had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, give Microsoft the request ID and the server error code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key is missing: the TPM was cleared or the device was made from an image that was not prepared correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run dsregcmd /leave as administrator, restart and sign in; do not clear the TPM; use images prepared with sysprep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A generic TPM error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the TPM firmware; Windows 10 1809 and later fall back to software keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM is in FIPS mode, which is not supported (TPM 1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Windows (1809 and later detect this) or turn off FIPS mode in the TPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM is locked out (anti-hammering).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the lockout period has passed, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; check that no proxy changes the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is not allowed to register devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the device settings in Azure AD (who may register devices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit of devices per user has been reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove old devices or raise the limit in the Azure AD device settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restart is needed before the registration can finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the computer and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM attestation identity key (AIK) certificate is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the TPM firmware and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM attestation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s SID was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a domain account that is synced to Azure AD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>This device is Azure AD joined (cloud only) and not joined to an on-premises domain, so the hybrid join steps do not apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is only Azure AD registered (a work account was added) and not joined to a domain, so the hybrid join steps do not apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is in a workgroup: it is neither joined to a domain nor to Azure AD, so hybrid join does not apply. It must first be joined to the on-premises domain if it is meant to be hybrid joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is hybrid Azure AD joined: joined to the on-premises domain and registered in Azure AD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is joined to the on-premises domain but not (yet) to Azure AD: the hybrid join has not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join state cannot be told from the input (the Device State section is missing or incomplete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last registration attempt (%1) failed in the &quot;%2&quot; phase with error %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid joined, the user has a PRT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCP is missing in Active Directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser uses a proxy; SYSTEM has none and cannot get out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD Connect has not synced the computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is ready; the device has not completed the registration (&quot;Pending&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid joined, but Azure AD refused the PRT (new password not synced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working from home: no domain controller at sign-in, the VPN came up later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dsregcmd /status fields were found in the input. Run dsregcmd /status and save or paste its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB; a dsregcmd /status output is much smaller. Save only the output of dsregcmd /status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device knows its Azure AD tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is registered in Azure AD, so tenant discovery worked; the tenant is shown in the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service connection point (SCP) was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; own AD Configuration Test passed: the device can read which tenant it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device cannot find its tenant: the service connection point (SCP) is missing or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the SCP in Active Directory (or the client-side SCP in the registry) the device does not know which Azure AD tenant to register in, so the registration stops at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT to configure the SCP with Azure AD Connect (Configure device options), or deploy TenantId and TenantName under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD by Group Policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the SCP is configured, check AD replication to the domain controller this device uses, then sign out and in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant named in the service connection point does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD did not recognise the tenant ID or name that the SCP gives the device, so it cannot register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT to correct azureADId and azureADName in the SCP (or TenantId and TenantName in the client-side SCP) to the tenant&apos;s ID and a verified domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCP in Active Directory could not be checked: no domain controller was reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCP is read from a domain controller. Until one can be reached (see step 3), it is not known whether the SCP is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the company network or VPN and run the analysis again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant discovery was not tested in this output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dsregcmd only runs its AD Configuration Test from an elevated prompt on a device that is not yet joined, and this output has no result for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run dsregcmd /status in a Command Prompt started with &quot;Run as administrator&quot; and analyse that output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not relevant for this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant discovery through the SCP is only used by hybrid join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt got past discovery, so the device found its tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure enterpriseregistration.windows.net, login.microsoftonline.com and device.login.microsoftonline.com can be reached from the computer account (SYSTEM), not only from the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device reaches Microsoft&apos;s services as SYSTEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; own tests of the device registration service passed, or the device completed its registration, which needs this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device cannot reach the device registration service as SYSTEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration runs as SYSTEM and uses the WinHTTP proxy settings, not the user&apos;s. Windows could not reach enterpriseregistration.windows.net that way, so it cannot register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the network needs a proxy, set it for WinHTTP: by Group Policy, WPAD, or netsh winhttp set proxy proxy-server=&quot;&lt;proxy&gt;:&lt;port&gt;&quot; bypass-list=&quot;&lt;local&gt;&quot; as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser uses a proxy, but SYSTEM goes direct and cannot get out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s proxy settings point to a proxy server or script, while the WinHTTP settings that SYSTEM uses say &quot;direct&quot;. The registration&apos;s network requests timed out or could not connect: it works in the browser, but not for the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the WinHTTP proxy by Group Policy or WPAD, or run netsh winhttp import proxy source=ie (or netsh winhttp set proxy) as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy that requires authentication must accept the computer account, or let these endpoints through without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or firewall changes the answers from Microsoft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows got an answer it could not read: typically a proxy&apos;s sign-in or block page instead of the service&apos;s data, or TLS inspection of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the computer account through the proxy without interactive sign-in, and exempt the Microsoft endpoints (above all device.login.microsoftonline.com) from TLS inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device registration service was found but cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery worked, but Windows&apos; DRS Connectivity Test failed: the registration endpoint is blocked for SYSTEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not ask Azure AD how the domain signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm discovery at login.microsoftonline.com failed, so Windows cannot tell whether the domain is managed or federated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not authenticate to Azure AD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a token for the registration failed: for a federated domain the federation service (AD FS) refused or could not be reached; otherwise login.microsoftonline.com could not be reached as SYSTEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the error code below; for AD FS check WS-Trust (windowstransport) and the device registration claim rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft&apos;s registration service was busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered that it was unavailable (HTTP 503). This is usually temporary; Windows tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait an hour, sign out and in, and run the analysis again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows could not test the device&apos;s connection to Azure AD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeviceAuthStatus says the test failed with an error, which usually means Azure AD could not be reached in the SYSTEM context when dsregcmd ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection as SYSTEM was not tested in this output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dsregcmd only runs its DRS Discovery and DRS Connectivity tests from an elevated prompt on a device that is not yet joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYSTEM-context registration is only used by hybrid join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt reached the join phase, so discovery and authentication as SYSTEM worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate reached Active Directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is hybrid joined, which is only possible after its certificate was written to the computer object and synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain controller could be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows must reach a domain controller to write its certificate to the computer object. Outside the office this usually means that the VPN was not connected when the user signed in, so the registration stopped before it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the company network or the VPN, then lock and unlock, or sign out and in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled task that registers the device is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task Automatic-Device-Join writes the certificate and performs the registration. It is disabled, so nothing happens (error 0x80041326).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT to enable the task under Task Scheduler Library &gt; Microsoft &gt; Windows &gt; Workplace Join, and check which policy disabled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then sign out and in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain controller is reachable; the certificate itself cannot be seen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dsregcmd shows that Active Directory can be reached, but not whether the self-signed certificate was written to the computer object&apos;s userCertificate attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain controller access was not tested in this output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dsregcmd only runs its AD Connectivity Test from an elevated prompt on a device that is not yet joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate on a computer object in Active Directory is only used by hybrid join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device exists in Azure AD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is hybrid joined, so Azure AD Connect has synced its computer object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is not in Azure AD yet: Azure AD Connect has not synced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration service could not find the device object (DirectoryError). Azure AD Connect syncs every 30 minutes by default, and only computer objects in the synced OUs that have a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the device was joined less than an hour ago: wait for the next sync, then sign out and in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise ask IT to check that the computer&apos;s OU is in the Azure AD Connect sync scope and that the computer object has a userCertificate value; a sync can be started with Start-ADSyncSyncCycle -PolicyType Delta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD does not have the device&apos;s current certificate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration service could not verify the device (AuthenticationError): the certificate in Azure AD does not match the device&apos;s, usually because the latest sync has not happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the next Azure AD Connect sync (30 minutes), then sign out and in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD asked the device to wait before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was throttled for a while; this is temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at least five minutes, then sign out and in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device may have left the sync scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD says the device is disabled or deleted. For a hybrid device this often happens when its computer object was moved to an OU that Azure AD Connect does not sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT to check that the computer&apos;s OU is in the Azure AD Connect sync scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Azure AD Connect has synced the device cannot be seen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is not joined yet, and nothing in this output shows whether its computer object has reached Azure AD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT can look the device up in the Azure portal (Devices): listed as &quot;Pending&quot; means it was synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD Connect only syncs devices that are joined to the on-premises domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That attempt was %1 minutes before this output was taken; Azure AD Connect syncs every 30 minutes by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration is complete; the device is not pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device finished its part of the registration, so Azure AD no longer shows it as &quot;Pending&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration is waiting for the device to complete it (&quot;Pending&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and in again (on VPN: connect it first), wait a few minutes and run the analysis again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not complete the registration because of its security chip (TPM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating or using the device key in the TPM failed, so the registration stays &quot;Pending&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the error code below. Do not clear the TPM; update its firmware. After a lockout, wait and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the key is gone (NTE_BAD_KEYSET), IT runs dsregcmd /leave as administrator, restarts, and the user signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device tried to complete the registration and failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt reached the final (join) phase and was refused, so the registration stays &quot;Pending&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the error code below and fix its cause, then sign out and in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Azure AD holds the device as &quot;Pending&quot; cannot be seen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is not joined yet; &quot;Pending&quot; is only visible in the Azure portal, and an earlier step may still be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the earlier steps first; IT can see the state in the Azure portal under Devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;Pending&quot; state only exists for hybrid joined devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the computer (Windows key + L) and unlock it, wait a minute, and run the analysis again; signing out and in also works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has a Primary Refresh Token (PRT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single sign-on to Microsoft 365 and device-based Conditional Access can work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has no Primary Refresh Token (PRT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If that does not help, IT can look in Event Viewer under Applications and Services Logs &gt; Microsoft &gt; Windows &gt; AAD &gt; Operational.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PRT could not be fetched: Azure AD could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt to get a PRT failed with a network error: login.microsoftonline.com did not answer, or a proxy stopped the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and the proxy for the computer context (WinHTTP), then lock and unlock the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PRT was refused: Azure AD did not accept the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typically the password was changed recently and the new one has not been synced to Azure AD yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes for password sync, then lock and unlock the computer with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PRT was refused: Azure AD does not recognise the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name (UPN) is unknown to Azure AD, malformed, or uses a domain Azure AD does not know (such as corp.local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT checks the user&apos;s UPN (whoami /upn) and that the user is synced; a non-routable UPN suffix needs a verified domain or Alternate Login ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PRT failed at the federation service (AD FS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WS-Trust answer from the federation service was empty or unusable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT checks the federation service&apos;s WS-Trust endpoints and that no proxy changes its answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is disabled or deleted in Azure AD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows still considers the device registered, but Azure AD refuses it, so no user gets a PRT on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT enables the device in Azure AD if it was disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it was deleted: run dsregcmd /leave as administrator, restart, sign in, and let the registration run again (after the next sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt to get a PRT failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows recorded a failed PRT attempt; the error code and the server&apos;s answer below tell why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the error code below, fix its cause, then lock and unlock the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has a PRT, but renewing it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed attempt newer than the last success is recorded. The PRT still works until it expires; then single sign-on stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the error code below, then lock and unlock the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PRT has not been renewed for more than 4 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows normally renews the PRT every 4 hours; an older one points to a renewal problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s keys are marked for recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AadRecoveryEnabled is YES: the device keys cannot be used and the device registers again at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and in again, then run the analysis again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is both hybrid joined and registered (dual state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work account was also added to the same tenant, which can confuse single sign-on and Conditional Access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the work account under Settings &gt; Accounts &gt; Access work or school; IT can block it with BlockAADWorkplaceJoin=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PRT: the device is not hybrid joined yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user only gets a PRT on a device that has completed the registration; the earlier steps show where it stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the first step that failed, then sign out and in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s PRT cannot be seen in this output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSO State section is missing, or dsregcmd ran as SYSTEM or as another user, where the signed-in user&apos;s PRT is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run dsregcmd /status as the signed-in user, in a normal Command Prompt (not &quot;Run as administrator&quot;), and analyse that output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device that is not joined to Azure AD gives no PRT at Windows sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last failed PRT attempt: status %1, server error %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device finds out which Azure AD tenant it belongs to, from the service connection point (SCP) in the registry or in Active Directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to Microsoft as SYSTEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device contacts Microsoft&apos;s registration and sign-in services in the SYSTEM context, through the proxy that SYSTEM uses (WinHTTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate on the computer object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows creates a self-signed certificate and writes it to the computer object in Active Directory; this needs a domain controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync by Azure AD Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD Connect copies the computer object with its certificate to Azure AD, every 30 minutes by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD shows the device as &quot;Pending&quot; until the device itself completes the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in and Primary Refresh Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the next sign-in the registration completes and the user gets a Primary Refresh Token (PRT), which single sign-on needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not text (binary data); expected the output of dsregcmd /status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is fixed, sign out and in again and run the analysis again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On VPN the join can be started by hand: IT runs the scheduled task Automatic-Device-Join (Task Scheduler Library &gt; Microsoft &gt; Windows &gt; Workplace Join).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT can look at the userCertificate attribute of the computer object (Active Directory Users and Computers, Attribute Editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed attempt is recorded, but the device is not joined yet. It completes the registration at the next sign-in (or within the hour), after Azure AD Connect has synced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it stays like this after a sync and a new sign-in, have IT run the scheduled task Automatic-Device-Join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in user has no PRT, so single sign-on fails and device-based Conditional Access can block access. No failed attempt is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no demo called &quot;%1&quot;; see --list-demos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use da or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text, json or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOINDOCTOR RESULT CODES (the code the user reads aloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINDOWS AND AZURE AD ERROR CODES JOINDOCTOR DECODES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>JoinDoctor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoinDoctor %1 - hybrid Azure AD join report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error codes found in the input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in JoinDoctor&apos;s catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Status word next to an icon: the step passed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Status word next to an icon: the step failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid Azure AD joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD joined (cloud only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain joined only (hybrid join not completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD registered only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workgroup (not joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration stops at step %1, %2: %3 (code %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid join does not apply to this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is Azure AD joined and the user has a PRT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is hybrid joined and the user has a PRT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step failed, but some could not be judged from this input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
