<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Catalogue</name>
    <message>
        <source>The PRT request failed: Windows could not reach the Azure AD authentication service, or Azure AD (or the WS-Trust service) answered HTTP 400.</source>
        <translation>Anmodningen om PRT mislykkedes: Windows kunne ikke nå godkendelsestjenesten i Azure AD, eller Azure AD (eller WS-Trust-tjenesten) svarede HTTP 400.</translation>
    </message>
    <message>
        <source>Read the server error (event 1081 for Azure AD, 1088 for WS-Trust); make sure the computer account can get through the proxy.</source>
        <translation>Læs serverfejlen (hændelse 1081 for Azure AD, 1088 for WS-Trust), og sørg for, at computerkontoen kan komme igennem proxyserveren.</translation>
    </message>
    <message>
        <source>The PRT request failed with a credential or network error.</source>
        <translation>Anmodningen om PRT mislykkedes med en fejl i legitimationsoplysningerne eller netværket.</translation>
    </message>
    <message>
        <source>Read the server error; sign in with the current password; check the network.</source>
        <translation>Læs serverfejlen, log på med den aktuelle adgangskode, og kontrollér netværket.</translation>
    </message>
    <message>
        <source>Azure AD or the WS-Trust service answered HTTP 400.</source>
        <translation>Azure AD eller WS-Trust-tjenesten svarede HTTP 400.</translation>
    </message>
    <message>
        <source>Read the server error code (events 1081 and 1088).</source>
        <translation>Læs serverfejlkoden (hændelse 1081 og 1088).</translation>
    </message>
    <message>
        <source>A network problem, or Azure AD answered with an HTTP error above 400.</source>
        <translation>Et netværksproblem, eller Azure AD svarede med en HTTP-fejl over 400.</translation>
    </message>
    <message>
        <source>Check the network path to login.microsoftonline.com; the URL is in event 1022, the network sub-error in 1084.</source>
        <translation>Kontrollér netværksforbindelsen til login.microsoftonline.com. Adressen står i hændelse 1022 og netværksfejlen i 1084.</translation>
    </message>
    <message>
        <source>Realm discovery failed: Azure AD does not know the domain of the user&apos;s UPN (for example a non-routable @contoso.local).</source>
        <translation>Realm-opslaget mislykkedes: Azure AD kender ikke domænet i brugerens UPN (for eksempel et ikke-routbart @contoso.local).</translation>
    </message>
    <message>
        <source>Add the UPN suffix as a verified custom domain, or use Alternate Login ID.</source>
        <translation>Tilføj UPN-suffikset som et bekræftet brugerdefineret domæne, eller brug alternativt logon-id (Alternate Login ID).</translation>
    </message>
    <message>
        <source>The user&apos;s UPN is not in the name@domain form (for hybrid devices it comes from the domain controller).</source>
        <translation>Brugerens UPN har ikke formen navn@domæne (på hybridenheder kommer det fra domænecontrolleren).</translation>
    </message>
    <message>
        <source>Correct the UPN in Active Directory; check it with whoami /upn.</source>
        <translation>Ret UPN&apos;et i Active Directory, og kontrollér det med whoami /upn.</translation>
    </message>
    <message>
        <source>The user&apos;s SID was missing in the ID token.</source>
        <translation>Brugerens SID manglede i id-tokenet.</translation>
    </message>
    <message>
        <source>Make sure no proxy changes the responses from Azure AD.</source>
        <translation>Sørg for, at ingen proxyserver ændrer svarene fra Azure AD.</translation>
    </message>
    <message>
        <source>The WS-Trust answer from the federation service held no SAML token.</source>
        <translation>WS-Trust-svaret fra federeringstjenesten indeholdt intet SAML-token.</translation>
    </message>
    <message>
        <source>Check the proxy and the federation service; the server error is in event 1088.</source>
        <translation>Kontrollér proxyserveren og federeringstjenesten. Serverfejlen står i hændelse 1088.</translation>
    </message>
    <message>
        <source>The federation metadata (MEX) has no password endpoints.</source>
        <translation>Federeringens metadata (MEX) har ingen slutpunkter til adgangskode.</translation>
    </message>
    <message>
        <source>Fix the metadata exchange of the federation service, or the proxy that changes it.</source>
        <translation>Ret metadataudvekslingen i federeringstjenesten, eller den proxyserver der ændrer den.</translation>
    </message>
    <message>
        <source>The federation metadata (MEX) has no certificate endpoints.</source>
        <translation>Federeringens metadata (MEX) har ingen slutpunkter til certifikater.</translation>
    </message>
    <message>
        <source>Fix the metadata exchange of the federation service.</source>
        <translation>Ret metadataudvekslingen i federeringstjenesten.</translation>
    </message>
    <message>
        <source>The WS-Trust answer contains a DTD, which Windows refuses.</source>
        <translation>WS-Trust-svaret indeholder en DTD, som Windows afviser.</translation>
    </message>
    <message>
        <source>Fix the identity provider; the URL is in event 1022.</source>
        <translation>Ret identitetsudbyderen. Adressen står i hændelse 1022.</translation>
    </message>
    <message>
        <source>Cloud AP negotiation failed (event 1104); during the first setup (OOBE) this is expected.</source>
        <translation>Cloud AP-forhandlingen mislykkedes (hændelse 1104). Under den første opsætning (OOBE) er det forventet.</translation>
    </message>
    <message>
        <source>Ignore it when it was logged during setup; otherwise look at the events around it.</source>
        <translation>Se bort fra den, hvis den blev logget under opsætningen. Ellers skal du se på hændelserne omkring den.</translation>
    </message>
    <message>
        <source>A token broker (WAM) operation failed (event 1098).</source>
        <translation>En handling i tokenmægleren (WAM) mislykkedes (hændelse 1098).</translation>
    </message>
    <message>
        <source>Sign out and in; if it persists, reset the token broker cache of the user.</source>
        <translation>Log af og på igen. Hvis fejlen bliver ved, skal brugerens cache i tokenmægleren nulstilles.</translation>
    </message>
    <message>
        <source>Device authentication failed: the device is deleted or disabled in Azure AD.</source>
        <translation>Enhedsgodkendelsen mislykkedes: enheden er slettet eller deaktiveret i Azure AD.</translation>
    </message>
    <message>
        <source>Enable the device, or register it again: dsregcmd /leave as administrator, restart, sign in.</source>
        <translation>Aktivér enheden, eller registrér den igen: dsregcmd /leave som administrator, genstart, log på.</translation>
    </message>
    <message>
        <source>The user does not exist in the tenant.</source>
        <translation>Brugeren findes ikke i lejeren.</translation>
    </message>
    <message>
        <source>Check the UPN and that the user is synced to Azure AD.</source>
        <translation>Kontrollér UPN&apos;et, og at brugeren er synkroniseret til Azure AD.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or a new password has not been synced to Azure AD yet (password hash sync).</source>
        <translation>Forkert brugernavn eller adgangskode, eller en ny adgangskode er endnu ikke synkroniseret til Azure AD (synkronisering af adgangskodehash).</translation>
    </message>
    <message>
        <source>Wait for password hash sync (a few minutes), then lock and unlock the computer.</source>
        <translation>Vent på synkroniseringen af adgangskoden (et par minutter), og lås derefter computeren og lås den op.</translation>
    </message>
    <message>
        <source>Use a routable UPN suffix or Alternate Login ID; correct the tenant in the SCP.</source>
        <translation>Brug et routbart UPN-suffiks eller alternativt logon-id, og ret lejeren i SCP&apos;et.</translation>
    </message>
    <message>
        <source>The request timed out (WinHTTP 12002).</source>
        <translation>Anmodningen fik timeout (WinHTTP 12002).</translation>
    </message>
    <message>
        <source>Check the proxy for the computer context and the firewall.</source>
        <translation>Kontrollér proxyserveren for computerkonteksten og firewallen.</translation>
    </message>
    <message>
        <source>The server name could not be resolved (WinHTTP 12007).</source>
        <translation>Servernavnet kunne ikke slås op (WinHTTP 12007).</translation>
    </message>
    <message>
        <source>Check DNS, or set a WinHTTP proxy.</source>
        <translation>Kontrollér DNS, eller angiv en WinHTTP-proxy.</translation>
    </message>
    <message>
        <source>No connection could be made (WinHTTP 12029).</source>
        <translation>Der kunne ikke oprettes forbindelse (WinHTTP 12029).</translation>
    </message>
    <message>
        <source>The connection was reset (WinHTTP 12030).</source>
        <translation>Forbindelsen blev nulstillet (WinHTTP 12030).</translation>
    </message>
    <message>
        <source>Try again on a stable network; check proxies and firewalls that cut connections.</source>
        <translation>Prøv igen på et stabilt netværk, og kontrollér proxyservere og firewalls, der afbryder forbindelser.</translation>
    </message>
    <message>
        <source>The device is disabled or deleted in Azure AD although Windows still considers it registered.</source>
        <translation>Enheden er deaktiveret eller slettet i Azure AD, selv om Windows stadig betragter den som registreret.</translation>
    </message>
    <message>
        <source>Enable the device in Azure AD, or register it again: dsregcmd /leave as administrator, restart, sign in.</source>
        <translation>Aktivér enheden i Azure AD, eller registrér den igen: dsregcmd /leave som administrator, genstart, log på.</translation>
    </message>
    <message>
        <source>Windows could not run the device authentication test, usually because Azure AD cannot be reached in the SYSTEM context.</source>
        <translation>Windows kunne ikke køre testen af enhedsgodkendelsen, som regel fordi Azure AD ikke kan nås i SYSTEM-konteksten.</translation>
    </message>
    <message>
        <source>Check connectivity and the WinHTTP proxy for SYSTEM, then run dsregcmd /status again.</source>
        <translation>Kontrollér forbindelsen og WinHTTP-proxyen for SYSTEM, og kør derefter dsregcmd /status igen.</translation>
    </message>
    <message>
        <source>The device could not read the service connection point (SCP) in Active Directory, so it does not know its tenant. Together with event 220 it can also be a passing AD replication problem.</source>
        <translation>Enheden kunne ikke læse tjenesteforbindelsespunktet (SCP) i Active Directory, så den ved ikke, hvilken lejer den hører til. Sammen med hændelse 220 kan det også være et forbigående replikeringsproblem i AD.</translation>
    </message>
    <message>
        <source>Configure the SCP with Azure AD Connect (Configure device options) or the client-side SCP in the registry; if it is configured, check AD replication and try again.</source>
        <translation>Konfigurer SCP&apos;et med Azure AD Connect (Konfigurer enhedsindstillinger) eller SCP&apos;et på klientsiden i registreringsdatabasen. Hvis det er konfigureret, skal du kontrollere AD-replikeringen og prøve igen.</translation>
    </message>
    <message>
        <source>The SCP object or its keywords were not found in the configuration partition of the forest.</source>
        <translation>SCP-objektet eller dets nøgleord blev ikke fundet i skovens konfigurationspartition.</translation>
    </message>
    <message>
        <source>Create the SCP with Azure AD Connect (Configure device options) in every forest that has domain-joined computers.</source>
        <translation>Opret SCP&apos;et med Azure AD Connect (Konfigurer enhedsindstillinger) i hver skov, der har domænetilsluttede computere.</translation>
    </message>
    <message>
        <source>Azure AD does not know the tenant named in the SCP: the tenant ID is wrong or the tenant has no active subscription.</source>
        <translation>Azure AD kender ikke den lejer, som SCP&apos;et angiver: lejer-id&apos;et er forkert, eller lejeren har intet aktivt abonnement.</translation>
    </message>
    <message>
        <source>Correct azureADId and azureADName in the SCP (or TenantId and TenantName in the client-side SCP).</source>
        <translation>Ret azureADId og azureADName i SCP&apos;et (eller TenantId og TenantName i SCP&apos;et på klientsiden).</translation>
    </message>
    <message>
        <source>The tenant ID was not found by the device registration service.</source>
        <translation>Lejer-id&apos;et blev ikke fundet af tjenesten til enhedsregistrering.</translation>
    </message>
    <message>
        <source>Check the tenant ID in the SCP or the client-side SCP.</source>
        <translation>Kontrollér lejer-id&apos;et i SCP&apos;et eller i SCP&apos;et på klientsiden.</translation>
    </message>
    <message>
        <source>Discovery of the device registration service failed; the second code (sub-error) tells why.</source>
        <translation>Opslaget af tjenesten til enhedsregistrering mislykkedes. Den anden kode (underfejlen) fortæller hvorfor.</translation>
    </message>
    <message>
        <source>Look up the sub-error; usually enterpriseregistration.windows.net cannot be reached as SYSTEM.</source>
        <translation>Slå underfejlen op. Som regel kan enterpriseregistration.windows.net ikke nås som SYSTEM.</translation>
    </message>
    <message>
        <source>Discovery of the device registration service timed out.</source>
        <translation>Opslaget af tjenesten til enhedsregistrering fik timeout.</translation>
    </message>
    <message>
        <source>Make sure enterpriseregistration.windows.net can be reached in the SYSTEM context (WinHTTP proxy, firewall).</source>
        <translation>Sørg for, at enterpriseregistration.windows.net kan nås i SYSTEM-konteksten (WinHTTP-proxy, firewall).</translation>
    </message>
    <message>
        <source>Realm discovery failed, so Windows cannot tell whether the domain is managed or federated.</source>
        <translation>Realm-opslaget mislykkedes, så Windows kan ikke afgøre, om domænet er administreret eller federeret.</translation>
    </message>
    <message>
        <source>Make sure login.microsoftonline.com can be reached in the SYSTEM context; look up the sub-error.</source>
        <translation>Sørg for, at login.microsoftonline.com kan nås i SYSTEM-konteksten, og slå underfejlen op.</translation>
    </message>
    <message>
        <source>A communication error occurred during discovery.</source>
        <translation>Der opstod en kommunikationsfejl under opslaget.</translation>
    </message>
    <message>
        <source>Check the network path to enterpriseregistration.windows.net in the SYSTEM context.</source>
        <translation>Kontrollér netværksforbindelsen til enterpriseregistration.windows.net i SYSTEM-konteksten.</translation>
    </message>
    <message>
        <source>Discovery was redirected to a server that is not trusted.</source>
        <translation>Opslaget blev omdirigeret til en server, der ikke er tillid til.</translation>
    </message>
    <message>
        <source>Check that no proxy or DNS entry redirects the Microsoft endpoints.</source>
        <translation>Kontrollér, at ingen proxyserver eller DNS-post omdirigerer Microsofts slutpunkter.</translation>
    </message>
    <message>
        <source>The discovery response was malformed.</source>
        <translation>Svaret på opslaget var ugyldigt.</translation>
    </message>
    <message>
        <source>Check that no proxy changes the responses from enterpriseregistration.windows.net.</source>
        <translation>Kontrollér, at ingen proxyserver ændrer svarene fra enterpriseregistration.windows.net.</translation>
    </message>
    <message>
        <source>The device registration service was unavailable (HTTP 503).</source>
        <translation>Tjenesten til enhedsregistrering var ikke tilgængelig (HTTP 503).</translation>
    </message>
    <message>
        <source>Try again later; the task retries by itself.</source>
        <translation>Prøv igen senere. Opgaven prøver selv igen.</translation>
    </message>
    <message>
        <source>The discovery response could not be read as JSON; typically a proxy answered with an HTML sign-in or block page and HTTP 200.</source>
        <translation>Svaret på opslaget kunne ikke læses som JSON. Typisk svarede en proxyserver med en HTML-side til logon eller blokering og HTTP 200.</translation>
    </message>
    <message>
        <source>Let the computer account (SYSTEM) reach the endpoints through the proxy without interactive authentication.</source>
        <translation>Lad computerkontoen (SYSTEM) nå slutpunkterne gennem proxyserveren uden interaktiv godkendelse.</translation>
    </message>
    <message>
        <source>No connection could be made to the server (WinHTTP 12029).</source>
        <translation>Der kunne ikke oprettes forbindelse til serveren (WinHTTP 12029).</translation>
    </message>
    <message>
        <source>Check the WinHTTP proxy (netsh winhttp show proxy) and the firewall for the SYSTEM context.</source>
        <translation>Kontrollér WinHTTP-proxyen (netsh winhttp show proxy) og firewallen for SYSTEM-konteksten.</translation>
    </message>
    <message>
        <source>Make sure the Microsoft endpoints can be reached in the SYSTEM context; often a proxy is needed but not configured for WinHTTP.</source>
        <translation>Sørg for, at Microsofts slutpunkter kan nås i SYSTEM-konteksten. Ofte kræves en proxyserver, som ikke er konfigureret til WinHTTP.</translation>
    </message>
    <message>
        <source>The server name could not be resolved (DNS, WinHTTP 12007).</source>
        <translation>Servernavnet kunne ikke slås op (DNS, WinHTTP 12007).</translation>
    </message>
    <message>
        <source>Check DNS for enterpriseregistration.windows.net and login.microsoftonline.com, or set a WinHTTP proxy.</source>
        <translation>Kontrollér DNS for enterpriseregistration.windows.net og login.microsoftonline.com, eller angiv en WinHTTP-proxy.</translation>
    </message>
    <message>
        <source>The connection was closed before the answer arrived (WinHTTP 12030).</source>
        <translation>Forbindelsen blev lukket, før svaret kom (WinHTTP 12030).</translation>
    </message>
    <message>
        <source>The response could not be decoded or the secure connection failed (12175): a proxy or TLS inspection changed the traffic, or the clock is wrong.</source>
        <translation>Svaret kunne ikke afkodes, eller den sikre forbindelse mislykkedes (12175): en proxyserver eller TLS-inspektion ændrede trafikken, eller uret går forkert.</translation>
    </message>
    <message>
        <source>Exempt the Microsoft endpoints from TLS inspection and check the device&apos;s clock.</source>
        <translation>Undtag Microsofts slutpunkter fra TLS-inspektion, og kontrollér enhedens ur.</translation>
    </message>
    <message>
        <source>Automatic proxy detection (WPAD) found no configuration.</source>
        <translation>Automatisk registrering af proxy (WPAD) fandt ingen konfiguration.</translation>
    </message>
    <message>
        <source>Publish WPAD, or set the WinHTTP proxy by Group Policy or netsh winhttp set proxy.</source>
        <translation>Udgiv WPAD, eller angiv WinHTTP-proxyen med gruppepolitik eller netsh winhttp set proxy.</translation>
    </message>
    <message>
        <source>The identity provider of a federated domain does not support WS-Trust.</source>
        <translation>Identitetsudbyderen for et federeret domæne understøtter ikke WS-Trust.</translation>
    </message>
    <message>
        <source>Enable WS-Trust on the federation service, or rely on the fallback to sync join.</source>
        <translation>Aktivér WS-Trust i federeringstjenesten, eller lad enheden falde tilbage til synkroniseret tilmelding (sync join).</translation>
    </message>
    <message>
        <source>The federation service (STS) returned something that is not XML.</source>
        <translation>Federeringstjenesten (STS) returnerede noget, der ikke er XML.</translation>
    </message>
    <message>
        <source>Check the metadata exchange (MEX) endpoint and that no proxy interferes.</source>
        <translation>Kontrollér slutpunktet til metadataudveksling (MEX), og at ingen proxyserver blander sig.</translation>
    </message>
    <message>
        <source>No username/password endpoint was found in the federation metadata (MEX).</source>
        <translation>Der blev ikke fundet noget slutpunkt til brugernavn og adgangskode i federeringens metadata (MEX).</translation>
    </message>
    <message>
        <source>Enable the WS-Trust endpoints on the federation service.</source>
        <translation>Aktivér WS-Trust-slutpunkterne i federeringstjenesten.</translation>
    </message>
    <message>
        <source>Authentication timed out on the network.</source>
        <translation>Godkendelsen fik timeout på netværket.</translation>
    </message>
    <message>
        <source>Make sure login.microsoftonline.com and the federation service can be reached as SYSTEM.</source>
        <translation>Sørg for, at login.microsoftonline.com og federeringstjenesten kan nås som SYSTEM.</translation>
    </message>
    <message>
        <source>The connection was aborted during authentication.</source>
        <translation>Forbindelsen blev afbrudt under godkendelsen.</translation>
    </message>
    <message>
        <source>Try again, or from another network.</source>
        <translation>Prøv igen, eller prøv fra et andet netværk.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be validated during authentication.</source>
        <translation>Serverens TLS-certifikat kunne ikke valideres under godkendelsen.</translation>
    </message>
    <message>
        <source>Check the clock and any TLS inspection; try again.</source>
        <translation>Kontrollér uret og eventuel TLS-inspektion, og prøv igen.</translation>
    </message>
    <message>
        <source>No connection could be made to login.microsoftonline.com during authentication.</source>
        <translation>Der kunne ikke oprettes forbindelse til login.microsoftonline.com under godkendelsen.</translation>
    </message>
    <message>
        <source>Check the network path and proxy for the SYSTEM context.</source>
        <translation>Kontrollér netværksforbindelsen og proxyserveren for SYSTEM-konteksten.</translation>
    </message>
    <message>
        <source>Azure AD rejected the SAML token from the identity provider.</source>
        <translation>Azure AD afviste SAML-tokenet fra identitetsudbyderen.</translation>
    </message>
    <message>
        <source>Check the federation settings and the server error in the authentication logs.</source>
        <translation>Kontrollér federeringsindstillingerne og serverfejlen i godkendelseslogfilerne.</translation>
    </message>
    <message>
        <source>The WS-Trust request returned a fault.</source>
        <translation>WS-Trust-anmodningen returnerede en fejl.</translation>
    </message>
    <message>
        <source>Check the federation service settings and its event log.</source>
        <translation>Kontrollér indstillingerne i federeringstjenesten og dens hændelseslog.</translation>
    </message>
    <message>
        <source>The token endpoint of the federation service returned an error.</source>
        <translation>Tokenslutpunktet i federeringstjenesten returnerede en fejl.</translation>
    </message>
    <message>
        <source>Read the ADAL and federation service logs for the server error.</source>
        <translation>Læs serverfejlen i logfilerne for ADAL og federeringstjenesten.</translation>
    </message>
    <message>
        <source>A general authentication (ADAL) failure.</source>
        <translation>En generel godkendelsesfejl (ADAL).</translation>
    </message>
    <message>
        <source>Look at the sub-error and the server error in the event log.</source>
        <translation>Se på underfejlen og serverfejlen i hændelsesloggen.</translation>
    </message>
    <message>
        <source>No domain controller could be contacted, typically because the device is outside the company network and the VPN was not connected at sign-in.</source>
        <translation>Der kunne ikke oprettes kontakt til nogen domænecontroller, typisk fordi enheden er uden for firmaets netværk, og VPN ikke var forbundet ved logon.</translation>
    </message>
    <message>
        <source>Connect to the company network or VPN, then sign in again or trigger the join.</source>
        <translation>Opret forbindelse til firmaets netværk eller VPN, og log derefter på igen, eller start tilmeldingen.</translation>
    </message>
    <message>
        <source>The scheduled task Automatic-Device-Join is disabled, so Windows never writes its certificate or joins.</source>
        <translation>Den planlagte opgave Automatic-Device-Join er deaktiveret, så Windows skriver aldrig sit certifikat og bliver aldrig tilmeldt.</translation>
    </message>
    <message>
        <source>Enable the task under Task Scheduler Library &gt; Microsoft &gt; Windows &gt; Workplace Join.</source>
        <translation>Aktivér opgaven under Opgavestyringsbibliotek &gt; Microsoft &gt; Windows &gt; Workplace Join.</translation>
    </message>
    <message>
        <source>The registration service returned DirectoryError: usually the device object does not exist in Azure AD yet because Azure AD Connect has not synced it; the server message can also name a wrong tenant or throttling.</source>
        <translation>Registreringstjenesten svarede DirectoryError: som regel findes enhedsobjektet endnu ikke i Azure AD, fordi Azure AD Connect ikke har synkroniseret det. Servermeddelelsen kan også nævne en forkert lejer eller begrænsning af anmodninger.</translation>
    </message>
    <message>
        <source>Wait for the next Azure AD Connect sync (every 30 minutes) and check that the computer&apos;s OU is in scope; then sign out and in.</source>
        <translation>Vent på næste synkronisering med Azure AD Connect (hvert 30. minut), og kontrollér, at computerens OU er med i synkroniseringen. Log derefter af og på.</translation>
    </message>
    <message>
        <source>The registration service could not authenticate the device (AuthenticationError), e.g. the certificate in Azure AD does not match yet because sync has not finished.</source>
        <translation>Registreringstjenesten kunne ikke godkende enheden (AuthenticationError), f.eks. fordi certifikatet i Azure AD endnu ikke passer, da synkroniseringen ikke er færdig.</translation>
    </message>
    <message>
        <source>Wait for the next Azure AD Connect sync and try again.</source>
        <translation>Vent på næste synkronisering med Azure AD Connect, og prøv igen.</translation>
    </message>
    <message>
        <source>Azure AD cannot find the device object; it was deleted.</source>
        <translation>Azure AD kan ikke finde enhedsobjektet. Det er blevet slettet.</translation>
    </message>
    <message>
        <source>Remove the device&apos;s remaining records, then let it register again (dsregcmd /leave as administrator, restart, sign in).</source>
        <translation>Fjern enhedens resterende oplysninger, og lad den derefter registrere sig igen (dsregcmd /leave som administrator, genstart, log på).</translation>
    </message>
    <message>
        <source>The device registration service had an internal error.</source>
        <translation>Tjenesten til enhedsregistrering havde en intern fejl.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, give Microsoft the request ID and the server error code.</source>
        <translation>Prøv igen senere. Hvis fejlen bliver ved, skal Microsoft have anmodnings-id&apos;et og serverfejlkoden.</translation>
    </message>
    <message>
        <source>The device key is missing: the TPM was cleared or the device was made from an image that was not prepared correctly.</source>
        <translation>Enhedsnøglen mangler: TPM&apos;en er blevet ryddet, eller enheden er lavet ud fra et image, der ikke var forberedt korrekt.</translation>
    </message>
    <message>
        <source>Run dsregcmd /leave as administrator, restart and sign in; do not clear the TPM; use images prepared with sysprep.</source>
        <translation>Kør dsregcmd /leave som administrator, genstart og log på. Ryd ikke TPM&apos;en, og brug images, der er forberedt med sysprep.</translation>
    </message>
    <message>
        <source>A generic TPM error.</source>
        <translation>En generel TPM-fejl.</translation>
    </message>
    <message>
        <source>Update the TPM firmware; Windows 10 1809 and later fall back to software keys.</source>
        <translation>Opdater TPM&apos;ens firmware. Windows 10 1809 og nyere falder tilbage til softwarenøgler.</translation>
    </message>
    <message>
        <source>The TPM is in FIPS mode, which is not supported (TPM 1.2).</source>
        <translation>TPM&apos;en er i FIPS-tilstand, som ikke understøttes (TPM 1.2).</translation>
    </message>
    <message>
        <source>Update Windows (1809 and later detect this) or turn off FIPS mode in the TPM.</source>
        <translation>Opdater Windows (1809 og nyere registrerer dette), eller slå FIPS-tilstand fra i TPM&apos;en.</translation>
    </message>
    <message>
        <source>The TPM is locked out (anti-hammering).</source>
        <translation>TPM&apos;en er låst (beskyttelse mod gentagne forsøg).</translation>
    </message>
    <message>
        <source>Wait until the lockout period has passed, then sign in again.</source>
        <translation>Vent, til låseperioden er gået, og log derefter på igen.</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be understood.</source>
        <translation>Tjenestens svar kunne ikke forstås.</translation>
    </message>
    <message>
        <source>Try again; check that no proxy changes the traffic.</source>
        <translation>Prøv igen, og kontrollér, at ingen proxyserver ændrer trafikken.</translation>
    </message>
    <message>
        <source>The user is not allowed to register devices.</source>
        <translation>Brugeren har ikke tilladelse til at registrere enheder.</translation>
    </message>
    <message>
        <source>Check the device settings in Azure AD (who may register devices).</source>
        <translation>Kontrollér enhedsindstillingerne i Azure AD (hvem der må registrere enheder).</translation>
    </message>
    <message>
        <source>The limit of devices per user has been reached.</source>
        <translation>Grænsen for antal enheder pr. bruger er nået.</translation>
    </message>
    <message>
        <source>Remove old devices or raise the limit in the Azure AD device settings.</source>
        <translation>Fjern gamle enheder, eller hæv grænsen i enhedsindstillingerne i Azure AD.</translation>
    </message>
    <message>
        <source>A restart is needed before the registration can finish.</source>
        <translation>Der kræves en genstart, før registreringen kan blive færdig.</translation>
    </message>
    <message>
        <source>Restart the computer and sign in.</source>
        <translation>Genstart computeren, og log på.</translation>
    </message>
    <message>
        <source>The TPM attestation identity key (AIK) certificate is not valid.</source>
        <translation>Certifikatet til TPM&apos;ens attesteringsnøgle (AIK) er ikke gyldigt.</translation>
    </message>
    <message>
        <source>Update the TPM firmware and try again.</source>
        <translation>Opdater TPM&apos;ens firmware, og prøv igen.</translation>
    </message>
    <message>
        <source>TPM attestation failed.</source>
        <translation>TPM-attesteringen mislykkedes.</translation>
    </message>
    <message>
        <source>The user&apos;s SID was not found.</source>
        <translation>Brugerens SID blev ikke fundet.</translation>
    </message>
    <message>
        <source>Sign in with a domain account that is synced to Azure AD.</source>
        <translation>Log på med en domænekonto, der er synkroniseret til Azure AD.</translation>
    </message>
    <message>
        <source>The account from this identity provider does not exist in the tenant (it would have to be added as an external user).</source>
        <translation>Kontoen fra denne identitetsudbyder findes ikke i lejeren (den skulle tilføjes som ekstern bruger).</translation>
    </message>
    <message>
        <source>Sign in with an account of the tenant, or invite the user as a guest.</source>
        <translation>Log på med en konto fra lejeren, eller invitér brugeren som gæst.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed sign-ins, or the sign-in came from an IP address with malicious activity.</source>
        <translation>Kontoen er låst efter for mange mislykkede logonforsøg, eller logonet kom fra en IP-adresse med ondsindet aktivitet.</translation>
    </message>
    <message>
        <source>Check the failure reason of the sign-in in the Azure AD sign-in logs; unblock the user or wait.</source>
        <translation>Se årsagen til fejlen i logonloggene i Azure AD, og fjern blokeringen af brugeren, eller vent.</translation>
    </message>
    <message>
        <source>The user&apos;s password has expired in Azure AD.</source>
        <translation>Brugerens adgangskode er udløbet i Azure AD.</translation>
    </message>
    <message>
        <source>Reset the password (self-service or by an administrator), then lock and unlock the computer.</source>
        <translation>Nulstil adgangskoden (selv eller via en administrator), og lås derefter computeren og lås den op.</translation>
    </message>
    <message>
        <source>The user account is disabled (in Active Directory, and so in Azure AD).</source>
        <translation>Brugerkontoen er deaktiveret (i Active Directory og dermed i Azure AD).</translation>
    </message>
    <message>
        <source>Enable the account in Active Directory and wait for the next Azure AD Connect sync.</source>
        <translation>Aktivér kontoen i Active Directory, og vent på næste synkronisering med Azure AD Connect.</translation>
    </message>
    <message>
        <source>Azure AD found no valid single sign-on session for the user.</source>
        <translation>Azure AD fandt ingen gyldig session til enkeltlogon for brugeren.</translation>
    </message>
    <message>
        <source>Sign in interactively; if it keeps happening on a joined device, check that the device has a PRT.</source>
        <translation>Log på interaktivt. Hvis det bliver ved med at ske på en tilmeldt enhed, skal du kontrollere, at enheden har et PRT.</translation>
    </message>
    <message>
        <source>Validation of the user name or password failed.</source>
        <translation>Valideringen af brugernavn eller adgangskode mislykkedes.</translation>
    </message>
    <message>
        <source>Sign in with the current password; with password hash sync, wait until the new password is synced.</source>
        <translation>Log på med den aktuelle adgangskode. Bruges synkronisering af adgangskodehash, skal du vente, til den nye adgangskode er synkroniseret.</translation>
    </message>
    <message>
        <source>The user must register for multifactor authentication (MFA) first.</source>
        <translation>Brugeren skal først registrere sig til multifaktorgodkendelse (MFA).</translation>
    </message>
    <message>
        <source>Let the user register security info for MFA in a browser, then lock and unlock the computer.</source>
        <translation>Lad brugeren registrere sikkerhedsoplysninger til MFA i en browser, og lås derefter computeren og lås den op.</translation>
    </message>
    <message>
        <source>Strong authentication is required, and the user did not pass the MFA challenge.</source>
        <translation>Stærk godkendelse er påkrævet, og brugeren bestod ikke MFA-udfordringen.</translation>
    </message>
    <message>
        <source>Sign in again and complete MFA; check the user&apos;s registered MFA methods.</source>
        <translation>Log på igen, og gennemfør MFA. Kontrollér brugerens registrerede MFA-metoder.</translation>
    </message>
    <message>
        <source>MFA is required (Conditional Access, per-user MFA or a new location), but the token request did not include it.</source>
        <translation>MFA er påkrævet (betinget adgang, MFA pr. bruger eller en ny placering), men tokenanmodningen indeholdt det ikke.</translation>
    </message>
    <message>
        <source>Find the policy that requires MFA in the Azure AD sign-in logs, and sign in interactively to satisfy it.</source>
        <translation>Find den politik, der kræver MFA, i logonloggene i Azure AD, og log på interaktivt for at opfylde den.</translation>
    </message>
    <message>
        <source>The user must register for MFA, or a federated user must bring the MFA claim from the federation service.</source>
        <translation>Brugeren skal registrere sig til MFA, eller en federeret bruger skal have MFA-kravet med fra federeringstjenesten.</translation>
    </message>
    <message>
        <source>Have the user register security info, or configure the federation service to issue the MFA claim.</source>
        <translation>Få brugeren til at registrere sikkerhedsoplysninger, eller konfigurér federeringstjenesten til at udstede MFA-kravet.</translation>
    </message>
    <message>
        <source>Device authentication is required, but the device did not authenticate.</source>
        <translation>Enhedsgodkendelse er påkrævet, men enheden blev ikke godkendt.</translation>
    </message>
    <message>
        <source>Check with dsregcmd /status that the device is joined (AzureAdJoined YES) and has a PRT.</source>
        <translation>Kontrollér med dsregcmd /status, at enheden er tilmeldt (AzureAdJoined YES) og har et PRT.</translation>
    </message>
    <message>
        <source>The requested federation realm object does not exist in Azure AD.</source>
        <translation>Det ønskede federeringsrealm-objekt findes ikke i Azure AD.</translation>
    </message>
    <message>
        <source>Check the federation settings of the domain in Azure AD (the issuer URI of the federation service).</source>
        <translation>Kontrollér domænets federeringsindstillinger i Azure AD (federeringstjenestens udsteder-URI).</translation>
    </message>
    <message>
        <source>No tenant could be found from the request or the credentials (invalid domain name).</source>
        <translation>Der kunne ikke findes nogen lejer ud fra anmodningen eller legitimationsoplysningerne (ugyldigt domænenavn).</translation>
    </message>
    <message>
        <source>Check the UPN suffix of the user: it must be a verified domain of the tenant.</source>
        <translation>Kontrollér brugerens UPN-suffiks: det skal være et bekræftet domæne i lejeren.</translation>
    </message>
    <message>
        <source>A Conditional Access error: for example a bad Windows device state, suspicious activity or a policy decision.</source>
        <translation>En fejl i betinget adgang: for eksempel en forkert tilstand på Windows-enheden, mistænkelig aktivitet eller en politikbeslutning.</translation>
    </message>
    <message>
        <source>Find the sign-in in the Azure AD sign-in logs and check which Conditional Access policy blocked it.</source>
        <translation>Find logonet i logonloggene i Azure AD, og se, hvilken politik for betinget adgang der blokerede det.</translation>
    </message>
    <message>
        <source>The session is no longer valid because the password expired or was changed recently.</source>
        <translation>Sessionen er ikke længere gyldig, fordi adgangskoden er udløbet eller for nylig er ændret.</translation>
    </message>
    <message>
        <source>Sign in with the current password; lock and unlock the computer to get a new PRT.</source>
        <translation>Log på med den aktuelle adgangskode, og lås computeren og lås den op for at få et nyt PRT.</translation>
    </message>
    <message>
        <source>The user&apos;s Active Directory password has expired.</source>
        <translation>Brugerens adgangskode i Active Directory er udløbet.</translation>
    </message>
    <message>
        <source>Reset the password in Active Directory or with self-service password reset, then sign in with the new one.</source>
        <translation>Nulstil adgangskoden i Active Directory eller med selvbetjent nulstilling af adgangskode, og log derefter på med den nye.</translation>
    </message>
    <message>
        <source>The user&apos;s tokens were revoked, so a fresh sign-in is needed.</source>
        <translation>Brugerens tokens blev tilbagekaldt, så der kræves et nyt logon.</translation>
    </message>
    <message>
        <source>Sign out and in again to get a new PRT.</source>
        <translation>Log af og på igen for at få et nyt PRT.</translation>
    </message>
    <message>
        <source>The service failed to perform device authentication.</source>
        <translation>Tjenesten kunne ikke udføre enhedsgodkendelse.</translation>
    </message>
    <message>
        <source>Conditional Access requires a compliant device, and this device is not compliant.</source>
        <translation>Betinget adgang kræver en kompatibel enhed, og denne enhed er ikke kompatibel.</translation>
    </message>
    <message>
        <source>Enrol the device in Intune (or the approved MDM) and fix the compliance issues shown there.</source>
        <translation>Tilmeld enheden i Intune (eller den godkendte MDM), og ret de problemer med overholdelse, der vises der.</translation>
    </message>
    <message>
        <source>Conditional Access requires a domain-joined (hybrid joined) device, and Azure AD does not see this device as one.</source>
        <translation>Betinget adgang kræver en domænetilmeldt (hybridtilmeldt) enhed, og Azure AD ser ikke denne enhed som en sådan.</translation>
    </message>
    <message>
        <source>Finish the hybrid join (dsregcmd /status must show AzureAdJoined YES and DomainJoined YES), then sign in again.</source>
        <translation>Gør hybrid Azure AD-tilmeldingen færdig (dsregcmd /status skal vise AzureAdJoined YES og DomainJoined YES), og log derefter på igen.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the token issuance.</source>
        <translation>En politik for betinget adgang blokerede udstedelsen af tokenet.</translation>
    </message>
    <message>
        <source>The pass-through authentication agent could not connect to Active Directory.</source>
        <translation>Agenten til gennemgående godkendelse kunne ikke oprette forbindelse til Active Directory.</translation>
    </message>
    <message>
        <source>Check that the agent servers are in the users&apos; forest and can reach the domain controllers.</source>
        <translation>Kontrollér, at agentserverne er i brugernes skov og kan nå domænecontrollerne.</translation>
    </message>
    <message>
        <source>Password validation by the pass-through authentication agent timed out.</source>
        <translation>Adgangskodevalideringen hos agenten til gennemgående godkendelse fik timeout.</translation>
    </message>
    <message>
        <source>Check that Active Directory is available and answers the agents in time.</source>
        <translation>Kontrollér, at Active Directory er tilgængelig og svarer agenterne i tide.</translation>
    </message>
    <message>
        <source>Azure AD could not determine the tenant from the request.</source>
        <translation>Azure AD kunne ikke afgøre lejeren ud fra anmodningen.</translation>
    </message>
    <message>
        <source>The account does not exist in the tenant it signed in to, or the ImmutableID (sourceAnchor) of a synced user differs between Active Directory and Azure AD.</source>
        <translation>Kontoen findes ikke i den lejer, der blev logget på, eller ImmutableID (sourceAnchor) for en synkroniseret bruger er forskellig i Active Directory og Azure AD.</translation>
    </message>
    <message>
        <source>Check the user&apos;s sourceAnchor (ImmutableID) in Azure AD Connect and match the accounts.</source>
        <translation>Kontrollér brugerens sourceAnchor (ImmutableID) i Azure AD Connect, og få kontiene til at passe sammen.</translation>
    </message>
    <message>
        <source>The SAML assertion from the federation service is missing or misconfigured.</source>
        <translation>SAML-assertionen fra federeringstjenesten mangler eller er forkert konfigureret.</translation>
    </message>
    <message>
        <source>Check the claim rules of the Azure AD relying party trust on the federation service.</source>
        <translation>Kontrollér kravsreglerne for Azure AD&apos;s tillid til afhængig part (relying party trust) i federeringstjenesten.</translation>
    </message>
    <message>
        <source>The user has no Windows Hello for Business (NGC) key registered in Azure AD.</source>
        <translation>Brugeren har ingen Windows Hello for Business-nøgle (NGC) registreret i Azure AD.</translation>
    </message>
    <message>
        <source>Sign in with the password and set up the PIN again.</source>
        <translation>Log på med adgangskoden, og opret pinkoden igen.</translation>
    </message>
    <message>
        <source>The signature made with the Windows Hello for Business key could not be verified.</source>
        <translation>Signaturen, der er lavet med Windows Hello for Business-nøglen, kunne ikke bekræftes.</translation>
    </message>
    <message>
        <source>The device&apos;s transport key for Windows Hello for Business is not configured in Azure AD.</source>
        <translation>Enhedens transportnøgle til Windows Hello for Business er ikke konfigureret i Azure AD.</translation>
    </message>
    <message>
        <source>Register the device again: dsregcmd /leave as administrator, restart, sign in.</source>
        <translation>Registrér enheden igen: dsregcmd /leave som administrator, genstart, log på.</translation>
    </message>
    <message>
        <source>The device that the Windows Hello for Business key belongs to is disabled in Azure AD.</source>
        <translation>Enheden, som Windows Hello for Business-nøglen hører til, er deaktiveret i Azure AD.</translation>
    </message>
    <message>
        <source>The device that the Windows Hello for Business key belongs to was not found in Azure AD.</source>
        <translation>Enheden, som Windows Hello for Business-nøglen hører til, blev ikke fundet i Azure AD.</translation>
    </message>
    <message>
        <source>The device used for the sign-in is disabled in Azure AD.</source>
        <translation>Enheden, der blev brugt ved logonet, er deaktiveret i Azure AD.</translation>
    </message>
    <message>
        <source>The application was not found in the tenant: it is not installed or consented there, or the request went to the wrong tenant.</source>
        <translation>Programmet blev ikke fundet i lejeren: det er ikke installeret der, ingen har givet samtykke til det, eller anmodningen gik til den forkerte lejer.</translation>
    </message>
    <message>
        <source>Check which tenant the request went to and that the application exists there.</source>
        <translation>Kontrollér, hvilken lejer anmodningen gik til, og at programmet findes der.</translation>
    </message>
    <message>
        <source>AD FS rejected the Enterprise PRT request: the certificate that signed it is not from a registered device with a transport key, typically because the device is not written back to Active Directory.</source>
        <translation>AD FS afviste anmodningen om Enterprise PRT: certifikatet, der signerede den, kommer ikke fra en registreret enhed med en transportnøgle, typisk fordi enheden ikke er skrevet tilbage til Active Directory.</translation>
    </message>
    <message>
        <source>Enable device writeback in Azure AD Connect and check that the device is in the RegisteredDevices container; then lock and unlock the computer.</source>
        <translation>Slå tilbageskrivning af enheder (device writeback) til i Azure AD Connect, og kontrollér, at enheden findes i containeren RegisteredDevices. Lås derefter computeren, og lås den op.</translation>
    </message>
    <message>
        <source>AD FS rejected the request because the device&apos;s transport key is invalid: it must be an RSA public key blob or a TPM storage key blob.</source>
        <translation>AD FS afviste anmodningen, fordi enhedens transportnøgle er ugyldig: den skal være en offentlig RSA-nøgle eller en TPM-lagernøgle.</translation>
    </message>
    <message>
        <source>AD FS could not validate the user&apos;s Active Directory account.</source>
        <translation>AD FS kunne ikke validere brugerens konto i Active Directory.</translation>
    </message>
    <message>
        <source>Check the account in Active Directory and that AD FS can reach the domain controllers; the AD FS Admin log has the details.</source>
        <translation>Kontrollér kontoen i Active Directory, og at AD FS kan nå domænecontrollerne. Detaljerne står i AD FS-administrationsloggen.</translation>
    </message>
    <message>
        <source>AD FS has no protocol handler on the requested path, for example because the endpoint is disabled or the URL is wrong.</source>
        <translation>AD FS har ingen protokolhandler på den ønskede sti, for eksempel fordi slutpunktet er slået fra, eller adressen er forkert.</translation>
    </message>
    <message>
        <source>Check the endpoint URL and that the endpoint is enabled on AD FS (and published on the Web Application Proxy).</source>
        <translation>Kontrollér slutpunktets adresse, og at slutpunktet er slået til i AD FS (og udgivet på Web Application Proxy).</translation>
    </message>
    <message>
        <source>AD FS hit a general error while processing the request.</source>
        <translation>AD FS stødte på en generel fejl under behandlingen af anmodningen.</translation>
    </message>
    <message>
        <source>Read the inner exception in AD FS Admin event 364 on the federation server.</source>
        <translation>Læs den indre undtagelse i AD FS-administrationshændelse 364 på federeringsserveren.</translation>
    </message>
    <message>
        <source>AD FS denied the request (Access denied).</source>
        <translation>AD FS afviste anmodningen (Access denied).</translation>
    </message>
    <message>
        <source>Check the access control policy and issuance authorization rules of the relying party trust, and AD FS Admin event 364.</source>
        <translation>Kontrollér adgangskontrolpolitikken og reglerne for udstedelsesgodkendelse for tilliden til den afhængige part samt AD FS-administrationshændelse 364.</translation>
    </message>
    <message>
        <source>The operation requires the device to be a member of an Active Directory domain, and it is not.</source>
        <translation>Handlingen kræver, at enheden er medlem af et Active Directory-domæne, og det er den ikke.</translation>
    </message>
    <message>
        <source>Join the computer to the domain, restart, and sign in with a domain account.</source>
        <translation>Meld computeren ind i domænet, genstart, og log på med en domænekonto.</translation>
    </message>
    <message>
        <source>The federation provider configuration that Windows downloaded is empty.</source>
        <translation>Konfigurationen af federeringsudbyderen, som Windows hentede, er tom.</translation>
    </message>
    <message>
        <source>Check that http://clientconfig.microsoftonline-p.net/FPURL.xml can be opened from the device and is not empty.</source>
        <translation>Kontrollér, at http://clientconfig.microsoftonline-p.net/FPURL.xml kan åbnes fra enheden og ikke er tom.</translation>
    </message>
    <message>
        <source>The federation provider configuration has no domain (FPDOMAINNAME is empty).</source>
        <translation>Konfigurationen af federeringsudbyderen har intet domæne (FPDOMAINNAME er tom).</translation>
    </message>
    <message>
        <source>Open http://clientconfig.microsoftonline-p.net/FPURL.xml from the device and check the FPDOMAINNAME element; a proxy may be changing it.</source>
        <translation>Åbn http://clientconfig.microsoftonline-p.net/FPURL.xml fra enheden, og kontrollér elementet FPDOMAINNAME. En proxyserver ændrer det måske.</translation>
    </message>
    <message>
        <source>The federation provider configuration has no client configuration URL (CLIENTCONFIG).</source>
        <translation>Konfigurationen af federeringsudbyderen har ingen adresse til klientkonfigurationen (CLIENTCONFIG).</translation>
    </message>
    <message>
        <source>Open http://clientconfig.microsoftonline-p.net/FPURL.xml from the device and check that CLIENTCONFIG holds a valid URL.</source>
        <translation>Åbn http://clientconfig.microsoftonline-p.net/FPURL.xml fra enheden, og kontrollér, at CLIENTCONFIG indeholder en gyldig adresse.</translation>
    </message>
    <message>
        <source>The federation provider&apos;s client configuration is empty.</source>
        <translation>Federeringsudbyderens klientkonfiguration er tom.</translation>
    </message>
    <message>
        <source>Check that the device can download the client configuration named in FPURL.xml and that no proxy changes it.</source>
        <translation>Kontrollér, at enheden kan hente den klientkonfiguration, der står i FPURL.xml, og at ingen proxyserver ændrer den.</translation>
    </message>
    <message>
        <source>The federation provider&apos;s client configuration names no device registration service (DRS) endpoint.</source>
        <translation>Federeringsudbyderens klientkonfiguration angiver intet slutpunkt til enhedsregistreringstjenesten (DRS).</translation>
    </message>
    <message>
        <source>The device certificate was not found on the computer.</source>
        <translation>Enhedscertifikatet blev ikke fundet på computeren.</translation>
    </message>
    <message>
        <source>The registration service&apos;s response message was not valid.</source>
        <translation>Svaret fra registreringstjenesten var ugyldigt.</translation>
    </message>
    <message>
        <source>Sign out and in again; check that no proxy changes the traffic.</source>
        <translation>Log af og på igen, og kontrollér, at ingen proxyserver ændrer trafikken.</translation>
    </message>
    <message>
        <source>The registration service did not authorize the user or the device.</source>
        <translation>Registreringstjenesten godkendte ikke brugeren eller enheden.</translation>
    </message>
    <message>
        <source>Check that the user&apos;s token is valid and that the user may register Windows Hello for Business keys.</source>
        <translation>Kontrollér, at brugerens token er gyldigt, og at brugeren må registrere nøgler til Windows Hello for Business.</translation>
    </message>
    <message>
        <source>The registration service answered with an unexpected HTTP status.</source>
        <translation>Registreringstjenesten svarede med en uventet HTTP-status.</translation>
    </message>
    <message>
        <source>The registration service had an error it could not handle.</source>
        <translation>Registreringstjenesten fik en fejl, den ikke kunne håndtere.</translation>
    </message>
    <message>
        <source>Sign out and in again later; the error is on the service side.</source>
        <translation>Log af og på igen senere. Fejlen ligger hos tjenesten.</translation>
    </message>
    <message>
        <source>The key registration request was rejected: MFA was required but not performed, the token was missing, or the request was invalid.</source>
        <translation>Anmodningen om nøgleregistrering blev afvist: MFA var påkrævet men ikke udført, tokenet manglede, eller anmodningen var ugyldig.</translation>
    </message>
    <message>
        <source>Sign out and in again; if that does not help, register the device again (dsregcmd /leave as administrator, restart, sign in).</source>
        <translation>Log af og på igen. Hjælper det ikke, skal enheden registreres igen (dsregcmd /leave som administrator, genstart, log på).</translation>
    </message>
    <message>
        <source>TPM attestation failed at the registration service.</source>
        <translation>TPM-attesteringen mislykkedes hos registreringstjenesten.</translation>
    </message>
    <message>
        <source>Sign out and in again; if it persists, update the TPM firmware.</source>
        <translation>Log af og på igen. Hvis fejlen bliver ved, skal TPM-firmwaren opdateres.</translation>
    </message>
    <message>
        <source>The TPM&apos;s attestation identity key (AIK) certificate is no longer valid.</source>
        <translation>Certifikatet til TPM&apos;ens attesteringsnøgle (AIK) er ikke længere gyldigt.</translation>
    </message>
    <message>
        <source>No Windows Hello for Business key is registered for the user.</source>
        <translation>Der er ikke registreret nogen Windows Hello for Business-nøgle for brugeren.</translation>
    </message>
    <message>
        <source>The user&apos;s token holds no UPN.</source>
        <translation>Brugerens token indeholder intet UPN.</translation>
    </message>
    <message>
        <source>Check that the user has a UPN in Active Directory and that it is synced to Azure AD.</source>
        <translation>Kontrollér, at brugeren har et UPN i Active Directory, og at det er synkroniseret til Azure AD.</translation>
    </message>
    <message>
        <source>Windows could not get a user token, or the token holds no device ID.</source>
        <translation>Windows kunne ikke få et brugertoken, eller tokenet indeholder intet enheds-id.</translation>
    </message>
    <message>
        <source>Sign out and in again and check the network and credentials; if it persists, register the device again.</source>
        <translation>Log af og på igen, og kontrollér netværket og legitimationsoplysningerne. Hvis fejlen bliver ved, skal enheden registreres igen.</translation>
    </message>
    <message>
        <source>Windows did not receive the user&apos;s credentials.</source>
        <translation>Windows modtog ikke brugerens legitimationsoplysninger.</translation>
    </message>
    <message>
        <source>Sign out and in again.</source>
        <translation>Log af og på igen.</translation>
    </message>
    <message>
        <source>Windows Hello for Business provisioning found no default Web Account Manager (WAM) account to request an Azure AD token with.</source>
        <translation>Klargøringen af Windows Hello for Business fandt ingen standardkonto i Web Account Manager (WAM) at hente et Azure AD-token med.</translation>
    </message>
    <message>
        <source>Make sure the user has a PRT (dsregcmd /status, AzureAdPrt YES): sign out and sign in with the Azure AD account.</source>
        <translation>Sørg for, at brugeren har et PRT (dsregcmd /status, AzureAdPrt YES): log af, og log på med Azure AD-kontoen.</translation>
    </message>
    <message>
        <source>The token broker needs the user&apos;s credentials to continue; it cannot get the token silently.</source>
        <translation>Tokenmægleren skal bruge brugerens legitimationsoplysninger for at fortsætte og kan ikke hente tokenet i baggrunden.</translation>
    </message>
    <message>
        <source>Sign in interactively once; if it keeps coming back, check the PRT with dsregcmd /status.</source>
        <translation>Log på interaktivt én gang. Hvis det bliver ved med at ske, skal du kontrollere PRT&apos;et med dsregcmd /status.</translation>
    </message>
    <message>
        <source>Azure AD answered that the request requires user interaction (interaction_required).</source>
        <translation>Azure AD svarede, at anmodningen kræver brugerens medvirken (interaction_required).</translation>
    </message>
    <message>
        <source>Sign in interactively; the Azure AD sign-in logs show which policy asked for it.</source>
        <translation>Log på interaktivt. Logonloggene i Azure AD viser, hvilken politik der krævede det.</translation>
    </message>
    <message>
        <source>Azure AD rejected the request as malformed (invalid_request).</source>
        <translation>Azure AD afviste anmodningen som forkert udformet (invalid_request).</translation>
    </message>
    <message>
        <source>Read the AADSTS code in the server message; check that no proxy changes the requests.</source>
        <translation>Læs AADSTS-koden i servermeddelelsen, og kontrollér, at ingen proxyserver ændrer anmodningerne.</translation>
    </message>
    <message>
        <source>Azure AD denied the request (access_denied), typically because of a Conditional Access policy.</source>
        <translation>Azure AD afviste anmodningen (access_denied), typisk på grund af en politik for betinget adgang.</translation>
    </message>
    <message>
        <source>The authorization server was temporarily unable to handle the request (overload or maintenance).</source>
        <translation>Godkendelsesserveren kunne midlertidigt ikke behandle anmodningen (overbelastning eller vedligeholdelse).</translation>
    </message>
    <message>
        <source>The server or the proxy was not found while getting a token.</source>
        <translation>Serveren eller proxyserveren blev ikke fundet under hentning af et token.</translation>
    </message>
    <message>
        <source>Check DNS and the proxy settings, and that login.microsoftonline.com can be reached.</source>
        <translation>Kontrollér DNS og proxyindstillingerne, og at login.microsoftonline.com kan nås.</translation>
    </message>
    <message>
        <source>The connection was interrupted while getting a token.</source>
        <translation>Forbindelsen blev afbrudt under hentning af et token.</translation>
    </message>
    <message>
        <source>The Internet connection timed out while getting a token.</source>
        <translation>Internetforbindelsen fik timeout under hentning af et token.</translation>
    </message>
    <message>
        <source>The server name could not be resolved during authentication.</source>
        <translation>Servernavnet kunne ikke slås op under godkendelsen.</translation>
    </message>
    <message>
        <source>Check DNS for login.microsoftonline.com and the federation service, or set a proxy.</source>
        <translation>Kontrollér DNS for login.microsoftonline.com og federeringstjenesten, eller angiv en proxyserver.</translation>
    </message>
    <message>
        <source>The connection was reset during authentication.</source>
        <translation>Forbindelsen blev nulstillet under godkendelsen.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is expired or not yet valid (during authentication).</source>
        <translation>Serverens TLS-certifikat er udløbet eller endnu ikke gyldigt (under godkendelsen).</translation>
    </message>
    <message>
        <source>Check the device&apos;s date, time and time zone; if a proxy inspects TLS, check the certificate it presents.</source>
        <translation>Kontrollér enhedens dato, klokkeslæt og tidszone. Hvis en proxyserver inspicerer TLS, skal du kontrollere det certifikat, den viser.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was issued by a certificate authority the device does not know (during authentication).</source>
        <translation>Serverens TLS-certifikat er udstedt af et nøglecenter, som enheden ikke kender (under godkendelsen).</translation>
    </message>
    <message>
        <source>Exempt the Microsoft endpoints from TLS inspection, or install the proxy&apos;s root certificate in the computer&apos;s Trusted Root Certification Authorities store.</source>
        <translation>Undtag Microsofts slutpunkter fra TLS-inspektion, eller installér proxyserverens rodcertifikat på computeren under Rodnøglecentre, der er tillid til (Trusted Root Certification Authorities).</translation>
    </message>
    <message>
        <source>The PAC file could not be downloaded during authentication.</source>
        <translation>PAC-filen kunne ikke hentes under godkendelsen.</translation>
    </message>
    <message>
        <source>Check the PAC URL and that the computer can fetch it as SYSTEM, or set the WinHTTP proxy explicitly.</source>
        <translation>Kontrollér PAC-adressen, og at computeren kan hente den som SYSTEM, eller angiv WinHTTP-proxyen direkte.</translation>
    </message>
    <message>
        <source>Automatic proxy detection found no PAC file during authentication.</source>
        <translation>Automatisk registrering af proxyserver fandt ingen PAC-fil under godkendelsen.</translation>
    </message>
    <message>
        <source>User realm discovery failed: Windows could not find out whether the user&apos;s domain is managed or federated.</source>
        <translation>Realm-opslaget for brugeren mislykkedes: Windows kunne ikke finde ud af, om brugerens domæne er administreret eller federeret.</translation>
    </message>
    <message>
        <source>Make sure login.microsoftonline.com can be reached and that the UPN suffix is a verified domain in Azure AD.</source>
        <translation>Sørg for, at login.microsoftonline.com kan nås, og at UPN-suffikset er et bekræftet domæne i Azure AD.</translation>
    </message>
    <message>
        <source>Integrated Windows authentication was attempted, but it only works for a federated domain.</source>
        <translation>Der blev forsøgt integreret Windows-godkendelse, men den virker kun for et federeret domæne.</translation>
    </message>
    <message>
        <source>Check that the user&apos;s domain is federated in Azure AD as you expect.</source>
        <translation>Kontrollér, at brugerens domæne er federeret i Azure AD, som du forventer.</translation>
    </message>
    <message>
        <source>No endpoint for integrated Windows authentication was found in the federation metadata (MEX).</source>
        <translation>Der blev ikke fundet noget slutpunkt til integreret Windows-godkendelse i federeringens metadata (MEX).</translation>
    </message>
    <message>
        <source>Enable integrated Windows authentication for WS-Trust 1.3 on AD FS (the windowstransport endpoint).</source>
        <translation>Slå integreret Windows-godkendelse til for WS-Trust 1.3 i AD FS (slutpunktet windowstransport).</translation>
    </message>
    <message>
        <source>The WS-Trust metadata exchange (MEX) request to the federation service failed.</source>
        <translation>Anmodningen om WS-Trust-metadataudveksling (MEX) til federeringstjenesten mislykkedes.</translation>
    </message>
    <message>
        <source>Make sure the MEX endpoint of the federation service can be reached in the SYSTEM context.</source>
        <translation>Sørg for, at federeringstjenestens MEX-slutpunkt kan nås i SYSTEM-konteksten.</translation>
    </message>
    <message>
        <source>The WS-Trust response from the federation service held no SAML assertion.</source>
        <translation>WS-Trust-svaret fra federeringstjenesten indeholdt ingen SAML-assertion.</translation>
    </message>
    <message>
        <source>The WS-Trust response (XML) from the federation service could not be parsed.</source>
        <translation>WS-Trust-svaret (XML) fra federeringstjenesten kunne ikke fortolkes.</translation>
    </message>
    <message>
        <source>Check that no proxy returns its own page instead of the federation service&apos;s answer.</source>
        <translation>Kontrollér, at ingen proxyserver returnerer sin egen side i stedet for federeringstjenestens svar.</translation>
    </message>
    <message>
        <source>The TPM is not set up, so the key provider cannot use it.</source>
        <translation>TPM&apos;en er ikke konfigureret, så nøgleudbyderen kan ikke bruge den.</translation>
    </message>
    <message>
        <source>As administrator, open tpm.msc and choose Prepare the TPM, then sign in again.</source>
        <translation>Åbn tpm.msc som administrator, vælg Forbered TPM (Prepare the TPM), og log derefter på igen.</translation>
    </message>
    <message>
        <source>The TPM (the device behind the key provider) is not ready for use.</source>
        <translation>TPM&apos;en (enheden bag nøgleudbyderen) er ikke klar til brug.</translation>
    </message>
    <message>
        <source>Check the TPM status in tpm.msc or with Get-Tpm; update the TPM firmware if it is not ready.</source>
        <translation>Kontrollér TPM&apos;ens status i tpm.msc eller med Get-Tpm, og opdatér TPM-firmwaren, hvis den ikke er klar.</translation>
    </message>
    <message>
        <source>The key provider had an internal error (NTE_INTERNAL_ERROR).</source>
        <translation>Nøgleudbyderen fik en intern fejl (NTE_INTERNAL_ERROR).</translation>
    </message>
    <message>
        <source>Restart and try again; Microsoft lists no other fix, so contact Microsoft Support if it persists.</source>
        <translation>Genstart, og prøv igen. Microsoft angiver ingen anden løsning, så kontakt Microsoft Support, hvis fejlen bliver ved.</translation>
    </message>
    <message>
        <source>The key provider failed with an unspecified error (NTE_FAIL).</source>
        <translation>Nøgleudbyderen fejlede med en uspecificeret fejl (NTE_FAIL).</translation>
    </message>
    <message>
        <source>The key provider received bad data (NTE_BAD_DATA).</source>
        <translation>Nøgleudbyderen modtog ugyldige data (NTE_BAD_DATA).</translation>
    </message>
    <message>
        <source>The key container or key already exists.</source>
        <translation>Nøglebeholderen eller nøglen findes allerede.</translation>
    </message>
    <message>
        <source>The key container or key was not found.</source>
        <translation>Nøglebeholderen eller nøglen blev ikke fundet.</translation>
    </message>
    <message>
        <source>Policy requires a TPM, and the device has none.</source>
        <translation>Politikken kræver en TPM, og enheden har ingen.</translation>
    </message>
    <message>
        <source>Change the Windows Hello for Business policy so it does not require a TPM, or use a device with a TPM.</source>
        <translation>Ret politikken for Windows Hello for Business, så den ikke kræver en TPM, eller brug en enhed med TPM.</translation>
    </message>
    <message>
        <source>The TPM is not activated.</source>
        <translation>TPM&apos;en er ikke aktiveret.</translation>
    </message>
    <message>
        <source>Activate the TPM in the firmware (UEFI/BIOS) settings, then restart.</source>
        <translation>Aktivér TPM&apos;en i firmwareindstillingerne (UEFI/BIOS), og genstart derefter.</translation>
    </message>
    <message>
        <source>The TPM is disabled.</source>
        <translation>TPM&apos;en er slået fra.</translation>
    </message>
    <message>
        <source>Enable the TPM in the firmware (UEFI/BIOS) settings, then restart.</source>
        <translation>Slå TPM&apos;en til i firmwareindstillingerne (UEFI/BIOS), og genstart derefter.</translation>
    </message>
    <message>
        <source>A TPM operation failed (TPM_E_FAIL).</source>
        <translation>En TPM-handling mislykkedes (TPM_E_FAIL).</translation>
    </message>
    <message>
        <source>The TPM reported a failure in its internal self-test.</source>
        <translation>TPM&apos;en meldte en fejl i sin interne selvtest.</translation>
    </message>
    <message>
        <source>Restart the computer; if it persists, the TPM or the motherboard may need replacing.</source>
        <translation>Genstart computeren. Hvis fejlen bliver ved, skal TPM&apos;en eller bundkortet måske udskiftes.</translation>
    </message>
    <message>
        <source>The TPM is defending against dictionary attacks and is in a time-out period.</source>
        <translation>TPM&apos;en beskytter sig mod ordbogsangreb og er i en spærreperiode.</translation>
    </message>
    <message>
        <source>The TPM is in dictionary-attack lockout mode, so keys it protects cannot be used now.</source>
        <translation>TPM&apos;en er låst på grund af beskyttelse mod ordbogsangreb, så nøgler, den beskytter, kan ikke bruges lige nu.</translation>
    </message>
    <message>
        <source>TPM Base Services (TBS) had an internal software error.</source>
        <translation>TPM Base Services (TBS) fik en intern softwarefejl.</translation>
    </message>
    <message>
        <source>Restart the computer and try again; update Windows and the TPM firmware if it persists.</source>
        <translation>Genstart computeren, og prøv igen. Opdatér Windows og TPM-firmwaren, hvis fejlen bliver ved.</translation>
    </message>
    <message>
        <source>The TPM Base Services (TBS) service is not running.</source>
        <translation>Tjenesten TPM Base Services (TBS) kører ikke.</translation>
    </message>
    <message>
        <source>Start the TPM Base Services service (services.msc) and check that it is not disabled.</source>
        <translation>Start tjenesten TPM Base Services (services.msc), og kontrollér, at den ikke er deaktiveret.</translation>
    </message>
    <message>
        <source>No compatible TPM was found on the computer.</source>
        <translation>Der blev ikke fundet nogen kompatibel TPM på computeren.</translation>
    </message>
    <message>
        <source>Check that the TPM is enabled in the firmware and shown in tpm.msc; without a TPM, Windows uses software keys.</source>
        <translation>Kontrollér, at TPM&apos;en er slået til i firmwaren og vises i tpm.msc. Uden TPM bruger Windows softwarenøgler.</translation>
    </message>
    <message>
        <source>The TPM Base Services (TBS) service is disabled.</source>
        <translation>Tjenesten TPM Base Services (TBS) er deaktiveret.</translation>
    </message>
    <message>
        <source>The TPM (Platform Crypto Provider) is not ready: it must be fully provisioned first.</source>
        <translation>TPM&apos;en (Platform Crypto Provider) er ikke klar: den skal først klargøres helt.</translation>
    </message>
    <message>
        <source>The TPM&apos;s Platform Crypto Provider does not support the requested operation.</source>
        <translation>TPM&apos;ens Platform Crypto Provider understøtter ikke den ønskede handling.</translation>
    </message>
    <message>
        <source>The TPM ignored the authorization for the key to protect against a dictionary attack.</source>
        <translation>TPM&apos;en ignorerede godkendelsen til nøglen for at beskytte mod et ordbogsangreb.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is expired or not yet valid according to the device&apos;s clock (WinHTTP 12037).</source>
        <translation>Serverens TLS-certifikat er udløbet eller endnu ikke gyldigt ifølge enhedens ur (WinHTTP 12037).</translation>
    </message>
    <message>
        <source>The name in the server&apos;s TLS certificate does not match the server that was called (WinHTTP 12038); typically a proxy or firewall answers in its place.</source>
        <translation>Navnet i serverens TLS-certifikat passer ikke til den server, der blev kaldt (WinHTTP 12038). Typisk svarer en proxyserver eller firewall i dens sted.</translation>
    </message>
    <message>
        <source>Exempt the Microsoft endpoints from TLS inspection and check DNS for them.</source>
        <translation>Undtag Microsofts slutpunkter fra TLS-inspektion, og kontrollér DNS for dem.</translation>
    </message>
    <message>
        <source>The server, or a proxy on the way, asked for a client certificate (WinHTTP 12044).</source>
        <translation>Serveren eller en proxyserver undervejs bad om et klientcertifikat (WinHTTP 12044).</translation>
    </message>
    <message>
        <source>Let the computer reach the Microsoft endpoints without client certificate authentication on the proxy or firewall.</source>
        <translation>Lad computeren nå Microsofts slutpunkter uden godkendelse med klientcertifikat på proxyserveren eller firewallen.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate chains to a root certificate the device does not trust (WinHTTP 12045); often the certificate of a TLS-inspecting proxy.</source>
        <translation>Serverens TLS-certifikat fører til et rodcertifikat, som enheden ikke har tillid til (WinHTTP 12045). Ofte er det certifikatet fra en proxyserver, der inspicerer TLS.</translation>
    </message>
    <message>
        <source>Windows could not check whether the server&apos;s certificate is revoked, because the revocation server (CRL/OCSP) could not be reached (WinHTTP 12057).</source>
        <translation>Windows kunne ikke kontrollere, om serverens certifikat er tilbagekaldt, fordi tilbagekaldelsesserveren (CRL/OCSP) ikke kunne nås (WinHTTP 12057).</translation>
    </message>
    <message>
        <source>Let the computer reach the CRL and OCSP addresses of the certificates in the SYSTEM context, through the proxy if needed.</source>
        <translation>Lad computeren nå CRL- og OCSP-adresserne for certifikaterne i SYSTEM-konteksten, om nødvendigt gennem proxyserveren.</translation>
    </message>
    <message>
        <source>The server&apos;s response could not be parsed (WinHTTP 12152); often a proxy or firewall answered instead of the Microsoft service.</source>
        <translation>Serverens svar kunne ikke fortolkes (WinHTTP 12152). Ofte har en proxyserver eller firewall svaret i stedet for Microsoft-tjenesten.</translation>
    </message>
    <message>
        <source>Check that no proxy or firewall answers for the Microsoft endpoints or changes the traffic to them.</source>
        <translation>Kontrollér, at ingen proxyserver eller firewall svarer for Microsofts slutpunkter eller ændrer trafikken til dem.</translation>
    </message>
    <message>
        <source>The secure channel (TLS) could not be set up (WinHTTP 12157).</source>
        <translation>Den sikre kanal (TLS) kunne ikke oprettes (WinHTTP 12157).</translation>
    </message>
    <message>
        <source>Make sure TLS 1.2 is enabled on the device and that no proxy interferes; look for Schannel events in the System log.</source>
        <translation>Sørg for, at TLS 1.2 er slået til på enheden, og at ingen proxyserver blander sig. Se efter Schannel-hændelser i systemloggen.</translation>
    </message>
    <message>
        <source>The proxy auto-configuration (PAC) script failed to run (WinHTTP 12166).</source>
        <translation>Scriptet til automatisk proxykonfiguration (PAC) kunne ikke køres (WinHTTP 12166).</translation>
    </message>
    <message>
        <source>Correct the PAC file, or set the WinHTTP proxy explicitly (netsh winhttp set proxy or Group Policy).</source>
        <translation>Ret PAC-filen, eller angiv WinHTTP-proxyen direkte (netsh winhttp set proxy eller gruppepolitik).</translation>
    </message>
    <message>
        <source>The PAC file could not be downloaded: its server could not be reached or answered with an error such as 404 (WinHTTP 12167).</source>
        <translation>PAC-filen kunne ikke hentes: serveren kunne ikke nås eller svarede med en fejl som 404 (WinHTTP 12167).</translation>
    </message>
    <message>
        <source>No proxy could be found for the address (WinHTTP 12178).</source>
        <translation>Der blev ikke fundet nogen proxyserver til adressen (WinHTTP 12178).</translation>
    </message>
    <message>
        <source>Check the WinHTTP proxy settings and the PAC file, or set the proxy explicitly for WinHTTP.</source>
        <translation>Kontrollér WinHTTP-proxyindstillingerne og PAC-filen, eller angiv proxyserveren direkte for WinHTTP.</translation>
    </message>
    <message>
        <source>The user account is locked after too many failed sign-ins or password changes.</source>
        <translation>Brugerkontoen er låst efter for mange mislykkede forsøg på at logge på eller ændre adgangskoden.</translation>
    </message>
    <message>
        <source>Unlock the account in Active Directory (or wait for the lockout to expire) and find the source of the bad passwords.</source>
        <translation>Lås kontoen op i Active Directory (eller vent, til spærringen udløber), og find ud af, hvor de forkerte adgangskoder kommer fra.</translation>
    </message>
    <message>
        <source>The user account is disabled by an administrator.</source>
        <translation>Brugerkontoen er deaktiveret af en administrator.</translation>
    </message>
    <message>
        <source>Enable the account in Active Directory, wait for the next sync, and sign in again.</source>
        <translation>Aktivér kontoen i Active Directory, vent på næste synkronisering, og log på igen.</translation>
    </message>
    <message>
        <source>The user&apos;s password has expired.</source>
        <translation>Brugerens adgangskode er udløbet.</translation>
    </message>
    <message>
        <source>Change the password at sign-in (with line of sight to a domain controller), then lock and unlock the computer.</source>
        <translation>Skift adgangskoden ved logon (med forbindelse til en domænecontroller), og lås derefter computeren og lås den op.</translation>
    </message>
    <message>
        <source>The user must change the password at next sign-in.</source>
        <translation>Brugeren skal skifte adgangskode ved næste logon.</translation>
    </message>
    <message>
        <source>The user name and password are valid, but an account restriction prevents the sign-in (for example logon hours).</source>
        <translation>Brugernavn og adgangskode er gyldige, men en kontobegrænsning forhindrer logon (for eksempel logontider).</translation>
    </message>
    <message>
        <source>Check the account&apos;s restrictions in Active Directory (logon hours, Log On To computers, account options).</source>
        <translation>Kontrollér kontoens begrænsninger i Active Directory (logontider, computere der må logges på, kontoindstillinger).</translation>
    </message>
    <message>
        <source>The user name does not exist (misspelled or unknown account).</source>
        <translation>Brugernavnet findes ikke (stavefejl eller ukendt konto).</translation>
    </message>
    <message>
        <source>Check the user name, and sign in with the account as it is in Active Directory.</source>
        <translation>Kontrollér brugernavnet, og log på med kontoen, som den står i Active Directory.</translation>
    </message>
    <message>
        <source>The sign-in was outside the account&apos;s allowed logon hours.</source>
        <translation>Logonet var uden for kontoens tilladte logontider.</translation>
    </message>
    <message>
        <source>Change the logon hours of the account in Active Directory, or sign in within them.</source>
        <translation>Ret kontoens logontider i Active Directory, eller log på inden for dem.</translation>
    </message>
    <message>
        <source>The account may not sign in on this computer (workstation restriction).</source>
        <translation>Kontoen må ikke logge på denne computer (begrænsning på arbejdsstationer).</translation>
    </message>
    <message>
        <source>Add the computer to the account&apos;s Log On To list in Active Directory, or remove the restriction.</source>
        <translation>Føj computeren til kontoens liste over computere, den må logge på (Log On To), i Active Directory, eller fjern begrænsningen.</translation>
    </message>
    <message>
        <source>The user account has expired.</source>
        <translation>Brugerkontoen er udløbet.</translation>
    </message>
    <message>
        <source>Extend the account&apos;s expiry date in Active Directory, wait for sync, and sign in again.</source>
        <translation>Forlæng kontoens udløbsdato i Active Directory, vent på synkroniseringen, og log på igen.</translation>
    </message>
    <message>
        <source>The clocks of the domain controller and this computer are too far apart.</source>
        <translation>Urene på domænecontrolleren og denne computer er for langt fra hinanden.</translation>
    </message>
    <message>
        <source>Synchronise the time with the domain (w32tm /resync) and check the time service on the domain controllers.</source>
        <translation>Synkronisér klokkeslættet med domænet (w32tm /resync), og kontrollér tidstjenesten på domænecontrollerne.</translation>
    </message>
    <message>
        <source>The user has not been granted the requested logon right on this computer.</source>
        <translation>Brugeren har ikke fået tildelt den ønskede logonrettighed på denne computer.</translation>
    </message>
    <message>
        <source>Check the user rights assignments (for example Allow log on locally) in Group Policy.</source>
        <translation>Kontrollér tildelingen af brugerrettigheder (for eksempel Tillad lokalt logon) i gruppepolitikken.</translation>
    </message>
    <message>
        <source>The trust relationship between the primary domain and the trusted domain failed.</source>
        <translation>Tillidsforholdet mellem det primære domæne og det betroede domæne fejlede.</translation>
    </message>
    <message>
        <source>Verify the trust between the domains (Active Directory Domains and Trusts) and that their domain controllers can reach each other.</source>
        <translation>Kontrollér tillidsforholdet mellem domænerne (Active Directory-domæner og -tillidsforhold), og at deres domænecontrollere kan nå hinanden.</translation>
    </message>
    <message>
        <source>No logon server (domain controller) was available for the request.</source>
        <translation>Der var ingen logonserver (domænecontroller) til rådighed for anmodningen.</translation>
    </message>
    <message>
        <source>Connect to the company network or VPN and check DNS for the domain controllers (nltest /dsgetdc:&lt;domain&gt;).</source>
        <translation>Opret forbindelse til firmanetværket eller VPN, og kontrollér DNS for domænecontrollerne (nltest /dsgetdc:&lt;domain&gt;).</translation>
    </message>
    <message>
        <source>The computer is protected by an authentication firewall (selective authentication), and the account may not authenticate to it.</source>
        <translation>Computeren er beskyttet af en godkendelsesfirewall (selektiv godkendelse), og kontoen må ikke godkendes over for den.</translation>
    </message>
    <message>
        <source>Grant the account Allowed to authenticate on the computer object, or change the trust to forest-wide authentication.</source>
        <translation>Giv kontoen tilladelsen Allowed to authenticate på computerobjektet, eller ret tillidsforholdet til godkendelse for hele skoven.</translation>
    </message>
    <message>
        <source>The domain has no computer account for this computer&apos;s trust relationship: the secure channel is broken or the computer object is gone.</source>
        <translation>Domænet har ingen computerkonto til denne computers tillidsforhold: den sikre kanal er brudt, eller computerobjektet er væk.</translation>
    </message>
    <message>
        <source>Repair the secure channel (Test-ComputerSecureChannel -Repair) or join the computer to the domain again.</source>
        <translation>Reparér den sikre kanal (Test-ComputerSecureChannel -Repair), eller meld computeren ind i domænet igen.</translation>
    </message>
    <message>
        <source>The security account manager (SAM) on the server was in the wrong state for the operation.</source>
        <translation>Sikkerhedskontostyringen (SAM) på serveren var i en forkert tilstand til handlingen.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the domain controller&apos;s health and event log.</source>
        <translation>Prøv igen. Hvis fejlen bliver ved, skal du kontrollere domænecontrollerens tilstand og hændelseslog.</translation>
    </message>
    <message>
        <source>Windows detected a possible attempt to compromise security (downgrade) during authentication.</source>
        <translation>Windows registrerede et muligt forsøg på at kompromittere sikkerheden (nedgradering) under godkendelsen.</translation>
    </message>
    <message>
        <source>Make sure the computer can contact the domain controller that authenticated the user, then sign in again.</source>
        <translation>Sørg for, at computeren kan kontakte den domænecontroller, der godkendte brugeren, og log derefter på igen.</translation>
    </message>
    <message>
        <source>Windows had too few system resources to finish the operation.</source>
        <translation>Windows havde for få systemressourcer til at gøre handlingen færdig.</translation>
    </message>
    <message>
        <source>Restart the computer and try again.</source>
        <translation>Genstart computeren, og prøv igen.</translation>
    </message>
    <message>
        <source>Access was denied: the caller lacks the rights it asked for.</source>
        <translation>Adgang nægtet: kalderen har ikke de rettigheder, den bad om.</translation>
    </message>
    <message>
        <source>Look at the events around it to see which object was denied; check permissions changed by hardening or security software.</source>
        <translation>Se på hændelserne omkring koden for at finde det objekt, der blev nægtet adgang til, og kontrollér tilladelser, som hærdning eller sikkerhedsprogrammer har ændret.</translation>
    </message>
    <message>
        <source>The request is not supported.</source>
        <translation>Anmodningen understøttes ikke.</translation>
    </message>
    <message>
        <source>Look at the events logged around it for the operation that was refused.</source>
        <translation>Se på hændelserne omkring koden for at finde den handling, der blev afvist.</translation>
    </message>
    <message>
        <source>An object was not found (STATUS_NOT_FOUND); in logon events Microsoft regards it as harmless.</source>
        <translation>Et objekt blev ikke fundet (STATUS_NOT_FOUND). I logonhændelser anser Microsoft koden for harmløs.</translation>
    </message>
    <message>
        <source>Look at the other codes logged around it; on its own it needs no action.</source>
        <translation>Se på de andre koder, der er logget omkring den. I sig selv kræver koden ingen handling.</translation>
    </message>
    <message>
        <source>The Netlogon service was not started when the sign-in was attempted.</source>
        <translation>Tjenesten Netlogon var ikke startet, da der blev forsøgt logon.</translation>
    </message>
    <message>
        <source>Start the Netlogon service and set it to start automatically.</source>
        <translation>Start tjenesten Netlogon, og indstil den til at starte automatisk.</translation>
    </message>
    <message>
        <source>The tenant was not found: a non-routable UPN suffix (such as a .local domain), or a wrong tenant in the SCP.</source>
        <translation>Lejeren blev ikke fundet: et ikke-routbart UPN-suffiks (som et .local-domæne) eller en forkert lejer i SCP&apos;et.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>This device is Azure AD joined (cloud only) and not joined to an on-premises domain, so the hybrid join steps do not apply to it.</source>
        <translation>Enheden er Azure AD-tilmeldt (kun i skyen) og ikke tilmeldt et lokalt domæne, så trinene i hybrid Azure AD-tilmelding gælder ikke for den.</translation>
    </message>
    <message>
        <source>This device is only Azure AD registered (a work account was added) and not joined to a domain, so the hybrid join steps do not apply to it.</source>
        <translation>Enheden er kun Azure AD-registreret (der er tilføjet en arbejdskonto) og ikke tilmeldt et domæne, så trinene i hybrid Azure AD-tilmelding gælder ikke for den.</translation>
    </message>
    <message>
        <source>This device is in a workgroup: it is neither joined to a domain nor to Azure AD, so hybrid join does not apply. It must first be joined to the on-premises domain if it is meant to be hybrid joined.</source>
        <translation>Enheden er i en arbejdsgruppe: den er hverken tilmeldt et domæne eller Azure AD, så hybrid Azure AD-tilmelding er ikke relevant. Skal den være hybridtilmeldt, skal den først tilmeldes det lokale domæne.</translation>
    </message>
    <message>
        <source>This device is hybrid Azure AD joined: joined to the on-premises domain and registered in Azure AD.</source>
        <translation>Enheden er hybrid Azure AD-tilmeldt: tilmeldt det lokale domæne og registreret i Azure AD.</translation>
    </message>
    <message>
        <source>This device is joined to the on-premises domain but not (yet) to Azure AD: the hybrid join has not completed.</source>
        <translation>Enheden er tilmeldt det lokale domæne, men (endnu) ikke Azure AD: hybrid Azure AD-tilmeldingen er ikke gennemført.</translation>
    </message>
    <message>
        <source>The join state cannot be told from the input (the Device State section is missing or incomplete).</source>
        <translation>Tilmeldingstilstanden kan ikke aflæses af inputtet (afsnittet Device State mangler eller er ufuldstændigt).</translation>
    </message>
    <message>
        <source>The last registration attempt (%1) failed in the &quot;%2&quot; phase with error %3.</source>
        <translation>Det seneste registreringsforsøg (%1) mislykkedes i fasen &quot;%2&quot; med fejlen %3.</translation>
    </message>
    <message>
        <source>The service answered: %1 %2</source>
        <translation>Tjenesten svarede: %1 %2</translation>
    </message>
    <message>
        <source>Hybrid joined, the user has a PRT.</source>
        <translation>Hybridtilmeldt, og brugeren har et PRT.</translation>
    </message>
    <message>
        <source>The SCP is missing in Active Directory.</source>
        <translation>SCP&apos;et mangler i Active Directory.</translation>
    </message>
    <message>
        <source>The browser uses a proxy; SYSTEM has none and cannot get out.</source>
        <translation>Browseren bruger en proxyserver, men SYSTEM har ingen og kan ikke komme ud.</translation>
    </message>
    <message>
        <source>Azure AD Connect has not synced the computer yet.</source>
        <translation>Azure AD Connect har endnu ikke synkroniseret computeren.</translation>
    </message>
    <message>
        <source>Everything is ready; the device has not completed the registration (&quot;Pending&quot;).</source>
        <translation>Alt er klar, men enheden har ikke gennemført registreringen (&quot;Afventer&quot;).</translation>
    </message>
    <message>
        <source>Hybrid joined, but Azure AD refused the PRT (new password not synced).</source>
        <translation>Hybridtilmeldt, men Azure AD afviste PRT&apos;et (den nye adgangskode er ikke synkroniseret).</translation>
    </message>
    <message>
        <source>Working from home: no domain controller at sign-in, the VPN came up later.</source>
        <translation>Hjemmearbejde: ingen domænecontroller ved logon, VPN kom først op bagefter.</translation>
    </message>
    <message>
        <source>No dsregcmd /status fields were found in the input. Run dsregcmd /status and save or paste its output.</source>
        <translation>Der blev ikke fundet nogen felter fra dsregcmd /status i inputtet. Kør dsregcmd /status, og gem eller indsæt outputtet.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB; a dsregcmd /status output is much smaller. Save only the output of dsregcmd /status.</source>
        <translation>Inputtet er større end %1 MiB, og output fra dsregcmd /status er meget mindre. Gem kun outputtet fra dsregcmd /status.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kan ikke åbnes: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kan ikke læses: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kan ikke læses.</translation>
    </message>
    <message>
        <source>The device knows its Azure AD tenant.</source>
        <translation>Enheden kender sin Azure AD-lejer.</translation>
    </message>
    <message>
        <source>The device is registered in Azure AD, so tenant discovery worked; the tenant is shown in the evidence.</source>
        <translation>Enheden er registreret i Azure AD, så den har fundet sin lejer. Lejeren står under dokumentationen.</translation>
    </message>
    <message>
        <source>The service connection point (SCP) was read.</source>
        <translation>Tjenesteforbindelsespunktet (SCP) blev læst.</translation>
    </message>
    <message>
        <source>Windows&apos; own AD Configuration Test passed: the device can read which tenant it belongs to.</source>
        <translation>Windows&apos; egen AD Configuration Test bestod: enheden kan læse, hvilken lejer den hører til.</translation>
    </message>
    <message>
        <source>The device cannot find its tenant: the service connection point (SCP) is missing or unreadable.</source>
        <translation>Enheden kan ikke finde sin lejer: tjenesteforbindelsespunktet (SCP) mangler eller kan ikke læses.</translation>
    </message>
    <message>
        <source>Without the SCP in Active Directory (or the client-side SCP in the registry) the device does not know which Azure AD tenant to register in, so the registration stops at the start.</source>
        <translation>Uden SCP&apos;et i Active Directory (eller SCP&apos;et på klientsiden i registreringsdatabasen) ved enheden ikke, hvilken Azure AD-lejer den skal registreres i, så registreringen stopper allerede i starten.</translation>
    </message>
    <message>
        <source>Ask IT to configure the SCP with Azure AD Connect (Configure device options), or deploy TenantId and TenantName under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD by Group Policy.</source>
        <translation>Bed IT om at konfigurere SCP&apos;et med Azure AD Connect (Konfigurer enhedsindstillinger) eller udrulle TenantId og TenantName under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD med gruppepolitik.</translation>
    </message>
    <message>
        <source>If the SCP is configured, check AD replication to the domain controller this device uses, then sign out and in again.</source>
        <translation>Hvis SCP&apos;et er konfigureret, så kontrollér AD-replikeringen til den domænecontroller, enheden bruger, og log derefter af og på igen.</translation>
    </message>
    <message>
        <source>The tenant named in the service connection point does not exist.</source>
        <translation>Den lejer, som tjenesteforbindelsespunktet angiver, findes ikke.</translation>
    </message>
    <message>
        <source>Azure AD did not recognise the tenant ID or name that the SCP gives the device, so it cannot register.</source>
        <translation>Azure AD genkendte ikke det lejer-id eller lejernavn, som SCP&apos;et giver enheden, så den kan ikke registreres.</translation>
    </message>
    <message>
        <source>Ask IT to correct azureADId and azureADName in the SCP (or TenantId and TenantName in the client-side SCP) to the tenant&apos;s ID and a verified domain.</source>
        <translation>Bed IT om at rette azureADId og azureADName i SCP&apos;et (eller TenantId og TenantName i SCP&apos;et på klientsiden) til lejerens id og et bekræftet domæne.</translation>
    </message>
    <message>
        <source>The SCP in Active Directory could not be checked: no domain controller was reachable.</source>
        <translation>SCP&apos;et i Active Directory kunne ikke kontrolleres: ingen domænecontroller kunne nås.</translation>
    </message>
    <message>
        <source>The SCP is read from a domain controller. Until one can be reached (see step 3), it is not known whether the SCP is right.</source>
        <translation>SCP&apos;et læses fra en domænecontroller. Indtil en domænecontroller kan nås (se trin 3), vides det ikke, om SCP&apos;et er korrekt.</translation>
    </message>
    <message>
        <source>Connect to the company network or VPN and run the analysis again.</source>
        <translation>Opret forbindelse til firmaets netværk eller VPN, og kør analysen igen.</translation>
    </message>
    <message>
        <source>Tenant discovery was not tested in this output.</source>
        <translation>Opslaget af lejeren blev ikke testet i dette output.</translation>
    </message>
    <message>
        <source>dsregcmd only runs its AD Configuration Test from an elevated prompt on a device that is not yet joined, and this output has no result for it.</source>
        <translation>dsregcmd kører kun sin AD Configuration Test fra en kommandoprompt med administratorrettigheder på en enhed, der endnu ikke er tilmeldt, og dette output har intet resultat for den.</translation>
    </message>
    <message>
        <source>Run dsregcmd /status in a Command Prompt started with &quot;Run as administrator&quot; and analyse that output.</source>
        <translation>Kør dsregcmd /status i en Kommandoprompt, der er startet med &quot;Kør som administrator&quot;, og analysér det output.</translation>
    </message>
    <message>
        <source>Not relevant for this device.</source>
        <translation>Ikke relevant for denne enhed.</translation>
    </message>
    <message>
        <source>Tenant discovery through the SCP is only used by hybrid join.</source>
        <translation>Opslag af lejeren via SCP bruges kun ved hybrid Azure AD-tilmelding.</translation>
    </message>
    <message>
        <source>The last attempt got past discovery, so the device found its tenant.</source>
        <translation>Det seneste forsøg kom forbi opslaget, så enheden fandt sin lejer.</translation>
    </message>
    <message>
        <source>Make sure enterpriseregistration.windows.net, login.microsoftonline.com and device.login.microsoftonline.com can be reached from the computer account (SYSTEM), not only from the browser.</source>
        <translation>Sørg for, at enterpriseregistration.windows.net, login.microsoftonline.com og device.login.microsoftonline.com kan nås fra computerkontoen (SYSTEM), ikke kun fra browseren.</translation>
    </message>
    <message>
        <source>The device reaches Microsoft&apos;s services as SYSTEM.</source>
        <translation>Enheden kan nå Microsofts tjenester som SYSTEM.</translation>
    </message>
    <message>
        <source>Windows&apos; own tests of the device registration service passed, or the device completed its registration, which needs this connection.</source>
        <translation>Windows&apos; egne tests af tjenesten til enhedsregistrering bestod, eller enheden har gennemført sin registrering, hvilket kræver denne forbindelse.</translation>
    </message>
    <message>
        <source>The device cannot reach the device registration service as SYSTEM.</source>
        <translation>Enheden kan ikke nå tjenesten til enhedsregistrering som SYSTEM.</translation>
    </message>
    <message>
        <source>The registration runs as SYSTEM and uses the WinHTTP proxy settings, not the user&apos;s. Windows could not reach enterpriseregistration.windows.net that way, so it cannot register.</source>
        <translation>Registreringen kører som SYSTEM og bruger proxyindstillingerne for WinHTTP, ikke brugerens. Windows kunne ikke nå enterpriseregistration.windows.net på den måde og kan derfor ikke registrere enheden.</translation>
    </message>
    <message>
        <source>If the network needs a proxy, set it for WinHTTP: by Group Policy, WPAD, or netsh winhttp set proxy proxy-server=&quot;&lt;proxy&gt;:&lt;port&gt;&quot; bypass-list=&quot;&lt;local&gt;&quot; as administrator.</source>
        <translation>Hvis netværket kræver en proxyserver, skal den angives for WinHTTP: med gruppepolitik, WPAD eller netsh winhttp set proxy proxy-server=&quot;&lt;proxy&gt;:&lt;port&gt;&quot; bypass-list=&quot;&lt;local&gt;&quot; som administrator.</translation>
    </message>
    <message>
        <source>The browser uses a proxy, but SYSTEM goes direct and cannot get out.</source>
        <translation>Browseren bruger en proxyserver, men SYSTEM går direkte ud og kommer ikke igennem.</translation>
    </message>
    <message>
        <source>The user&apos;s proxy settings point to a proxy server or script, while the WinHTTP settings that SYSTEM uses say &quot;direct&quot;. The registration&apos;s network requests timed out or could not connect: it works in the browser, but not for the registration.</source>
        <translation>Brugerens proxyindstillinger peger på en proxyserver eller et script, mens de WinHTTP-indstillinger, som SYSTEM bruger, siger &quot;direkte&quot;. Registreringens netværksanmodninger fik timeout eller kunne ikke oprette forbindelse: det virker i browseren, men ikke for registreringen.</translation>
    </message>
    <message>
        <source>Set the WinHTTP proxy by Group Policy or WPAD, or run netsh winhttp import proxy source=ie (or netsh winhttp set proxy) as administrator.</source>
        <translation>Angiv WinHTTP-proxyen med gruppepolitik eller WPAD, eller kør netsh winhttp import proxy source=ie (eller netsh winhttp set proxy) som administrator.</translation>
    </message>
    <message>
        <source>A proxy that requires authentication must accept the computer account, or let these endpoints through without it.</source>
        <translation>En proxyserver, der kræver godkendelse, skal acceptere computerkontoen eller lukke disse slutpunkter igennem uden godkendelse.</translation>
    </message>
    <message>
        <source>A proxy or firewall changes the answers from Microsoft.</source>
        <translation>En proxyserver eller firewall ændrer svarene fra Microsoft.</translation>
    </message>
    <message>
        <source>Windows got an answer it could not read: typically a proxy&apos;s sign-in or block page instead of the service&apos;s data, or TLS inspection of the connection.</source>
        <translation>Windows fik et svar, det ikke kunne læse: typisk en logon- eller blokeringsside fra en proxyserver i stedet for tjenestens data, eller TLS-inspektion af forbindelsen.</translation>
    </message>
    <message>
        <source>Let the computer account through the proxy without interactive sign-in, and exempt the Microsoft endpoints (above all device.login.microsoftonline.com) from TLS inspection.</source>
        <translation>Lad computerkontoen komme gennem proxyserveren uden interaktivt logon, og undtag Microsofts slutpunkter (især device.login.microsoftonline.com) fra TLS-inspektion.</translation>
    </message>
    <message>
        <source>The device registration service was found but cannot be reached.</source>
        <translation>Tjenesten til enhedsregistrering blev fundet, men kan ikke nås.</translation>
    </message>
    <message>
        <source>Discovery worked, but Windows&apos; DRS Connectivity Test failed: the registration endpoint is blocked for SYSTEM.</source>
        <translation>Opslaget virkede, men Windows&apos; DRS Connectivity Test mislykkedes: registreringens slutpunkt er blokeret for SYSTEM.</translation>
    </message>
    <message>
        <source>The device could not ask Azure AD how the domain signs in.</source>
        <translation>Enheden kunne ikke spørge Azure AD, hvordan domænet logger på.</translation>
    </message>
    <message>
        <source>Realm discovery at login.microsoftonline.com failed, so Windows cannot tell whether the domain is managed or federated.</source>
        <translation>Realm-opslaget på login.microsoftonline.com mislykkedes, så Windows kan ikke afgøre, om domænet er administreret eller federeret.</translation>
    </message>
    <message>
        <source>The device could not authenticate to Azure AD.</source>
        <translation>Enheden kunne ikke godkendes over for Azure AD.</translation>
    </message>
    <message>
        <source>Getting a token for the registration failed: for a federated domain the federation service (AD FS) refused or could not be reached; otherwise login.microsoftonline.com could not be reached as SYSTEM.</source>
        <translation>Det lykkedes ikke at få et token til registreringen: for et federeret domæne afviste federeringstjenesten (AD FS), eller den kunne ikke nås. Ellers kunne login.microsoftonline.com ikke nås som SYSTEM.</translation>
    </message>
    <message>
        <source>Look up the error code below; for AD FS check WS-Trust (windowstransport) and the device registration claim rules.</source>
        <translation>Slå fejlkoden nedenfor op. For AD FS skal du kontrollere WS-Trust (windowstransport) og kravreglerne for enhedsregistrering.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s registration service was busy.</source>
        <translation>Microsofts registreringstjeneste var optaget.</translation>
    </message>
    <message>
        <source>The service answered that it was unavailable (HTTP 503). This is usually temporary; Windows tries again by itself.</source>
        <translation>Tjenesten svarede, at den ikke var tilgængelig (HTTP 503). Det er som regel midlertidigt, og Windows prøver selv igen.</translation>
    </message>
    <message>
        <source>Wait an hour, sign out and in, and run the analysis again.</source>
        <translation>Vent en time, log af og på, og kør analysen igen.</translation>
    </message>
    <message>
        <source>Windows could not test the device&apos;s connection to Azure AD.</source>
        <translation>Windows kunne ikke teste enhedens forbindelse til Azure AD.</translation>
    </message>
    <message>
        <source>DeviceAuthStatus says the test failed with an error, which usually means Azure AD could not be reached in the SYSTEM context when dsregcmd ran.</source>
        <translation>DeviceAuthStatus siger, at testen mislykkedes med en fejl. Det betyder som regel, at Azure AD ikke kunne nås i SYSTEM-konteksten, da dsregcmd kørte.</translation>
    </message>
    <message>
        <source>The connection as SYSTEM was not tested in this output.</source>
        <translation>Forbindelsen som SYSTEM blev ikke testet i dette output.</translation>
    </message>
    <message>
        <source>dsregcmd only runs its DRS Discovery and DRS Connectivity tests from an elevated prompt on a device that is not yet joined.</source>
        <translation>dsregcmd kører kun sine tests DRS Discovery og DRS Connectivity fra en kommandoprompt med administratorrettigheder på en enhed, der endnu ikke er tilmeldt.</translation>
    </message>
    <message>
        <source>The SYSTEM-context registration is only used by hybrid join.</source>
        <translation>Registreringen i SYSTEM-konteksten bruges kun ved hybrid Azure AD-tilmelding.</translation>
    </message>
    <message>
        <source>The last attempt reached the join phase, so discovery and authentication as SYSTEM worked.</source>
        <translation>Det seneste forsøg nåede tilmeldingsfasen, så opslag og godkendelse som SYSTEM virkede.</translation>
    </message>
    <message>
        <source>The certificate reached Active Directory.</source>
        <translation>Certifikatet nåede frem til Active Directory.</translation>
    </message>
    <message>
        <source>The device is hybrid joined, which is only possible after its certificate was written to the computer object and synced.</source>
        <translation>Enheden er hybridtilmeldt, og det kan den kun blive, når dens certifikat er skrevet til computerobjektet og synkroniseret.</translation>
    </message>
    <message>
        <source>No domain controller could be reached.</source>
        <translation>Ingen domænecontroller kunne nås.</translation>
    </message>
    <message>
        <source>Windows must reach a domain controller to write its certificate to the computer object. Outside the office this usually means that the VPN was not connected when the user signed in, so the registration stopped before it began.</source>
        <translation>Windows skal kunne nå en domænecontroller for at skrive sit certifikat til computerobjektet. Uden for kontoret betyder det som regel, at VPN ikke var forbundet, da brugeren loggede på, så registreringen stoppede, før den begyndte.</translation>
    </message>
    <message>
        <source>Connect to the company network or the VPN, then lock and unlock, or sign out and in again.</source>
        <translation>Opret forbindelse til firmaets netværk eller VPN, og lås derefter computeren og lås den op, eller log af og på igen.</translation>
    </message>
    <message>
        <source>The scheduled task that registers the device is disabled.</source>
        <translation>Den planlagte opgave, der registrerer enheden, er deaktiveret.</translation>
    </message>
    <message>
        <source>The task Automatic-Device-Join writes the certificate and performs the registration. It is disabled, so nothing happens (error 0x80041326).</source>
        <translation>Opgaven Automatic-Device-Join skriver certifikatet og udfører registreringen. Den er deaktiveret, så der sker ingenting (fejl 0x80041326).</translation>
    </message>
    <message>
        <source>Ask IT to enable the task under Task Scheduler Library &gt; Microsoft &gt; Windows &gt; Workplace Join, and check which policy disabled it.</source>
        <translation>Bed IT om at aktivere opgaven under Opgavestyringsbibliotek &gt; Microsoft &gt; Windows &gt; Workplace Join og undersøge, hvilken politik der deaktiverede den.</translation>
    </message>
    <message>
        <source>Then sign out and in again.</source>
        <translation>Log derefter af og på igen.</translation>
    </message>
    <message>
        <source>A domain controller is reachable; the certificate itself cannot be seen here.</source>
        <translation>En domænecontroller kan nås, men selve certifikatet kan ikke ses her.</translation>
    </message>
    <message>
        <source>dsregcmd shows that Active Directory can be reached, but not whether the self-signed certificate was written to the computer object&apos;s userCertificate attribute.</source>
        <translation>dsregcmd viser, at Active Directory kan nås, men ikke om det selvsignerede certifikat er skrevet til computerobjektets attribut userCertificate.</translation>
    </message>
    <message>
        <source>Domain controller access was not tested in this output.</source>
        <translation>Adgangen til en domænecontroller blev ikke testet i dette output.</translation>
    </message>
    <message>
        <source>dsregcmd only runs its AD Connectivity Test from an elevated prompt on a device that is not yet joined.</source>
        <translation>dsregcmd kører kun sin AD Connectivity Test fra en kommandoprompt med administratorrettigheder på en enhed, der endnu ikke er tilmeldt.</translation>
    </message>
    <message>
        <source>A certificate on a computer object in Active Directory is only used by hybrid join.</source>
        <translation>Et certifikat på et computerobjekt i Active Directory bruges kun ved hybrid Azure AD-tilmelding.</translation>
    </message>
    <message>
        <source>The device exists in Azure AD.</source>
        <translation>Enheden findes i Azure AD.</translation>
    </message>
    <message>
        <source>The device is hybrid joined, so Azure AD Connect has synced its computer object.</source>
        <translation>Enheden er hybridtilmeldt, så Azure AD Connect har synkroniseret dens computerobjekt.</translation>
    </message>
    <message>
        <source>The device is not in Azure AD yet: Azure AD Connect has not synced it.</source>
        <translation>Enheden er endnu ikke i Azure AD: Azure AD Connect har ikke synkroniseret den.</translation>
    </message>
    <message>
        <source>The registration service could not find the device object (DirectoryError). Azure AD Connect syncs every 30 minutes by default, and only computer objects in the synced OUs that have a certificate.</source>
        <translation>Registreringstjenesten kunne ikke finde enhedsobjektet (DirectoryError). Azure AD Connect synkroniserer som standard hvert 30. minut, og kun computerobjekter i de synkroniserede OU&apos;er, som har et certifikat.</translation>
    </message>
    <message>
        <source>If the device was joined less than an hour ago: wait for the next sync, then sign out and in again.</source>
        <translation>Hvis enheden blev tilmeldt for under en time siden: vent på næste synkronisering, og log derefter af og på igen.</translation>
    </message>
    <message>
        <source>Otherwise ask IT to check that the computer&apos;s OU is in the Azure AD Connect sync scope and that the computer object has a userCertificate value; a sync can be started with Start-ADSyncSyncCycle -PolicyType Delta.</source>
        <translation>Ellers skal du bede IT om at kontrollere, at computerens OU er med i synkroniseringen i Azure AD Connect, og at computerobjektet har en værdi i userCertificate. En synkronisering kan startes med Start-ADSyncSyncCycle -PolicyType Delta.</translation>
    </message>
    <message>
        <source>Azure AD does not have the device&apos;s current certificate yet.</source>
        <translation>Azure AD har endnu ikke enhedens aktuelle certifikat.</translation>
    </message>
    <message>
        <source>The registration service could not verify the device (AuthenticationError): the certificate in Azure AD does not match the device&apos;s, usually because the latest sync has not happened yet.</source>
        <translation>Registreringstjenesten kunne ikke bekræfte enheden (AuthenticationError): certifikatet i Azure AD passer ikke til enhedens, som regel fordi den seneste synkronisering ikke er sket endnu.</translation>
    </message>
    <message>
        <source>Wait for the next Azure AD Connect sync (30 minutes), then sign out and in again.</source>
        <translation>Vent på næste synkronisering med Azure AD Connect (30 minutter), og log derefter af og på igen.</translation>
    </message>
    <message>
        <source>Azure AD asked the device to wait before trying again.</source>
        <translation>Azure AD bad enheden vente, før den prøver igen.</translation>
    </message>
    <message>
        <source>The request was throttled for a while; this is temporary.</source>
        <translation>Anmodningen blev midlertidigt begrænset. Det går over af sig selv.</translation>
    </message>
    <message>
        <source>Wait at least five minutes, then sign out and in again.</source>
        <translation>Vent mindst fem minutter, og log derefter af og på igen.</translation>
    </message>
    <message>
        <source>The device may have left the sync scope.</source>
        <translation>Enheden er måske ikke længere med i synkroniseringen.</translation>
    </message>
    <message>
        <source>Azure AD says the device is disabled or deleted. For a hybrid device this often happens when its computer object was moved to an OU that Azure AD Connect does not sync.</source>
        <translation>Azure AD siger, at enheden er deaktiveret eller slettet. For en hybridenhed sker det ofte, når dens computerobjekt er flyttet til en OU, som Azure AD Connect ikke synkroniserer.</translation>
    </message>
    <message>
        <source>Ask IT to check that the computer&apos;s OU is in the Azure AD Connect sync scope.</source>
        <translation>Bed IT om at kontrollere, at computerens OU er med i synkroniseringen i Azure AD Connect.</translation>
    </message>
    <message>
        <source>Whether Azure AD Connect has synced the device cannot be seen here.</source>
        <translation>Det kan ikke ses her, om Azure AD Connect har synkroniseret enheden.</translation>
    </message>
    <message>
        <source>The device is not joined yet, and nothing in this output shows whether its computer object has reached Azure AD.</source>
        <translation>Enheden er endnu ikke tilmeldt, og intet i dette output viser, om dens computerobjekt er nået frem til Azure AD.</translation>
    </message>
    <message>
        <source>Azure AD Connect only syncs devices that are joined to the on-premises domain.</source>
        <translation>Azure AD Connect synkroniserer kun enheder, der er tilmeldt det lokale domæne.</translation>
    </message>
    <message>
        <source>That attempt was %1 minutes before this output was taken; Azure AD Connect syncs every 30 minutes by default.</source>
        <translation>Det forsøg var %1 minutter før dette output blev taget. Azure AD Connect synkroniserer som standard hvert 30. minut.</translation>
    </message>
    <message>
        <source>The registration is complete; the device is not pending.</source>
        <translation>Registreringen er gennemført, og enheden afventer ikke længere.</translation>
    </message>
    <message>
        <source>The device finished its part of the registration, so Azure AD no longer shows it as &quot;Pending&quot;.</source>
        <translation>Enheden har gjort sin del af registreringen færdig, så Azure AD viser den ikke længere som &quot;Afventer&quot;.</translation>
    </message>
    <message>
        <source>The registration is waiting for the device to complete it (&quot;Pending&quot;).</source>
        <translation>Registreringen venter på, at enheden gennemfører den (&quot;Afventer&quot;).</translation>
    </message>
    <message>
        <source>Sign out and in again (on VPN: connect it first), wait a few minutes and run the analysis again.</source>
        <translation>Log af og på igen (på VPN: opret forbindelse først), vent et par minutter, og kør analysen igen.</translation>
    </message>
    <message>
        <source>The device could not complete the registration because of its security chip (TPM).</source>
        <translation>Enheden kunne ikke gennemføre registreringen på grund af sin sikkerhedschip (TPM).</translation>
    </message>
    <message>
        <source>Creating or using the device key in the TPM failed, so the registration stays &quot;Pending&quot;.</source>
        <translation>Det mislykkedes at oprette eller bruge enhedsnøglen i TPM&apos;en, så registreringen bliver stående som &quot;Afventer&quot;.</translation>
    </message>
    <message>
        <source>Look up the error code below. Do not clear the TPM; update its firmware. After a lockout, wait and sign in again.</source>
        <translation>Slå fejlkoden nedenfor op. Ryd ikke TPM&apos;en, men opdater dens firmware. Efter en låsning skal du vente og logge på igen.</translation>
    </message>
    <message>
        <source>If the key is gone (NTE_BAD_KEYSET), IT runs dsregcmd /leave as administrator, restarts, and the user signs in.</source>
        <translation>Hvis nøglen er væk (NTE_BAD_KEYSET), kører IT dsregcmd /leave som administrator og genstarter, hvorefter brugeren logger på.</translation>
    </message>
    <message>
        <source>The device tried to complete the registration and failed.</source>
        <translation>Enheden forsøgte at gennemføre registreringen, men det mislykkedes.</translation>
    </message>
    <message>
        <source>The last attempt reached the final (join) phase and was refused, so the registration stays &quot;Pending&quot;.</source>
        <translation>Det seneste forsøg nåede den sidste fase (join) og blev afvist, så registreringen bliver stående som &quot;Afventer&quot;.</translation>
    </message>
    <message>
        <source>Look up the error code below and fix its cause, then sign out and in again.</source>
        <translation>Slå fejlkoden nedenfor op, og ret årsagen. Log derefter af og på igen.</translation>
    </message>
    <message>
        <source>Whether Azure AD holds the device as &quot;Pending&quot; cannot be seen here.</source>
        <translation>Det kan ikke ses her, om Azure AD har enheden som &quot;Afventer&quot;.</translation>
    </message>
    <message>
        <source>The &quot;Pending&quot; state only exists for hybrid joined devices.</source>
        <translation>Tilstanden &quot;Afventer&quot; findes kun for hybridtilmeldte enheder.</translation>
    </message>
    <message>
        <source>Lock the computer (Windows key + L) and unlock it, wait a minute, and run the analysis again; signing out and in also works.</source>
        <translation>Lås computeren (Windows-tasten + L), og lås den op igen, vent et minut, og kør analysen igen. Du kan også logge af og på.</translation>
    </message>
    <message>
        <source>The user has a Primary Refresh Token (PRT).</source>
        <translation>Brugeren har et primært opdateringstoken (PRT).</translation>
    </message>
    <message>
        <source>Single sign-on to Microsoft 365 and device-based Conditional Access can work.</source>
        <translation>Enkeltlogon (SSO) til Microsoft 365 og enhedsbaseret betinget adgang kan virke.</translation>
    </message>
    <message>
        <source>The user has no Primary Refresh Token (PRT).</source>
        <translation>Brugeren har intet primært opdateringstoken (PRT).</translation>
    </message>
    <message>
        <source>If that does not help, IT can look in Event Viewer under Applications and Services Logs &gt; Microsoft &gt; Windows &gt; AAD &gt; Operational.</source>
        <translation>Hvis det ikke hjælper, kan IT se i Logbog under Logfiler for programmer og tjenester &gt; Microsoft &gt; Windows &gt; AAD &gt; Operational.</translation>
    </message>
    <message>
        <source>The PRT could not be fetched: Azure AD could not be reached.</source>
        <translation>PRT&apos;et kunne ikke hentes: Azure AD kunne ikke nås.</translation>
    </message>
    <message>
        <source>The last attempt to get a PRT failed with a network error: login.microsoftonline.com did not answer, or a proxy stopped the request.</source>
        <translation>Det seneste forsøg på at hente et PRT mislykkedes med en netværksfejl: login.microsoftonline.com svarede ikke, eller en proxyserver stoppede anmodningen.</translation>
    </message>
    <message>
        <source>Check the network and the proxy for the computer context (WinHTTP), then lock and unlock the computer.</source>
        <translation>Kontrollér netværket og proxyserveren for computerkonteksten (WinHTTP), og lås derefter computeren og lås den op.</translation>
    </message>
    <message>
        <source>The PRT was refused: Azure AD did not accept the password.</source>
        <translation>PRT&apos;et blev afvist: Azure AD godtog ikke adgangskoden.</translation>
    </message>
    <message>
        <source>Typically the password was changed recently and the new one has not been synced to Azure AD yet.</source>
        <translation>Typisk er adgangskoden skiftet for nylig, og den nye er endnu ikke synkroniseret til Azure AD.</translation>
    </message>
    <message>
        <source>Wait a few minutes for password sync, then lock and unlock the computer with the new password.</source>
        <translation>Vent et par minutter på synkroniseringen af adgangskoden, og lås derefter computeren og lås den op med den nye adgangskode.</translation>
    </message>
    <message>
        <source>The PRT was refused: Azure AD does not recognise the user.</source>
        <translation>PRT&apos;et blev afvist: Azure AD genkender ikke brugeren.</translation>
    </message>
    <message>
        <source>IT checks the user&apos;s UPN (whoami /upn) and that the user is synced; a non-routable UPN suffix needs a verified domain or Alternate Login ID.</source>
        <translation>IT kontrollerer brugerens UPN (whoami /upn), og at brugeren er synkroniseret. Et ikke-routbart UPN-suffiks kræver et bekræftet domæne eller alternativt logon-id.</translation>
    </message>
    <message>
        <source>The PRT failed at the federation service (AD FS).</source>
        <translation>PRT&apos;et mislykkedes hos federeringstjenesten (AD FS).</translation>
    </message>
    <message>
        <source>The WS-Trust answer from the federation service was empty or unusable.</source>
        <translation>WS-Trust-svaret fra federeringstjenesten var tomt eller ubrugeligt.</translation>
    </message>
    <message>
        <source>IT checks the federation service&apos;s WS-Trust endpoints and that no proxy changes its answers.</source>
        <translation>IT kontrollerer federeringstjenestens WS-Trust-slutpunkter, og at ingen proxyserver ændrer dens svar.</translation>
    </message>
    <message>
        <source>The device is disabled or deleted in Azure AD.</source>
        <translation>Enheden er deaktiveret eller slettet i Azure AD.</translation>
    </message>
    <message>
        <source>Windows still considers the device registered, but Azure AD refuses it, so no user gets a PRT on it.</source>
        <translation>Windows betragter stadig enheden som registreret, men Azure AD afviser den, så ingen bruger får et PRT på den.</translation>
    </message>
    <message>
        <source>IT enables the device in Azure AD if it was disabled.</source>
        <translation>IT aktiverer enheden i Azure AD, hvis den er deaktiveret.</translation>
    </message>
    <message>
        <source>If it was deleted: run dsregcmd /leave as administrator, restart, sign in, and let the registration run again (after the next sync).</source>
        <translation>Hvis den er slettet: kør dsregcmd /leave som administrator, genstart, log på, og lad registreringen køre igen (efter næste synkronisering).</translation>
    </message>
    <message>
        <source>The last attempt to get a PRT failed.</source>
        <translation>Det seneste forsøg på at hente et PRT mislykkedes.</translation>
    </message>
    <message>
        <source>Windows recorded a failed PRT attempt; the error code and the server&apos;s answer below tell why.</source>
        <translation>Windows har registreret et mislykket forsøg på at hente et PRT. Fejlkoden og serverens svar nedenfor fortæller hvorfor.</translation>
    </message>
    <message>
        <source>Look up the error code below, fix its cause, then lock and unlock the computer.</source>
        <translation>Slå fejlkoden nedenfor op, ret årsagen, og lås derefter computeren og lås den op.</translation>
    </message>
    <message>
        <source>The user has a PRT, but renewing it fails.</source>
        <translation>Brugeren har et PRT, men fornyelsen af det mislykkes.</translation>
    </message>
    <message>
        <source>A failed attempt newer than the last success is recorded. The PRT still works until it expires; then single sign-on stops.</source>
        <translation>Der er registreret et mislykket forsøg, som er nyere end det seneste vellykkede. PRT&apos;et virker, indtil det udløber, men derefter holder enkeltlogon op med at virke.</translation>
    </message>
    <message>
        <source>Look up the error code below, then lock and unlock the computer.</source>
        <translation>Slå fejlkoden nedenfor op, og lås derefter computeren og lås den op.</translation>
    </message>
    <message>
        <source>The PRT has not been renewed for more than 4 hours.</source>
        <translation>PRT&apos;et er ikke blevet fornyet i mere end 4 timer.</translation>
    </message>
    <message>
        <source>Windows normally renews the PRT every 4 hours; an older one points to a renewal problem.</source>
        <translation>Windows fornyer normalt PRT&apos;et hver 4. time. Et ældre PRT tyder på et problem med fornyelsen.</translation>
    </message>
    <message>
        <source>The device&apos;s keys are marked for recovery.</source>
        <translation>Enhedens nøgler er markeret til gendannelse.</translation>
    </message>
    <message>
        <source>AadRecoveryEnabled is YES: the device keys cannot be used and the device registers again at the next sign-in.</source>
        <translation>AadRecoveryEnabled er YES: enhedsnøglerne kan ikke bruges, og enheden registreres igen ved næste logon.</translation>
    </message>
    <message>
        <source>Sign out and in again, then run the analysis again.</source>
        <translation>Log af og på igen, og kør derefter analysen igen.</translation>
    </message>
    <message>
        <source>The device is both hybrid joined and registered (dual state).</source>
        <translation>Enheden er både hybridtilmeldt og registreret (dobbelt tilstand).</translation>
    </message>
    <message>
        <source>A work account was also added to the same tenant, which can confuse single sign-on and Conditional Access.</source>
        <translation>Der er også tilføjet en arbejdskonto i den samme lejer, hvilket kan forvirre enkeltlogon og betinget adgang.</translation>
    </message>
    <message>
        <source>Remove the work account under Settings &gt; Accounts &gt; Access work or school; IT can block it with BlockAADWorkplaceJoin=1.</source>
        <translation>Fjern arbejdskontoen under Indstillinger &gt; Konti &gt; Adgang til arbejde eller skole. IT kan forhindre det med BlockAADWorkplaceJoin=1.</translation>
    </message>
    <message>
        <source>No PRT: the device is not hybrid joined yet.</source>
        <translation>Intet PRT: enheden er endnu ikke hybridtilmeldt.</translation>
    </message>
    <message>
        <source>A user only gets a PRT on a device that has completed the registration; the earlier steps show where it stops.</source>
        <translation>En bruger får kun et PRT på en enhed, der har gennemført registreringen. De tidligere trin viser, hvor den stopper.</translation>
    </message>
    <message>
        <source>Fix the first step that failed, then sign out and in again.</source>
        <translation>Ret det første trin, der fejlede, og log derefter af og på igen.</translation>
    </message>
    <message>
        <source>The user&apos;s PRT cannot be seen in this output.</source>
        <translation>Brugerens PRT kan ikke ses i dette output.</translation>
    </message>
    <message>
        <source>The SSO State section is missing, or dsregcmd ran as SYSTEM or as another user, where the signed-in user&apos;s PRT is not shown.</source>
        <translation>Afsnittet SSO State mangler, eller dsregcmd kørte som SYSTEM eller som en anden bruger, hvor den indloggede brugers PRT ikke vises.</translation>
    </message>
    <message>
        <source>Run dsregcmd /status as the signed-in user, in a normal Command Prompt (not &quot;Run as administrator&quot;), and analyse that output.</source>
        <translation>Kør dsregcmd /status som den indloggede bruger i en almindelig Kommandoprompt (ikke &quot;Kør som administrator&quot;), og analysér det output.</translation>
    </message>
    <message>
        <source>A device that is not joined to Azure AD gives no PRT at Windows sign-in.</source>
        <translation>En enhed, der ikke er tilmeldt Azure AD, giver intet PRT ved logon på Windows.</translation>
    </message>
    <message>
        <source>The last failed PRT attempt: status %1, server error %2 %3.</source>
        <translation>Det seneste mislykkede forsøg på at hente et PRT: status %1, serverfejl %2 %3.</translation>
    </message>
    <message>
        <source>Tenant discovery</source>
        <translation>Opslag af lejer</translation>
    </message>
    <message>
        <source>Connection to Microsoft as SYSTEM</source>
        <translation>Forbindelse til Microsoft som SYSTEM</translation>
    </message>
    <message>
        <source>Certificate on the computer object</source>
        <translation>Certifikat på computerobjektet</translation>
    </message>
    <message>
        <source>Pending registration</source>
        <translation>Afventende registrering</translation>
    </message>
    <message>
        <source>Sign-in and Primary Refresh Token</source>
        <translation>Logon og primært opdateringstoken</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>Inputtet er tomt.</translation>
    </message>
    <message>
        <source>The input is not text (binary data); expected the output of dsregcmd /status.</source>
        <translation>Inputtet er ikke tekst (binære data). Der forventes output fra dsregcmd /status.</translation>
    </message>
    <message>
        <source>When it is fixed, sign out and in again and run the analysis again.</source>
        <translation>Når det er rettet, skal du logge af og på igen og køre analysen igen.</translation>
    </message>
    <message>
        <source>On VPN the join can be started by hand: IT runs the scheduled task Automatic-Device-Join (Task Scheduler Library &gt; Microsoft &gt; Windows &gt; Workplace Join).</source>
        <translation>På VPN kan tilmeldingen startes manuelt: IT kører den planlagte opgave Automatic-Device-Join (Opgavestyringsbibliotek &gt; Microsoft &gt; Windows &gt; Workplace Join).</translation>
    </message>
    <message>
        <source>IT can look at the userCertificate attribute of the computer object (Active Directory Users and Computers, Attribute Editor).</source>
        <translation>IT kan se på attributten userCertificate på computerobjektet (Active Directory - brugere og computere, Attributeditor).</translation>
    </message>
    <message>
        <source>No failed attempt is recorded, but the device is not joined yet. It completes the registration at the next sign-in (or within the hour), after Azure AD Connect has synced it.</source>
        <translation>Der er ikke registreret noget mislykket forsøg, men enheden er endnu ikke tilmeldt. Den gennemfører registreringen ved næste logon (eller inden for en time), når Azure AD Connect har synkroniseret den.</translation>
    </message>
    <message>
        <source>If it stays like this after a sync and a new sign-in, have IT run the scheduled task Automatic-Device-Join.</source>
        <translation>Hvis det bliver ved efter en synkronisering og et nyt logon, skal IT køre den planlagte opgave Automatic-Device-Join.</translation>
    </message>
    <message>
        <source>The signed-in user has no PRT, so single sign-on fails and device-based Conditional Access can block access. No failed attempt is recorded.</source>
        <translation>Den indloggede bruger har intet PRT, så enkeltlogon mislykkes, og enhedsbaseret betinget adgang kan blokere adgangen. Der er ikke registreret noget mislykket forsøg.</translation>
    </message>
    <message>
        <source>The check did not finish in time.</source>
        <translation>Kontrollen blev ikke færdig i tide.</translation>
    </message>
    <message>
        <source>It was stopped because it took too long; usually a network or directory request got no answer.</source>
        <translation>Den blev stoppet, fordi den tog for lang tid. Som regel fik en forespørgsel til netværket eller Active Directory intet svar.</translation>
    </message>
    <message>
        <source>Run the checks again; if it happens again, check the network connection.</source>
        <translation>Kør kontrollerne igen. Sker det igen, skal du kontrollere netværksforbindelsen.</translation>
    </message>
    <message>
        <source>Only available on Windows: this computer is not a Windows device.</source>
        <translation>Kun tilgængelig på Windows: denne computer er ikke en Windows-enhed.</translation>
    </message>
    <message>
        <source>The pasted text is larger than %1 MiB; paste only the output of dsregcmd /status.</source>
        <translation>Den indsatte tekst er større end %1 MiB. Indsæt kun outputtet fra dsregcmd /status.</translation>
    </message>
    <message>
        <source>There is no demo called &quot;%1&quot;.</source>
        <translation>Der findes ingen demo med navnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only possible on the Windows device itself, as administrator.</source>
        <translation>Kun muligt på selve Windows-enheden og som administrator.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 blev ikke fundet.</translation>
    </message>
    <message>
        <source>The command could not be started: %1</source>
        <translation>Kommandoen kunne ikke startes: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>The command did not finish in time and was stopped.</source>
        <translation>Kommandoen blev ikke færdig i tide og blev stoppet.</translation>
    </message>
    <message>
        <source>The registration task was started.</source>
        <translation>Registreringsopgaven blev startet.</translation>
    </message>
    <message>
        <source>The command failed with exit code %1; administrator rights are needed.</source>
        <translation>Kommandoen mislykkedes med slutkoden %1. Der kræves administratorrettigheder.</translation>
    </message>
    <message>
        <source>When it is fixed, run the check again.</source>
        <translation>Når det er rettet, skal du køre kontrollen igen.</translation>
    </message>
    <message>
        <source>All of Microsoft&apos;s endpoints answered as they should.</source>
        <translation>Alle Microsofts slutpunkter svarede, som de skal.</translation>
    </message>
    <message>
        <source>Each endpoint was reached through the proxy in use (or directly), with a trusted certificate from the expected issuer, and gave the answer it gives Windows.</source>
        <translation>Hvert slutpunkt blev nået gennem den proxyserver, der bruges (eller direkte), med et certifikat, der er tillid til, fra den forventede udsteder, og gav det svar, det giver Windows.</translation>
    </message>
    <message>
        <source>The name of a Microsoft endpoint could not be looked up (DNS).</source>
        <translation>Navnet på et af Microsofts slutpunkter kunne ikke slås op (DNS).</translation>
    </message>
    <message>
        <source>Without a proxy the device must resolve the names itself, and the DNS server did not know them.</source>
        <translation>Uden en proxyserver skal enheden selv slå navnene op, og DNS-serveren kendte dem ikke.</translation>
    </message>
    <message>
        <source>Check that the DNS server resolves internet names, or set the WinHTTP proxy if the network only reaches the internet through a proxy (netsh winhttp set proxy).</source>
        <translation>Kontrollér, at DNS-serveren kan slå internetnavne op, eller angiv WinHTTP-proxyen, hvis netværket kun når internettet gennem en proxyserver (netsh winhttp set proxy).</translation>
    </message>
    <message>
        <source>The connection to a Microsoft endpoint was refused.</source>
        <translation>Forbindelsen til et af Microsofts slutpunkter blev afvist.</translation>
    </message>
    <message>
        <source>Something on the way (a firewall, or a server that is not Microsoft&apos;s) refused or closed the connection.</source>
        <translation>Noget undervejs (en firewall eller en server, der ikke er Microsofts) afviste eller lukkede forbindelsen.</translation>
    </message>
    <message>
        <source>Ask IT to allow HTTPS (port 443) to the endpoints listed below for the computer account, directly or through the proxy.</source>
        <translation>Bed IT om at tillade HTTPS (port 443) til slutpunkterne nedenfor for computerkontoen, direkte eller gennem proxyserveren.</translation>
    </message>
    <message>
        <source>A Microsoft endpoint did not answer in time.</source>
        <translation>Et af Microsofts slutpunkter svarede ikke i tide.</translation>
    </message>
    <message>
        <source>No complete answer came back before the time-out: the traffic is dropped on the way, typically because the network requires a proxy that SYSTEM does not use.</source>
        <translation>Der kom ikke et helt svar tilbage før timeout: trafikken bliver smidt væk undervejs, typisk fordi netværket kræver en proxyserver, som SYSTEM ikke bruger.</translation>
    </message>
    <message>
        <source>Set the proxy for WinHTTP (Group Policy, WPAD, or netsh winhttp set proxy proxy-server=&quot;&lt;proxy&gt;:&lt;port&gt;&quot; bypass-list=&quot;&lt;local&gt;&quot;) or open the firewall for port 443 to these endpoints.</source>
        <translation>Angiv proxyserveren for WinHTTP (gruppepolitik, WPAD eller netsh winhttp set proxy proxy-server=&quot;&lt;proxy&gt;:&lt;port&gt;&quot; bypass-list=&quot;&lt;local&gt;&quot;), eller åbn firewallen for port 443 til disse slutpunkter.</translation>
    </message>
    <message>
        <source>The certificate of a Microsoft endpoint is not trusted.</source>
        <translation>Der er ikke tillid til certifikatet fra et af Microsofts slutpunkter.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified: the certificate chain does not lead to a trusted root, the certificate is for another name, or the computer&apos;s clock is wrong.</source>
        <translation>Den sikre forbindelse kunne ikke bekræftes: certifikatkæden fører ikke til en rod, der er tillid til, certifikatet er til et andet navn, eller computerens ur går forkert.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time. If a proxy inspects TLS, its root certificate must be trusted, and the Microsoft endpoints should be exempted from inspection.</source>
        <translation>Kontrollér computerens dato og klokkeslæt. Hvis en proxyserver inspicerer TLS, skal der være tillid til dens rodcertifikat, og Microsofts slutpunkter bør undtages fra inspektion.</translation>
    </message>
    <message>
        <source>The connection to Microsoft is opened and inspected on the way (TLS inspection).</source>
        <translation>Forbindelsen til Microsoft bliver åbnet og inspiceret undervejs (TLS-inspektion).</translation>
    </message>
    <message>
        <source>The certificate is trusted but was not issued by Microsoft&apos;s issuers: a proxy or firewall re-signs the traffic. device.login.microsoftonline.com must not be inspected, or the device&apos;s certificate authentication fails.</source>
        <translation>Der er tillid til certifikatet, men det er ikke udstedt af Microsofts udstedere: en proxyserver eller firewall signerer trafikken igen. device.login.microsoftonline.com må ikke inspiceres, ellers mislykkes enhedens godkendelse med certifikat.</translation>
    </message>
    <message>
        <source>Ask IT to exempt device.login.microsoftonline.com, login.microsoftonline.com and enterpriseregistration.windows.net from TLS inspection (break and inspect) on the proxy or firewall.</source>
        <translation>Bed IT om at undtage device.login.microsoftonline.com, login.microsoftonline.com og enterpriseregistration.windows.net fra TLS-inspektion (break and inspect) på proxyserveren eller firewallen.</translation>
    </message>
    <message>
        <source>The proxy server cannot be reached.</source>
        <translation>Proxyserveren kan ikke nås.</translation>
    </message>
    <message>
        <source>The proxy that SYSTEM is set to use did not accept the connection, so nothing gets out. Outside the company network a fixed WinHTTP proxy often cannot be reached.</source>
        <translation>Den proxyserver, som SYSTEM er sat til at bruge, tog ikke imod forbindelsen, så intet kommer ud. Uden for firmaets netværk kan en fast WinHTTP-proxy ofte ikke nås.</translation>
    </message>
    <message>
        <source>Check the proxy address (netsh winhttp show proxy) and that the device can reach it; use WPAD or a PAC file where the proxy is only reachable inside the network.</source>
        <translation>Kontrollér proxyadressen (netsh winhttp show proxy), og at enheden kan nå den. Brug WPAD eller en PAC-fil, hvor proxyserveren kun kan nås inde i netværket.</translation>
    </message>
    <message>
        <source>The proxy server wants a user name and password, which SYSTEM cannot give.</source>
        <translation>Proxyserveren vil have et brugernavn og en adgangskode, som SYSTEM ikke kan give.</translation>
    </message>
    <message>
        <source>The proxy answered 407 (Proxy Authentication Required). The registration runs as the computer account and cannot sign in to the proxy the way a user&apos;s browser does.</source>
        <translation>Proxyserveren svarede 407 (Proxy Authentication Required). Registreringen kører som computerkontoen og kan ikke logge på proxyserveren, sådan som brugerens browser kan.</translation>
    </message>
    <message>
        <source>Ask IT to let the Microsoft endpoints through the proxy without authentication, or to accept the computer account (machine context).</source>
        <translation>Bed IT om at lukke Microsofts slutpunkter igennem proxyserveren uden godkendelse eller om at acceptere computerkontoen (maskinkontekst).</translation>
    </message>
    <message>
        <source>A Microsoft endpoint answered with an error.</source>
        <translation>Et af Microsofts slutpunkter svarede med en fejl.</translation>
    </message>
    <message>
        <source>The server was reached but answered with an HTTP status other than expected, for example 503 when the service or a proxy in front of it is unavailable.</source>
        <translation>Serveren blev nået, men svarede med en anden HTTP-status end forventet, for eksempel 503, når tjenesten eller en proxyserver foran den ikke er tilgængelig.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, check the proxy&apos;s log for these addresses.</source>
        <translation>Prøv igen senere. Hvis fejlen bliver ved, skal du se i proxyserverens log for disse adresser.</translation>
    </message>
    <message>
        <source>A Microsoft endpoint gave an answer that is not Microsoft&apos;s.</source>
        <translation>Et af Microsofts slutpunkter gav et svar, der ikke er Microsofts.</translation>
    </message>
    <message>
        <source>The answer was not what the service sends: typically a proxy&apos;s sign-in or block page, a captive portal (hotel or guest Wi-Fi), or an answer that was cut off.</source>
        <translation>Svaret var ikke det, tjenesten sender: typisk en logon- eller blokeringsside fra en proxyserver, en captive portal (hotel eller gæstenetværk) eller et svar, der blev afbrudt.</translation>
    </message>
    <message>
        <source>Sign in to the guest network in a browser first, or ask IT to let the computer account reach these endpoints without a block page.</source>
        <translation>Log først på gæstenetværket i en browser, eller bed IT om at lade computerkontoen nå disse slutpunkter uden en blokeringsside.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s endpoints answer from this computer now; the failure was recorded by Windows at its last attempt. Sign out and in again to let it try once more.</source>
        <translation>Microsofts slutpunkter svarer fra denne computer nu. Fejlen blev registreret af Windows ved det seneste forsøg. Log af og på igen, så Windows prøver en gang til.</translation>
    </message>
    <message>
        <source>Through the signed-in user&apos;s proxy (%1) every endpoint answers: it works in the browser, but not for SYSTEM. Give WinHTTP the same proxy (netsh winhttp import proxy source=ie, or by Group Policy).</source>
        <translation>Gennem den indloggede brugers proxyserver (%1) svarer alle slutpunkter: det virker i browseren, men ikke for SYSTEM. Giv WinHTTP den samme proxyserver (netsh winhttp import proxy source=ie eller med gruppepolitik).</translation>
    </message>
    <message>
        <source>The folder %1 holds more than %2 files; this is not a capture.</source>
        <translation>Mappen %1 indeholder mere end %2 filer; det er ikke en opsamling.</translation>
    </message>
    <message>
        <source>The folder %1 holds no dsregcmd /status output.</source>
        <translation>Mappen %1 indeholder ikke noget output fra dsregcmd /status.</translation>
    </message>
    <message>
        <source>This is a registry export, not dsregcmd /status output. Put both in one folder and open the folder.</source>
        <translation>Dette er en eksport fra registreringsdatabasen, ikke output fra dsregcmd /status. Læg begge filer i én mappe, og åbn mappen.</translation>
    </message>
    <message>
        <source>The service connection point (SCP) in Active Directory names the tenant.</source>
        <translation>Tjenesteforbindelsespunktet (SCP) i Active Directory angiver lejeren.</translation>
    </message>
    <message>
        <source>The SCP object exists and its keywords give a tenant name (azureADName) and a well-formed tenant ID (azureADId), so the device can find its tenant.</source>
        <translation>SCP-objektet findes, og dets keywords angiver et lejernavn (azureADName) og et gyldigt lejer-id (azureADId), så enheden kan finde sin lejer.</translation>
    </message>
    <message>
        <source>There is no service connection point (SCP) in Active Directory.</source>
        <translation>Der er intet tjenesteforbindelsespunkt (SCP) i Active Directory.</translation>
    </message>
    <message>
        <source>The domain controller answered, but the SCP object under Device Registration Configuration in the configuration partition does not exist. Without it (or a client-side SCP in the registry) the device does not know its tenant and never starts the registration.</source>
        <translation>Domænecontrolleren svarede, men SCP-objektet under Device Registration Configuration i konfigurationspartitionen findes ikke. Uden det (eller et SCP på klientsiden i registreringsdatabasen) ved enheden ikke, hvilken lejer den hører til, og registreringen starter aldrig.</translation>
    </message>
    <message>
        <source>Ask IT to configure the SCP with Azure AD Connect (Configure device options) for this forest; it needs an Enterprise Admin.</source>
        <translation>Bed IT om at konfigurere SCP&apos;et for denne skov med Azure AD Connect (Konfigurer enhedsindstillinger); det kræver en Enterprise Admin.</translation>
    </message>
    <message>
        <source>For a targeted roll-out without an SCP in AD, deploy TenantId and TenantName under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD by Group Policy.</source>
        <translation>Til en målrettet udrulning uden SCP i AD kan TenantId og TenantName udrulles under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD med gruppepolitik.</translation>
    </message>
    <message>
        <source>The service connection point (SCP) lacks the tenant&apos;s name or ID.</source>
        <translation>Tjenesteforbindelsespunktet (SCP) mangler lejerens navn eller id.</translation>
    </message>
    <message>
        <source>The SCP object exists, but its keywords attribute must hold both azureADName:&lt;verified domain&gt; and azureADId:&lt;tenant ID&gt;. One or both are missing, so the device cannot tell which tenant to register in.</source>
        <translation>SCP-objektet findes, men dets keywords-attribut skal indeholde både azureADName:&lt;bekræftet domæne&gt; og azureADId:&lt;lejer-id&gt;. Den ene eller begge mangler, så enheden kan ikke vide, hvilken lejer den skal registreres i.</translation>
    </message>
    <message>
        <source>Ask IT to run Configure device options in Azure AD Connect again, or to set both keywords on the SCP object (ADSI Edit).</source>
        <translation>Bed IT om at køre Konfigurer enhedsindstillinger i Azure AD Connect igen eller sætte begge keywords på SCP-objektet (ADSI Edit).</translation>
    </message>
    <message>
        <source>Wait for AD replication, then sign out and in again.</source>
        <translation>Vent på AD-replikeringen, og log derefter af og på igen.</translation>
    </message>
    <message>
        <source>The tenant ID in the service connection point (SCP) is not a valid ID.</source>
        <translation>Lejer-id&apos;et i tjenesteforbindelsespunktet (SCP) er ikke et gyldigt id.</translation>
    </message>
    <message>
        <source>The azureADId keyword must be the tenant&apos;s ID, a GUID such as 11111111-2222-3333-4444-555555555555. The value in AD is not, so the registration cannot find the tenant.</source>
        <translation>Nøgleordet azureADId skal være lejerens id, et GUID som 11111111-2222-3333-4444-555555555555. Værdien i AD er det ikke, så registreringen kan ikke finde lejeren.</translation>
    </message>
    <message>
        <source>The tenant name and tenant ID in the SCP belong to different tenants.</source>
        <translation>Lejernavnet og lejer-id&apos;et i SCP&apos;et hører til forskellige lejere.</translation>
    </message>
    <message>
        <source>Azure AD says that the domain in azureADName belongs to another tenant than the one in azureADId. The device would try to register in the wrong tenant.</source>
        <translation>Ifølge Azure AD hører domænet i azureADName til en anden lejer end den i azureADId. Enheden ville forsøge at blive registreret i den forkerte lejer.</translation>
    </message>
    <message>
        <source>Ask IT to make azureADName a verified domain of the tenant whose ID is in azureADId (or correct the ID).</source>
        <translation>Bed IT om at gøre azureADName til et bekræftet domæne i den lejer, hvis id står i azureADId (eller rette id&apos;et).</translation>
    </message>
    <message>
        <source>The registry and Active Directory name different tenants.</source>
        <translation>Registreringsdatabasen og Active Directory angiver forskellige lejere.</translation>
    </message>
    <message>
        <source>The client-side SCP in the registry takes precedence, so this device registers in the tenant named there, not in the one the SCP in Active Directory names. That is only right during a planned, targeted roll-out.</source>
        <translation>SCP&apos;et på klientsiden i registreringsdatabasen har forrang, så enheden registreres i den lejer, der står der, og ikke i den, som SCP&apos;et i Active Directory angiver. Det er kun rigtigt under en planlagt, målrettet udrulning.</translation>
    </message>
    <message>
        <source>Ask IT which tenant is right, and correct the Group Policy that writes TenantId and TenantName, or the SCP in AD.</source>
        <translation>Spørg IT, hvilken lejer der er den rigtige, og få rettet den gruppepolitik, der skriver TenantId og TenantName, eller SCP&apos;et i AD.</translation>
    </message>
    <message>
        <source>The device has its tenant from the registry (client-side SCP).</source>
        <translation>Enheden har sin lejer fra registreringsdatabasen (SCP på klientsiden).</translation>
    </message>
    <message>
        <source>TenantId and TenantName are set under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD. The device uses them and does not ask Active Directory.</source>
        <translation>TenantId og TenantName er angivet under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD. Enheden bruger dem og spørger ikke Active Directory.</translation>
    </message>
    <message>
        <source>The client-side SCP in the registry is incomplete or malformed.</source>
        <translation>SCP&apos;et på klientsiden i registreringsdatabasen er ufuldstændigt eller forkert udformet.</translation>
    </message>
    <message>
        <source>The registry key CDJ\AAD is present, so the device uses it instead of Active Directory, but TenantId is not a tenant ID or TenantName is empty.</source>
        <translation>Registreringsnøglen CDJ\AAD findes, så enheden bruger den i stedet for Active Directory, men TenantId er ikke et lejer-id, eller TenantName er tomt.</translation>
    </message>
    <message>
        <source>Ask IT to correct the Group Policy (Preferences &gt; Registry) that writes TenantId and TenantName, or remove the key so that the SCP in Active Directory is used.</source>
        <translation>Bed IT om at rette den gruppepolitik (Indstillinger &gt; Registreringsdatabase), der skriver TenantId og TenantName, eller fjerne nøglen, så SCP&apos;et i Active Directory bruges.</translation>
    </message>
    <message>
        <source>The service connection point (SCP) could not be read.</source>
        <translation>Tjenesteforbindelsespunktet (SCP) kunne ikke læses.</translation>
    </message>
    <message>
        <source>The domain controller answered, but refused to show the SCP object to this account.</source>
        <translation>Domænecontrolleren svarede, men ville ikke vise SCP-objektet for denne konto.</translation>
    </message>
    <message>
        <source>Run JoinDoctor as a domain user (or give --bind-dn), or ask IT to check the SCP with ADSI Edit.</source>
        <translation>Kør JoinDoctor som domænebruger (eller angiv --bind-dn), eller bed IT om at kontrollere SCP&apos;et med ADSI Edit.</translation>
    </message>
    <message>
        <source>Registry: %1 (%2).</source>
        <translation>Registreringsdatabasen: %1 (%2).</translation>
    </message>
    <message>
        <source>Active Directory: %1 (%2).</source>
        <translation>Active Directory: %1 (%2).</translation>
    </message>
    <message>
        <source>Tenant: %1 (%2).</source>
        <translation>Lejer: %1 (%2).</translation>
    </message>
    <message>
        <source>Azure AD gives %1 the tenant ID %2.</source>
        <translation>Ifølge Azure AD har %1 lejer-id&apos;et %2.</translation>
    </message>
    <message>
        <source>The computer object in Active Directory has a valid certificate.</source>
        <translation>Computerobjektet i Active Directory har et gyldigt certifikat.</translation>
    </message>
    <message>
        <source>Windows wrote its self-signed certificate (subject CN=&lt;the computer&apos;s objectGUID&gt;) to userCertificate, and it is within its validity. Azure AD Connect can now sync the device.</source>
        <translation>Windows har skrevet sit selvsignerede certifikat (emne CN=&lt;computerens objectGUID&gt;) i userCertificate, og det er inden for sin gyldighedsperiode. Azure AD Connect kan nu synkronisere enheden.</translation>
    </message>
    <message>
        <source>The certificate is in place, but the domain controller&apos;s Kerberos port does not answer.</source>
        <translation>Certifikatet er på plads, men domænecontrollerens Kerberos-port svarer ikke.</translation>
    </message>
    <message>
        <source>LDAP works, but Kerberos (TCP port 88) is blocked. Sign-in, password changes and the join itself need Kerberos; a firewall or a VPN profile that only lets some ports through is a common cause.</source>
        <translation>LDAP virker, men Kerberos (TCP-port 88) er blokeret. Logon, adgangskodeskift og selve tilmeldingen kræver Kerberos; en firewall eller en VPN-profil, der kun lukker visse porte igennem, er en almindelig årsag.</translation>
    </message>
    <message>
        <source>Ask IT to open TCP and UDP port 88 to the domain controllers on this network or VPN.</source>
        <translation>Bed IT om at åbne TCP- og UDP-port 88 til domænecontrollerne på dette netværk eller VPN.</translation>
    </message>
    <message>
        <source>No domain controller could be found: DNS does not know the domain&apos;s domain controllers.</source>
        <translation>Der blev ikke fundet nogen domænecontroller: DNS kender ikke domænets domænecontrollere.</translation>
    </message>
    <message>
        <source>Windows finds a domain controller through the DNS record _ldap._tcp.dc._msdcs.&lt;domain&gt;. This network&apos;s DNS does not answer it, which is what happens outside the office without VPN, or with a VPN that does not hand out the company&apos;s DNS servers.</source>
        <translation>Windows finder en domænecontroller via DNS-posten _ldap._tcp.dc._msdcs.&lt;domæne&gt;. Dette netværks DNS svarer ikke på den, og det er netop, hvad der sker uden for kontoret uden VPN, eller med en VPN, der ikke giver firmaets DNS-servere.</translation>
    </message>
    <message>
        <source>Connect to the company network or the VPN, then run the checks again.</source>
        <translation>Opret forbindelse til firmaets netværk eller VPN, og kør kontrollerne igen.</translation>
    </message>
    <message>
        <source>If the VPN is connected, ask IT to check that it gives the company&apos;s DNS servers and the domain&apos;s DNS suffix.</source>
        <translation>Hvis VPN er forbundet, så bed IT om at kontrollere, at den giver firmaets DNS-servere og domænets DNS-suffiks.</translation>
    </message>
    <message>
        <source>The domain controller accepted the connection but did not answer.</source>
        <translation>Domænecontrolleren tog imod forbindelsen, men svarede ikke.</translation>
    </message>
    <message>
        <source>The LDAP port is open, but no answer came back within the time-out. A firewall or VPN that inspects traffic, or an overloaded domain controller, can cause this; Windows then cannot write its certificate.</source>
        <translation>LDAP-porten er åben, men der kom intet svar inden for tidsgrænsen. En firewall eller VPN, der inspicerer trafikken, eller en overbelastet domænecontroller kan være årsagen; så kan Windows ikke skrive sit certifikat.</translation>
    </message>
    <message>
        <source>Run the checks again in a few minutes; if it persists, ask IT to look at the path to the domain controller (firewall, VPN).</source>
        <translation>Kør kontrollerne igen om et par minutter; bliver det ved, så bed IT om at se på forbindelsen til domænecontrolleren (firewall, VPN).</translation>
    </message>
    <message>
        <source>Then lock and unlock, or sign out and in again.</source>
        <translation>Lås derefter skærmen og lås den op, eller log af og på igen.</translation>
    </message>
    <message>
        <source>This computer has no object in Active Directory.</source>
        <translation>Denne computer har intet objekt i Active Directory.</translation>
    </message>
    <message>
        <source>No computer object with this name was found in the domain. The certificate can only be written to the computer&apos;s own object: the computer may have been deleted from AD, renamed, or joined to another domain.</source>
        <translation>Der blev ikke fundet noget computerobjekt med dette navn i domænet. Certifikatet kan kun skrives i computerens eget objekt: computeren kan være slettet fra AD, omdøbt eller meldt ind i et andet domæne.</translation>
    </message>
    <message>
        <source>Ask IT to look the computer up in Active Directory Users and Computers; if it is gone, the computer must be joined to the domain again.</source>
        <translation>Bed IT om at slå computeren op i Active Directory – brugere og computere; er den væk, skal computeren meldes ind i domænet igen.</translation>
    </message>
    <message>
        <source>The computer object could not be read.</source>
        <translation>Computerobjektet kunne ikke læses.</translation>
    </message>
    <message>
        <source>The domain controller answered, but did not let this account search for the computer object.</source>
        <translation>Domænecontrolleren svarede, men lod ikke denne konto søge efter computerobjektet.</translation>
    </message>
    <message>
        <source>Run JoinDoctor as a domain user (or give --bind-dn), or ask IT to check the computer object&apos;s userCertificate attribute.</source>
        <translation>Kør JoinDoctor som domænebruger (eller angiv --bind-dn), eller bed IT om at kontrollere attributten userCertificate på computerobjektet.</translation>
    </message>
    <message>
        <source>Windows has not written its certificate to the computer object.</source>
        <translation>Windows har ikke skrevet sit certifikat i computerobjektet.</translation>
    </message>
    <message>
        <source>The computer object&apos;s userCertificate attribute is empty. Windows writes it when a user signs in while a domain controller is reachable. Either no domain controller was reachable at sign-in (VPN connected too late), or the computer may not write to its own object. Azure AD Connect does not sync a computer without it.</source>
        <translation>Computerobjektets attribut userCertificate er tom. Windows skriver den, når en bruger logger på, mens en domænecontroller kan nås. Enten kunne ingen domænecontroller nås ved logon (VPN blev forbundet for sent), eller også må computeren ikke skrive i sit eget objekt. Azure AD Connect synkroniserer ikke en computer uden den.</translation>
    </message>
    <message>
        <source>Connect to the company network or VPN, then lock and unlock, or sign out and in again, and run the checks again.</source>
        <translation>Opret forbindelse til firmaets netværk eller VPN, lås skærmen og lås den op, eller log af og på igen, og kør så kontrollerne igen.</translation>
    </message>
    <message>
        <source>If it stays empty, ask IT to check that SELF may write userCertificate on computer objects in this OU, and look for events 304, 305 and 307 in User Device Registration.</source>
        <translation>Hvis den forbliver tom, så bed IT om at kontrollere, at SELF må skrive userCertificate på computerobjekter i denne OU, og se efter hændelse 304, 305 og 307 i User Device Registration.</translation>
    </message>
    <message>
        <source>The certificate on the computer object has expired.</source>
        <translation>Certifikatet på computerobjektet er udløbet.</translation>
    </message>
    <message>
        <source>The only certificate with the right subject is past its end date, so it cannot be used to register the device.</source>
        <translation>Det eneste certifikat med det rigtige emne er udløbet, så det kan ikke bruges til at registrere enheden.</translation>
    </message>
    <message>
        <source>Sign out and in again on the company network or VPN; Windows then writes a new certificate. IT can also start the scheduled task Automatic-Device-Join.</source>
        <translation>Log af og på igen på firmaets netværk eller VPN; så skriver Windows et nyt certifikat. IT kan også starte den planlagte opgave Automatic-Device-Join.</translation>
    </message>
    <message>
        <source>The certificate on the computer object is not valid yet.</source>
        <translation>Certifikatet på computerobjektet er ikke gyldigt endnu.</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date is in the future. That points to a wrong clock, on this computer or where the certificate was made.</source>
        <translation>Certifikatets startdato ligger i fremtiden. Det tyder på et forkert ur, enten på denne computer eller der, hvor certifikatet blev lavet.</translation>
    </message>
    <message>
        <source>Check the date, time and time zone of this computer, then sign out and in again.</source>
        <translation>Kontrollér dato, klokkeslæt og tidszone på denne computer, og log derefter af og på igen.</translation>
    </message>
    <message>
        <source>The certificate on the computer object belongs to another object.</source>
        <translation>Certifikatet på computerobjektet tilhører et andet objekt.</translation>
    </message>
    <message>
        <source>Windows&apos; certificate has the subject CN=&lt;objectGUID&gt; of the computer object. The certificates found have another subject; the object may have been re-created or restored, or the certificates were copied from another computer.</source>
        <translation>Windows&apos; certifikat har emnet CN=&lt;objectGUID&gt; for computerobjektet. De fundne certifikater har et andet emne; objektet kan være genoprettet eller oprettet på ny, eller certifikaterne er kopieret fra en anden computer.</translation>
    </message>
    <message>
        <source>Ask IT to clear userCertificate on the computer object, then sign out and in again on the company network so that Windows writes a new one.</source>
        <translation>Bed IT om at rydde userCertificate på computerobjektet, og log derefter af og på igen på firmaets netværk, så Windows skriver et nyt.</translation>
    </message>
    <message>
        <source>Active Directory itself was not read here; JoinDoctor reads it when it checks this computer on the company network or VPN.</source>
        <translation>Active Directory blev ikke læst direkte her; JoinDoctor læser det, når den kontrollerer denne computer på firmaets netværk eller VPN.</translation>
    </message>
    <message>
        <source>The capture holds no dsregcmd /status output (%1).</source>
        <translation>Opsamlingen indeholder ikke noget output fra dsregcmd /status (%1).</translation>
    </message>
    <message>
        <source>This capture file is damaged or not a JoinDoctor capture (%1).</source>
        <translation>Denne opsamlingsfil er beskadiget eller ikke en JoinDoctor-opsamling (%1).</translation>
    </message>
    <message>
        <source>This capture was made by a newer JoinDoctor (format %1); update JoinDoctor to open it.</source>
        <translation>Opsamlingen er lavet af en nyere JoinDoctor (format %1); opdater JoinDoctor for at åbne den.</translation>
    </message>
    <message>
        <source>Only possible on the Windows device itself.</source>
        <translation>Kun muligt på selve Windows-enheden.</translation>
    </message>
    <message>
        <source>The device is not joined yet; a PRT comes after the join.</source>
        <translation>Enheden er ikke tilmeldt endnu; et PRT kommer først efter tilmeldingen.</translation>
    </message>
    <message>
        <source>Windows asks Azure AD for a new Primary Refresh Token for you. Nothing else changes; no administrator rights are needed.</source>
        <translation>Windows beder Azure AD om et nyt primært opdateringstoken (PRT) til dig. Intet andet ændres, og det kræver ikke administratorrettigheder.</translation>
    </message>
    <message>
        <source>dsregcmd /refreshprt could not be run.</source>
        <translation>dsregcmd /refreshprt kunne ikke køres.</translation>
    </message>
    <message>
        <source>The PRT was renewed at %1.</source>
        <translation>PRT&apos;et blev fornyet %1.</translation>
    </message>
    <message>
        <source>dsregcmd /refreshprt ran, but the PRT was not renewed: AzureAdPrtUpdateTime did not move. Lock and unlock the computer, or sign out and in.</source>
        <translation>dsregcmd /refreshprt blev kørt, men PRT&apos;et blev ikke fornyet: AzureAdPrtUpdateTime flyttede sig ikke. Lås computeren og lås den op, eller log af og på.</translation>
    </message>
    <message>
        <source>The device leaves Azure AD (its registration on this computer is removed) and registers again. Until Azure AD Connect has synced it and you have signed in again, single sign-on does not work. Needs administrator rights.</source>
        <translation>Enheden forlader Azure AD (dens registrering på denne computer fjernes) og registreres igen. Indtil Azure AD Connect har synkroniseret den, og du har logget på igen, virker enkeltlogon ikke. Kræver administratorrettigheder.</translation>
    </message>
    <message>
        <source>Administrator rights were refused; nothing was changed.</source>
        <translation>Administratorrettigheder blev afvist; intet er ændret.</translation>
    </message>
    <message>
        <source>dsregcmd /leave could not be run: %1</source>
        <translation>dsregcmd /leave kunne ikke køres: %1</translation>
    </message>
    <message>
        <source>dsregcmd /leave failed (exit code %1); the join was not started.</source>
        <translation>dsregcmd /leave mislykkedes (slutkode %1); tilmeldingen blev ikke startet.</translation>
    </message>
    <message>
        <source>The device left Azure AD and the registration was started again. Sign out and in after the next sync.</source>
        <translation>Enheden har forladt Azure AD, og registreringen er startet igen. Log af og på efter næste synkronisering.</translation>
    </message>
    <message>
        <source>The device left Azure AD, but the registration could not be started (exit code %1). Sign out and in to start it.</source>
        <translation>Enheden har forladt Azure AD, men registreringen kunne ikke startes (slutkode %1). Log af og på for at starte den.</translation>
    </message>
    <message>
        <source>The VPN came up after you signed in, so Windows found no domain controller in time.</source>
        <translation>VPN-forbindelsen kom op, efter du loggede på, så Windows fandt ikke en domænecontroller i tide.</translation>
    </message>
    <message>
        <source>Windows starts the registration when you sign in. At that moment no domain controller could be reached; the VPN is connected now, but Windows does not try again until the next sign-in (or within the hour).</source>
        <translation>Windows starter registreringen, når du logger på. I det øjeblik kunne ingen domænecontroller nås; VPN er forbundet nu, men Windows prøver ikke igen før næste logon (eller inden for en time).</translation>
    </message>
    <message>
        <source>Start the join by hand now: Retry join (needs administrator rights), or ask IT to run the scheduled task Automatic-Device-Join while the VPN is connected.</source>
        <translation>Start tilmeldingen manuelt nu: Prøv tilmelding igen (kræver administratorrettigheder), eller bed IT om at køre den planlagte opgave Automatic-Device-Join, mens VPN er forbundet.</translation>
    </message>
    <message>
        <source>Or, while the VPN stays connected, lock the computer and unlock it again.</source>
        <translation>Eller lås computeren og lås den op igen, mens VPN forbliver forbundet.</translation>
    </message>
    <message>
        <source>JoinDoctor will start the registration again: Windows&apos; scheduled task Automatic-Device-Join runs dsregcmd /join as SYSTEM. Windows asks for administrator rights first; if you cannot give them, the helpdesk can start it from their desk. Nothing else changes.</source>
        <translation>JoinDoctor starter registreringen igen: Windows&apos; planlagte opgave Automatic-Device-Join kører dsregcmd /join som SYSTEM. Windows beder først om administratorrettigheder; kan du ikke give dem, kan supporten starte den fra deres egen computer. Andet ændres ikke.</translation>
    </message>
    <message>
        <source>The task could not be started (exit code %1).</source>
        <translation>Opgaven kunne ikke startes (slutkode %1).</translation>
    </message>
    <message>
        <source>dsregcmd /leave had not finished after %1 seconds, so the join was not started. Run the checks again in a few minutes.</source>
        <translation>dsregcmd /leave var ikke færdig efter %1 sekunder, så tilmeldingen blev ikke startet. Kør kontrollerne igen om et par minutter.</translation>
    </message>
    <message>
        <source>The device left Azure AD and the registration task was started, but it had not finished after %1 seconds. Run the checks again in a few minutes.</source>
        <translation>Enheden har forladt Azure AD, og registreringsopgaven blev startet, men den var ikke færdig efter %1 sekunder. Kør kontrollerne igen om et par minutter.</translation>
    </message>
    <message>
        <source>The registration task was started but had not finished after %1 seconds; run the checks again in a few minutes.</source>
        <translation>Registreringsopgaven blev startet, men var ikke færdig efter %1 sekunder. Kør kontrollerne igen om et par minutter.</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The source of the results in every page&apos;s footer: read from this device just now.</extracomment>
        <translation>denne computer</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>filen %1</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>indsat tekst</translation>
    </message>
    <message>
        <source>demo %1</source>
        <translation>demo %1</translation>
    </message>
    <message>
        <source>Only when Azure AD reports the device as disabled or deleted (DeviceAuthStatus), or no longer has its registration.</source>
        <translation>Kun når Azure AD melder enheden deaktiveret eller slettet (DeviceAuthStatus), eller ikke længere har dens registrering.</translation>
    </message>
    <message>
        <source>When it is fixed, lock and unlock the computer and run the analysis again.</source>
        <translation>Når det er rettet, så lås computeren, lås den op igen, og kør analysen igen.</translation>
    </message>
    <message>
        <source>Windows could not look up Azure AD&apos;s sign-in address (DNS).</source>
        <translation>Windows kunne ikke slå Azure AD&apos;s login-adresse op (DNS).</translation>
    </message>
    <message>
        <source>At the last sign-in the name login.microsoftonline.com could not be resolved, so no PRT could be fetched. Without a proxy the device must resolve internet names itself.</source>
        <translation>Ved sidste login kunne navnet login.microsoftonline.com ikke slås op, så der kunne ikke hentes en PRT. Uden proxy skal enheden selv kunne slå internetnavne op.</translation>
    </message>
    <message>
        <source>Check that the DNS server resolves internet names (nslookup login.microsoftonline.com), or set the WinHTTP proxy if the network only reaches the internet through a proxy.</source>
        <translation>Kontrollér, at DNS-serveren kan slå internetnavne op (nslookup login.microsoftonline.com), eller angiv WinHTTP-proxyen, hvis netværket kun når internettet gennem en proxy.</translation>
    </message>
    <message>
        <source>The proxy stopped the sign-in to Azure AD.</source>
        <translation>Proxyen stoppede login til Azure AD.</translation>
    </message>
    <message>
        <source>At the last sign-in the proxy, its automatic configuration script (PAC) or its authentication stopped the request for a PRT. The sign-in runs as the computer, which cannot answer a proxy&apos;s password prompt.</source>
        <translation>Ved sidste login stoppede proxyen, dens automatiske konfigurationsscript (PAC) eller dens godkendelse anmodningen om en PRT. Anmodningen sendes som computeren, og den kan ikke svare, når en proxy beder om adgangskode.</translation>
    </message>
    <message>
        <source>IT lets login.microsoftonline.com, enterpriseregistration.windows.net and device.login.microsoftonline.com through the proxy without authentication, and checks that the PAC file can be downloaded.</source>
        <translation>IT lukker login.microsoftonline.com, enterpriseregistration.windows.net og device.login.microsoftonline.com igennem proxyen uden godkendelse og kontrollerer, at PAC-filen kan hentes.</translation>
    </message>
    <message>
        <source>The secure connection to Azure AD failed (TLS).</source>
        <translation>Den sikre forbindelse til Azure AD mislykkedes (TLS).</translation>
    </message>
    <message>
        <source>At the last sign-in the TLS connection to Azure AD could not be set up or its certificate was not accepted; usually a proxy or firewall that inspects TLS traffic, or a wrong clock.</source>
        <translation>Ved sidste login kunne TLS-forbindelsen til Azure AD ikke oprettes, eller certifikatet blev ikke godkendt. Som regel skyldes det en proxy eller firewall, der undersøger TLS-trafikken, eller et forkert ur.</translation>
    </message>
    <message>
        <source>IT exempts Microsoft&apos;s sign-in and registration addresses from TLS inspection and checks the computer&apos;s date and time.</source>
        <translation>IT undtager Microsofts login- og registreringsadresser fra TLS-inspektion og kontrollerer computerens dato og klokkeslæt.</translation>
    </message>
    <message>
        <source>Azure AD&apos;s sign-in service could not be reached.</source>
        <translation>Azure AD&apos;s login-tjeneste kunne ikke nås.</translation>
    </message>
    <message>
        <source>At the last sign-in the connection to login.microsoftonline.com timed out, was refused or was cut, so no PRT could be fetched. Typically the network needs a proxy that the computer account does not use.</source>
        <translation>Ved sidste login fik forbindelsen til login.microsoftonline.com timeout, blev afvist eller blev afbrudt, så der kunne ikke hentes en PRT. Typisk kræver netværket en proxy, som computerkontoen ikke bruger.</translation>
    </message>
    <message>
        <source>Check the network and the proxy for the computer context (netsh winhttp show proxy); on VPN, connect it before signing in.</source>
        <translation>Kontrollér netværket og proxyen for computerkontoen (netsh winhttp show proxy). Bruges VPN, så forbind den, før du logger på.</translation>
    </message>
    <message>
        <source>The network cause: the name of Azure AD&apos;s sign-in service could not be looked up (DNS).</source>
        <translation>Årsagen i netværket: navnet på Azure AD&apos;s login-tjeneste kunne ikke slås op (DNS).</translation>
    </message>
    <message>
        <source>The network cause: the proxy, its configuration script or its authentication.</source>
        <translation>Årsagen i netværket: proxyen, dens konfigurationsscript eller dens godkendelse.</translation>
    </message>
    <message>
        <source>The network cause: the TLS connection or the server&apos;s certificate (TLS inspection?).</source>
        <translation>Årsagen i netværket: TLS-forbindelsen eller serverens certifikat (TLS-inspektion?).</translation>
    </message>
    <message>
        <source>The network cause: no answer, or the connection was refused or cut.</source>
        <translation>Årsagen i netværket: intet svar, eller forbindelsen blev afvist eller afbrudt.</translation>
    </message>
    <message>
        <source>Then on the device, as administrator: dsregcmd /leave, restart, and sign in with the user&apos;s own account; the registration runs again (JoinDoctor&apos;s &quot;Leave and re-join&quot; does the first part).</source>
        <translation>Derefter på enheden som administrator: dsregcmd /leave, genstart, og log på med brugerens egen konto. Så kører registreringen igen (JoinDoctors &quot;Forlad og tilmeld igen&quot; klarer første del).</translation>
    </message>
    <message>
        <source>The device&apos;s registration no longer exists in Azure AD.</source>
        <translation>Enhedens registrering findes ikke længere i Azure AD.</translation>
    </message>
    <message>
        <source>Windows tried to renew its registration, but Azure AD has no device with this ID: the device object was deleted, or the computer object left the Azure AD Connect sync scope. The registration on the device is stale and cannot heal by itself.</source>
        <translation>Windows prøvede at forny registreringen, men Azure AD har ingen enhed med dette id: enhedsobjektet er slettet, eller computerobjektet er ikke længere med i synkroniseringen i Azure AD Connect. Registreringen på enheden er forældet og retter sig ikke selv.</translation>
    </message>
    <message>
        <source>IT makes sure the computer object is in an OU that Azure AD Connect syncs and has a userCertificate value.</source>
        <translation>IT sørger for, at computerobjektet ligger i en OU, som Azure AD Connect synkroniserer, og at det har en værdi i userCertificate.</translation>
    </message>
    <message>
        <source>Azure AD refuses the device: it is disabled or deleted.</source>
        <translation>Azure AD afviser enheden: den er deaktiveret eller slettet.</translation>
    </message>
    <message>
        <source>The device says it is joined, but Azure AD does not accept it. Either an administrator disabled it, or its object was deleted (often after it left the sync scope) and comes back as &quot;Pending&quot; at the next sync. No user gets a PRT on it until this is repaired.</source>
        <translation>Enheden mener selv, at den er tilmeldt, men Azure AD godtager den ikke. Enten har en administrator deaktiveret den, eller dens objekt er slettet (ofte fordi den røg ud af synkroniseringen) og kommer tilbage som &quot;Afventer&quot; ved næste synkronisering. Ingen bruger får en PRT på den, før det er rettet.</translation>
    </message>
    <message>
        <source>If it is missing or &quot;Pending&quot;: make sure the computer object is in the sync scope and wait for the next sync.</source>
        <translation>Mangler den eller står den som &quot;Afventer&quot;: sørg for, at computerobjektet er med i synkroniseringen, og vent på næste synkronisering.</translation>
    </message>
    <message>
        <source>The user has no Enterprise PRT from AD FS.</source>
        <translation>Brugeren har ingen Enterprise PRT fra AD FS.</translation>
    </message>
    <message>
        <source>The user signs in through AD FS, which also issues an Enterprise PRT. The Azure AD PRT is there, but the Enterprise PRT is not, so single sign-on to AD FS applications and Windows Hello for Business certificate trust fail.</source>
        <translation>Brugeren logger på gennem AD FS, som også udsteder en Enterprise PRT. Azure AD-PRT&apos;en er der, men Enterprise PRT&apos;en mangler, så enkeltlogon til AD FS-programmer og Windows Hello for Business med certifikattillid virker ikke.</translation>
    </message>
    <message>
        <source>IT reads the AD FS error (the server error below, and the AD FS Admin log) and checks that the device is registered in AD FS (device write-back).</source>
        <translation>IT læser AD FS-fejlen (serverfejlen nedenfor og AD FS-loggen Admin) og kontrollerer, at enheden er registreret i AD FS (tilbageskrivning af enheder).</translation>
    </message>
    <message>
        <source>AD FS does not know the device&apos;s key: no Enterprise PRT.</source>
        <translation>AD FS kender ikke enhedens nøgle: ingen Enterprise PRT.</translation>
    </message>
    <message>
        <source>AD FS refused the Enterprise PRT because the device is not registered with a transport key there (MSIS9682). The device object is not written back from Azure AD to Active Directory.</source>
        <translation>AD FS afviste Enterprise PRT&apos;en, fordi enheden ikke er registreret med en transportnøgle dér (MSIS9682). Enhedsobjektet bliver ikke skrevet tilbage fra Azure AD til Active Directory.</translation>
    </message>
    <message>
        <source>IT turns on device write-back in Azure AD Connect (and checks the RegisteredDevices container and its permissions), waits for the next sync, then the user locks and unlocks the computer.</source>
        <translation>IT slår tilbageskrivning af enheder til i Azure AD Connect (og kontrollerer containeren RegisteredDevices og dens rettigheder) og venter på næste synkronisering. Derefter låser brugeren computeren og låser den op igen.</translation>
    </message>
    <message>
        <source>dsregcmd asks to be run as the signed-in user, not elevated.</source>
        <translation>dsregcmd beder om at blive kørt som den indloggede bruger, ikke som administrator.</translation>
    </message>
    <message>
        <source>The trace says the command must run as a non-elevated user: run as administrator, dsregcmd cannot read the user&apos;s sign-in state, so the PRT is not shown.</source>
        <translation>Sporingen siger, at kommandoen skal køres uden administratorrettigheder: kørt som administrator kan dsregcmd ikke læse brugerens login-tilstand, så PRT&apos;en vises ikke.</translation>
    </message>
    <message>
        <source>Open a normal Command Prompt as the signed-in user (not &quot;Run as administrator&quot;), run dsregcmd /status there, and analyse that output.</source>
        <translation>Åbn en almindelig Kommandoprompt som den indloggede bruger (ikke &quot;Kør som administrator&quot;), kør dsregcmd /status dér, og analysér det output.</translation>
    </message>
    <message>
        <source>The sign-in name %1 ends in a domain that cannot be verified in Azure AD, so Azure AD cannot find the user by it. IT gives the user a UPN with a verified domain, or sets up Alternate Login ID.</source>
        <translation>Loginnavnet %1 slutter på et domæne, der ikke kan bekræftes i Azure AD, så Azure AD kan ikke finde brugeren ud fra det. IT giver brugeren et UPN med et bekræftet domæne eller opsætter Alternate Login ID.</translation>
    </message>
    <message>
        <source>The last failed Enterprise PRT attempt (AD FS): status %1, server error %2 %3.</source>
        <translation>Det seneste mislykkede forsøg på en Enterprise PRT (AD FS): status %1, serverfejl %2 %3.</translation>
    </message>
    <message>
        <source>Windows&apos; own test could not read the tenant from Active Directory (AD Configuration Test).</source>
        <translation>Windows&apos; egen test kunne ikke læse lejeren i Active Directory (AD Configuration Test).</translation>
    </message>
    <message>
        <source>At the last join attempt Windows did not find a valid service connection point (SCP) in Active Directory, so it did not know which tenant to join.</source>
        <translation>Ved det seneste forsøg på at blive tilmeldt fandt Windows ikke et gyldigt tjenesteforbindelsespunkt (SCP) i Active Directory og vidste derfor ikke, hvilken lejer enheden skulle tilmeldes.</translation>
    </message>
    <message>
        <source>IT checks the SCP in the configuration partition (Azure AD Connect, Configure device options) or the client-side SCP in the registry.</source>
        <translation>IT kontrollerer SCP&apos;et i konfigurationspartitionen (Azure AD Connect, Configure device options) eller det klientbaserede SCP i registreringsdatabasen.</translation>
    </message>
    <message>
        <source>Windows&apos; own test could not find the registration service (DRS Discovery Test).</source>
        <translation>Windows&apos; egen test kunne ikke finde registreringstjenesten (DRS Discovery Test).</translation>
    </message>
    <message>
        <source>At the last join attempt Windows could not ask Azure AD where to register the device, usually because the network or the proxy stopped the request.</source>
        <translation>Ved det seneste forsøg kunne Windows ikke spørge Azure AD, hvor enheden skulle registreres, som regel fordi netværket eller proxyserveren stoppede forespørgslen.</translation>
    </message>
    <message>
        <source>Look up the error code below; check that SYSTEM can reach enterpriseregistration.windows.net (step 2).</source>
        <translation>Slå fejlkoden nedenfor op, og kontrollér, at SYSTEM kan nå enterpriseregistration.windows.net (trin 2).</translation>
    </message>
    <message>
        <source>Windows&apos; discovery tests failed although a tenant is shown.</source>
        <translation>Windows&apos; registreringstest fejlede, selv om der vises en lejer.</translation>
    </message>
    <message>
        <source>Both the AD Configuration Test and the DRS Discovery Test failed. The tenant ID shown does not come from a working SCP: it is left from an earlier registration or a work account, so the hybrid join cannot find its tenant.</source>
        <translation>Både AD Configuration Test og DRS Discovery Test fejlede. Det viste lejer-id kommer ikke fra et SCP, der virker: det stammer fra en tidligere registrering eller en arbejdskonto, så hybrid tilmelding kan ikke finde sin lejer.</translation>
    </message>
    <message>
        <source>IT checks the SCP in Active Directory (or the client-side SCP in the registry) and that it names this tenant.</source>
        <translation>IT kontrollerer SCP&apos;et i Active Directory (eller det klientbaserede SCP i registreringsdatabasen), og at det angiver denne lejer.</translation>
    </message>
    <message>
        <source>The device certificate has expired.</source>
        <translation>Enhedscertifikatet er udløbet.</translation>
    </message>
    <message>
        <source>The device proves who it is to Azure AD with this certificate; once it has expired, the device cannot authenticate and no PRT is issued.</source>
        <translation>Med dette certifikat beviser enheden over for Azure AD, hvem den er. Når det er udløbet, kan enheden ikke godkendes, og der udstedes ikke noget PRT.</translation>
    </message>
    <message>
        <source>IT runs dsregcmd /leave as administrator, restarts the computer and lets the user sign in, so the device registers again with a new certificate.</source>
        <translation>IT kører dsregcmd /leave som administrator og genstarter computeren, hvorefter brugeren logger på, så enheden registreres igen med et nyt certifikat.</translation>
    </message>
    <message>
        <source>The device certificate expires within 30 days.</source>
        <translation>Enhedscertifikatet udløber inden for 30 dage.</translation>
    </message>
    <message>
        <source>Windows normally renews it in time; if it expires, the device can no longer authenticate to Azure AD.</source>
        <translation>Normalt fornyer Windows det i god tid. Udløber det, kan enheden ikke længere godkendes over for Azure AD.</translation>
    </message>
    <message>
        <source>Keep the device online and on the company network so it can renew; if the date does not move, IT re-registers the device (dsregcmd /leave, restart, sign in).</source>
        <translation>Hold enheden online og på firmaets netværk, så den kan forny certifikatet. Flytter datoen sig ikke, registrerer IT enheden igen (dsregcmd /leave, genstart, log på).</translation>
    </message>
    <message>
        <source>The device keys are not protected by the security chip (TPM).</source>
        <translation>Enhedens nøgler er ikke beskyttet af sikkerhedschippen (TPM).</translation>
    </message>
    <message>
        <source>The keys are kept in software, so they can be copied off the device, and device-bound sign-in (the PRT&apos;s key) is weaker. It usually means the TPM was missing, off or not ready when the device registered.</source>
        <translation>Nøglerne ligger i software, så de kan kopieres ud af enheden, og det enhedsbundne logon (PRT&apos;ets nøgle) er svagere. Som regel manglede TPM&apos;en, var slået fra eller ikke klar, da enheden blev registreret.</translation>
    </message>
    <message>
        <source>IT checks the TPM (tpm.msc: ready for use, firmware up to date), then re-registers the device (dsregcmd /leave, restart, sign in) so the keys are made in the TPM.</source>
        <translation>IT kontrollerer TPM&apos;en (tpm.msc: klar til brug, opdateret firmware) og registrerer derefter enheden igen (dsregcmd /leave, genstart, log på), så nøglerne oprettes i TPM&apos;en.</translation>
    </message>
    <message>
        <source>The security chip (TPM) reported an error.</source>
        <translation>Sikkerhedschippen (TPM) meldte en fejl.</translation>
    </message>
    <message>
        <source>A TPM or key storage error is written in the output: the device key in the TPM could not be used, so the device cannot prove who it is.</source>
        <translation>Outputtet indeholder en fejl fra TPM&apos;en eller nøglelageret: enhedens nøgle i TPM&apos;en kunne ikke bruges, så enheden kan ikke bevise, hvem den er.</translation>
    </message>
    <message>
        <source>Windows&apos; own test of the device key failed (KeySignTest).</source>
        <translation>Windows&apos; egen test af enhedens nøgle fejlede (KeySignTest).</translation>
    </message>
    <message>
        <source>The device could not sign with its key, so it cannot authenticate to Azure AD; the key or the TPM holding it is broken.</source>
        <translation>Enheden kunne ikke signere med sin nøgle og kan derfor ikke godkendes over for Azure AD. Nøglen eller den TPM, der rummer den, er i stykker.</translation>
    </message>
    <message>
        <source>IT runs dsregcmd /leave as administrator, restarts the computer and lets the user sign in, so the device registers again with a new key.</source>
        <translation>IT kører dsregcmd /leave som administrator og genstarter computeren, hvorefter brugeren logger på, så enheden registreres igen med en ny nøgle.</translation>
    </message>
    <message>
        <source>Azure AD is not the default work account for this user (WamDefaultSet).</source>
        <translation>Azure AD er ikke standardarbejdskontoen for denne bruger (WamDefaultSet).</translation>
    </message>
    <message>
        <source>Windows has not set up the user&apos;s Azure AD account as the default for apps (Web Account Manager), so single sign-on in Office and other apps may keep asking for a password.</source>
        <translation>Windows har ikke gjort brugerens Azure AD-konto til standardkontoen for apps (Web Account Manager), så Office og andre apps kan blive ved med at bede om adgangskoden i stedet for at bruge enkeltlogon.</translation>
    </message>
    <message>
        <source>Sign out and in again with the work account; if it stays NO, IT looks up the error code and checks the AAD/Operational event log.</source>
        <translation>Log af og på igen med arbejdskontoen. Står der stadig NO, slår IT fejlkoden op og kigger i hændelsesloggen AAD/Operational.</translation>
    </message>
    <message>
        <source>Windows Hello for Business will not be set up for this user.</source>
        <translation>Windows Hello for Business bliver ikke konfigureret for denne bruger.</translation>
    </message>
    <message>
        <source>The policy asks for Windows Hello for Business, but at least one of Windows&apos; prerequisites is not met (PreReqResult: WillNotProvision); the ones that are not met are listed below.</source>
        <translation>Politikken kræver Windows Hello for Business, men mindst én af Windows&apos; forudsætninger er ikke opfyldt (PreReqResult: WillNotProvision). De forudsætninger, der ikke er opfyldt, står nedenfor.</translation>
    </message>
    <message>
        <source>Fix the prerequisites listed, then sign out and in again; Windows offers the Hello setup after sign-in.</source>
        <translation>Ret de nævnte forudsætninger, og log derefter af og på igen. Windows tilbyder at konfigurere Hello efter logon.</translation>
    </message>
    <message>
        <source>The output was taken as the built-in Administrator account.</source>
        <translation>Outputtet er taget som den indbyggede Administrator-konto.</translation>
    </message>
    <message>
        <source>The built-in Administrator cannot complete a hybrid join or get a PRT, so its sign-in state says nothing about the users&apos; sign-in.</source>
        <translation>Den indbyggede Administrator kan ikke gennemføre en hybrid tilmelding eller få et PRT, så dens logontilstand siger intet om brugernes logon.</translation>
    </message>
    <message>
        <source>Sign in as an ordinary domain user (not Administrator), run dsregcmd /status there, and analyse that output.</source>
        <translation>Log på som en almindelig domænebruger (ikke Administrator), kør dsregcmd /status der, og analysér det output.</translation>
    </message>
    <message>
        <source>The device could not authenticate to Azure AD (DeviceAuthStatus).</source>
        <translation>Enheden kunne ikke godkendes over for Azure AD (DeviceAuthStatus).</translation>
    </message>
    <message>
        <source>Windows&apos; test of the device&apos;s sign-in to Azure AD failed, so the device cannot get tokens; without it there is no PRT either.</source>
        <translation>Windows&apos; test af enhedens logon i Azure AD fejlede, så enheden kan ikke få tokens, og uden det er der heller ikke noget PRT.</translation>
    </message>
    <message>
        <source>The PRT had expired when the output was taken.</source>
        <translation>PRT&apos;et var udløbet, da outputtet blev taget.</translation>
    </message>
    <message>
        <source>Windows renews the PRT every few hours while the user is signed in; an expired PRT means renewal has failed for days.</source>
        <translation>Windows fornyer PRT&apos;et med få timers mellemrum, mens brugeren er logget på. Et udløbet PRT betyder, at fornyelsen har fejlet i flere dage.</translation>
    </message>
    <message>
        <source>Lock the computer (Windows key + L) and unlock it, wait a minute, and run the analysis again; if it stays expired, look at the failed attempts in the AAD/Operational event log.</source>
        <translation>Lås computeren (Windows-tasten + L), og lås den op igen, vent et minut, og kør analysen igen. Er det stadig udløbet, så se de mislykkede forsøg i hændelsesloggen AAD/Operational.</translation>
    </message>
    <message>
        <source>The PRT expires within a day.</source>
        <translation>PRT&apos;et udløber inden for et døgn.</translation>
    </message>
    <message>
        <source>A PRT that is renewed as it should be never gets this close to its expiry time, so renewal has not worked for a while.</source>
        <translation>Et PRT, der fornyes, som det skal, kommer aldrig så tæt på sit udløbstidspunkt, så fornyelsen har ikke virket i et stykke tid.</translation>
    </message>
    <message>
        <source>Lock the computer (Windows key + L) and unlock it, wait a minute, and run the analysis again.</source>
        <translation>Lås computeren (Windows-tasten + L), og lås den op igen, vent et minut, og kør analysen igen.</translation>
    </message>
    <message>
        <source>It is valid until %1, at most %2 days after the output was taken.</source>
        <translation>Det er gyldigt til %1, højst %2 dage efter at outputtet blev taget.</translation>
    </message>
    <message>
        <source>IsDeviceJoined is NO: the device is not joined to Azure AD.</source>
        <translation>IsDeviceJoined er NO: enheden er ikke tilmeldt Azure AD.</translation>
    </message>
    <message>
        <source>IsUserAzureAD is NO: the signed-in user is not an Azure AD user (a local account, or not synced).</source>
        <translation>IsUserAzureAD er NO: den bruger, der er logget på, er ikke en Azure AD-bruger (en lokal konto, eller brugeren er ikke synkroniseret).</translation>
    </message>
    <message>
        <source>PostLogonEnabled is NO: Windows does not start the Hello setup after sign-in.</source>
        <translation>PostLogonEnabled er NO: Windows starter ikke konfigurationen af Hello efter logon.</translation>
    </message>
    <message>
        <source>DeviceEligible is NO: the device does not meet Hello&apos;s hardware requirements (a usable TPM, for example).</source>
        <translation>DeviceEligible er NO: enheden opfylder ikke Hellos krav til hardwaren (for eksempel en brugbar TPM).</translation>
    </message>
    <message>
        <source>SessionIsNotRemote is NO: this is a remote session, where Hello is never set up.</source>
        <translation>SessionIsNotRemote er NO: dette er en fjernsession, og her konfigureres Hello aldrig.</translation>
    </message>
    <message>
        <source>AdfsRefreshToken is NO: the user has no Enterprise PRT from AD FS, which certificate trust needs.</source>
        <translation>AdfsRefreshToken er NO: brugeren har intet Enterprise PRT fra AD FS, og det kræver certifikattillid.</translation>
    </message>
    <message>
        <source>LogonCertTemplateReady is NO: the certificate template for Hello sign-in is not ready.</source>
        <translation>LogonCertTemplateReady er NO: certifikatskabelonen til logon med Hello er ikke klar.</translation>
    </message>
    <message>
        <source>Under the request the connection itself failed (HTTP Error %1).</source>
        <translation>Selve forbindelsen under forespørgslen mislykkedes (HTTP Error %1).</translation>
    </message>
    <message>
        <source>This Windows is too old for hybrid join.</source>
        <translation>Denne Windows er for gammel til hybrid Azure AD-tilmelding.</translation>
    </message>
    <message>
        <source>Windows 7 and Windows 8.1 are not supported and join only through a separate installer that Microsoft no longer offers. Hybrid join works on Windows 10 and later.</source>
        <translation>Windows 7 og Windows 8.1 understøttes ikke og kan kun tilmeldes med et særskilt installationsprogram, som Microsoft ikke længere tilbyder. Hybrid Azure AD-tilmelding virker på Windows 10 og nyere.</translation>
    </message>
    <message>
        <source>Upgrade the computer to a supported Windows 10 or Windows 11 version.</source>
        <translation>Opgradér computeren til en understøttet version af Windows 10 eller Windows 11.</translation>
    </message>
    <message>
        <source>This Windows 10 is older than version 1803.</source>
        <translation>Denne Windows 10 er ældre end version 1803.</translation>
    </message>
    <message>
        <source>The join works, but this version cannot fall back to sync join when the federated join fails, and it lacks later fixes to the registration (for example the fallback to software keys on TPM errors from version 1809).</source>
        <translation>Tilmeldingen virker, men denne version kan ikke falde tilbage til synkroniseret tilmelding (sync join), når den federerede tilmelding mislykkes, og den mangler senere rettelser af registreringen (for eksempel skiftet til softwarenøgler ved TPM-fejl fra version 1809).</translation>
    </message>
    <message>
        <source>Update the computer to a supported Windows 10 or Windows 11 version.</source>
        <translation>Opdatér computeren til en understøttet version af Windows 10 eller Windows 11.</translation>
    </message>
    <message>
        <source>This Windows is too old for Windows Hello for Business cloud Kerberos trust.</source>
        <translation>Denne Windows er for gammel til Windows Hello for Business med cloud Kerberos-tillid (cloud Kerberos trust).</translation>
    </message>
    <message>
        <source>Windows Hello for Business is used or asked for here. If it is deployed with cloud Kerberos trust, it needs Windows 10 version 21H2 or Windows 11 with the update of February 2022 or later; on this version the sign-in with Hello cannot reach resources in Active Directory. Key trust and certificate trust are not affected.</source>
        <translation>Windows Hello for Business bruges eller kræves her. Hvis det er udrullet med cloud Kerberos-tillid, kræver det Windows 10 version 21H2 eller Windows 11 med opdateringen fra februar 2022 eller nyere; på denne version kan et logon med Hello ikke nå ressourcer i Active Directory. Nøgletillid og certifikattillid er ikke berørt.</translation>
    </message>
    <message>
        <source>Update Windows to version 21H2 or later with the current updates.</source>
        <translation>Opdatér Windows til version 21H2 eller nyere med de aktuelle opdateringer.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is more than 5 minutes off.</source>
        <translation>Computerens ur går mere end 5 minutter forkert.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s servers gave a time that differs from this computer&apos;s clock by more than 5 minutes. Kerberos, the device&apos;s sign-in to Azure AD and the tokens all fail with such a difference, whatever else is right.</source>
        <translation>Microsofts servere oplyste et klokkeslæt, der afviger mere end 5 minutter fra computerens ur. Med så stor en forskel mislykkes Kerberos, enhedens logon i Azure AD og tokens, uanset hvad der ellers er i orden.</translation>
    </message>
    <message>
        <source>Set the time to be synchronised automatically (Settings &gt; Time &amp; language), or let IT check the time service (w32tm /query /status) and the domain&apos;s time source.</source>
        <translation>Slå automatisk indstilling af klokkeslættet til (Indstillinger &gt; Klokkeslæt og sprog), eller lad IT kontrollere tidstjenesten (w32tm /query /status) og domænets tidskilde.</translation>
    </message>
    <message>
        <source>Run the check again when the clock is right.</source>
        <translation>Kør kontrollen igen, når uret går rigtigt.</translation>
    </message>
    <message>
        <source>A Microsoft endpoint answered slowly (over 2 seconds).</source>
        <translation>Et af Microsofts slutpunkter svarede langsomt (over 2 sekunder).</translation>
    </message>
    <message>
        <source>The endpoint answered, but slowly. A slow proxy or a busy line can make the registration and sign-in time out now and then.</source>
        <translation>Slutpunktet svarede, men langsomt. En langsom proxyserver eller en travl forbindelse kan få registreringen og logon til at løbe ud i tid en gang imellem.</translation>
    </message>
    <message>
        <source>If registration or single sign-on fails now and then, IT checks the proxy&apos;s load and the route to Microsoft.</source>
        <translation>Hvis registreringen eller enkeltlogon (SSO) mislykkes en gang imellem, kontrollerer IT proxyserverens belastning og vejen til Microsoft.</translation>
    </message>
    <message>
        <source>The user&apos;s proxy is found automatically (WPAD or a PAC script), which SYSTEM may not find.</source>
        <translation>Brugerens proxy findes automatisk (WPAD eller et PAC-script), og den finder SYSTEM måske ikke.</translation>
    </message>
    <message>
        <source>The join fails on the way to Microsoft, and the user&apos;s proxy settings use automatic detection (WPAD) or a configuration script (PAC). SYSTEM does not read the user&apos;s settings: it finds a proxy only through WPAD published in DNS or DHCP, or a WinHTTP proxy set for the computer.</source>
        <translation>Tilmeldingen mislykkes på vej til Microsoft, og brugerens proxyindstillinger bruger automatisk registrering (WPAD) eller et konfigurationsscript (PAC). SYSTEM læser ikke brugerens indstillinger: det finder kun en proxy gennem WPAD, der er udgivet i DNS eller DHCP, eller en WinHTTP-proxy, der er sat for computeren.</translation>
    </message>
    <message>
        <source>IT publishes WPAD so that the computer finds the proxy as SYSTEM too, or sets the WinHTTP proxy by group policy (netsh winhttp set proxy).</source>
        <translation>IT udgiver WPAD, så computeren også finder proxyen som SYSTEM, eller sætter WinHTTP-proxyen med en gruppepolitik (netsh winhttp set proxy).</translation>
    </message>
    <message>
        <source>A proxy that asks for sign-in must let the computer account through.</source>
        <translation>En proxy, der kræver logon, skal lukke computerkontoen igennem.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes ahead.</source>
        <translation>Computerens ur går %1 minutter for stærkt.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes behind.</source>
        <translation>Computerens ur går %1 minutter for langsomt.</translation>
    </message>
    <message>
        <source>%1 answered after %2 seconds.</source>
        <translation>%1 svarede efter %2 sekunder.</translation>
    </message>
    <message>
        <source>The federated join failed, and the fallback to sync join is turned off.</source>
        <translation>Den federerede tilmelding mislykkedes, og skiftet til synkroniseret tilmelding (sync join) er slået fra.</translation>
    </message>
    <message>
        <source>Windows could not get the device token from the federation service, and &quot;Fallback to Sync-Join&quot; is DISABLED, so Windows does not let Azure AD Connect&apos;s sync join the device instead. The join waits until the federated path works.</source>
        <translation>Windows kunne ikke få enhedens token fra federeringstjenesten, og &quot;Fallback to Sync-Join&quot; er DISABLED, så Windows lader ikke Azure AD Connects synkronisering tilmelde enheden i stedet. Tilmeldingen venter, til den federerede vej virker.</translation>
    </message>
    <message>
        <source>Fix the federated join (step 2&apos;s authentication), or let IT remove FallbackToSyncJoin = 0 under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ (or its policy) so that the sync join can take over.</source>
        <translation>Ret den federerede tilmelding (godkendelsen i trin 2), eller lad IT fjerne FallbackToSyncJoin = 0 under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ (eller politikken bag), så den synkroniserede tilmelding kan tage over.</translation>
    </message>
    <message>
        <source>For the technician: the fallback to sync join is turned off.</source>
        <translation>Til teknikeren: skiftet til synkroniseret tilmelding (sync join) er slået fra.</translation>
    </message>
    <message>
        <source>&quot;Fallback to Sync-Join&quot; is DISABLED: if the federated join ever fails, the device is not joined through Azure AD Connect&apos;s sync instead.</source>
        <translation>&quot;Fallback to Sync-Join&quot; er DISABLED: hvis den federerede tilmelding en dag mislykkes, bliver enheden ikke tilmeldt gennem Azure AD Connects synkronisering i stedet.</translation>
    </message>
    <message>
        <source>For the technician: the federated join failed, so Windows falls back to sync join.</source>
        <translation>Til teknikeren: den federerede tilmelding mislykkedes, så Windows skifter til synkroniseret tilmelding (sync join).</translation>
    </message>
    <message>
        <source>The token test against the federation service failed, and &quot;Fallback to Sync-Join&quot; is ENABLED. The device is joined when Azure AD Connect has synced the computer object, as on a managed domain.</source>
        <translation>Testen af token fra federeringstjenesten mislykkedes, og &quot;Fallback to Sync-Join&quot; er ENABLED. Enheden bliver tilmeldt, når Azure AD Connect har synkroniseret computerobjektet, som på et administreret domæne.</translation>
    </message>
    <message>
        <source>Nothing to do unless the federated join is meant to work; then look at the Token acquisition Test&apos;s error code.</source>
        <translation>Der er intet at gøre, medmindre den federerede tilmelding skal virke; se i så fald på fejlkoden fra Token acquisition Test.</translation>
    </message>
    <message>
        <source>For the technician: MDM enrollment is set up, but no compliance URL is given.</source>
        <translation>Til teknikeren: MDM-tilmelding er sat op, men der er ingen URL til overholdelse.</translation>
    </message>
    <message>
        <source>The tenant gives an MDM enrollment URL (MdmUrl) but no MdmComplianceUrl. Without it, a device that is not compliant cannot send the user to the page that says why.</source>
        <translation>Lejeren oplyser en URL til MDM-tilmelding (MdmUrl), men ingen MdmComplianceUrl. Uden den kan en enhed, der ikke overholder reglerne, ikke sende brugeren videre til siden, der forklarer hvorfor.</translation>
    </message>
    <message>
        <source>IT checks the MDM application&apos;s settings in Azure AD (Mobility (MDM and MAM)): the compliance URL should be filled in.</source>
        <translation>IT kontrollerer MDM-programmets indstillinger i Azure AD (Mobilitet (MDM og MAM)): URL&apos;en til overholdelse skal være udfyldt.</translation>
    </message>
    <message>
        <source>For the technician: a compliance URL is given, but no MDM enrollment URL.</source>
        <translation>Til teknikeren: der er en URL til overholdelse, men ingen URL til MDM-tilmelding.</translation>
    </message>
    <message>
        <source>The tenant gives an MdmComplianceUrl but no MdmUrl, so the device is not enrolled in MDM automatically: typically the user is outside the MDM user scope.</source>
        <translation>Lejeren oplyser en MdmComplianceUrl, men ingen MdmUrl, så enheden bliver ikke automatisk tilmeldt MDM: typisk er brugeren uden for MDM-brugeromfanget.</translation>
    </message>
    <message>
        <source>If the device should be managed by Intune, IT checks the MDM user scope in Azure AD (Mobility (MDM and MAM)) and the enrollment group policy.</source>
        <translation>Hvis enheden skal administreres af Intune, kontrollerer IT MDM-brugeromfanget i Azure AD (Mobilitet (MDM og MAM)) og gruppepolitikken for tilmelding.</translation>
    </message>
    <message>
        <source>The PRT was refused: the user account is locked.</source>
        <translation>PRT&apos;en blev afvist: brugerkontoen er låst.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins locked the account, in Active Directory or by Azure AD&apos;s smart lockout. Typically an old password is still saved on a phone or in a program.</source>
        <translation>For mange mislykkede logon har låst kontoen, i Active Directory eller via Azure AD&apos;s smart lockout. Typisk er en gammel adgangskode stadig gemt på en telefon eller i et program.</translation>
    </message>
    <message>
        <source>IT unlocks the account (or it unlocks itself after the lockout period) and finds where the old password is used; then lock and unlock the computer.</source>
        <translation>IT låser kontoen op (eller den låses selv op efter spærreperioden) og finder ud af, hvor den gamle adgangskode bruges; lås derefter computeren og lås den op.</translation>
    </message>
    <message>
        <source>The PRT was refused: the password has expired.</source>
        <translation>PRT&apos;en blev afvist: adgangskoden er udløbet.</translation>
    </message>
    <message>
        <source>The user&apos;s password has expired or must be changed, so Azure AD does not accept it for the PRT.</source>
        <translation>Brugerens adgangskode er udløbet eller skal skiftes, så Azure AD accepterer den ikke til PRT&apos;en.</translation>
    </message>
    <message>
        <source>Change the password (Ctrl+Alt+Del, Change a password) while connected to the company network or VPN, wait a few minutes for password sync, then lock and unlock the computer.</source>
        <translation>Skift adgangskoden (Ctrl+Alt+Del, Skift en adgangskode), mens du er forbundet til firmaets netværk eller VPN, vent et par minutter på synkroniseringen af adgangskoden, og lås derefter computeren og lås den op.</translation>
    </message>
    <message>
        <source>The PRT was refused: the user account is disabled.</source>
        <translation>PRT&apos;en blev afvist: brugerkontoen er deaktiveret.</translation>
    </message>
    <message>
        <source>The account is disabled in Active Directory or in Azure AD, so Azure AD gives it no PRT.</source>
        <translation>Kontoen er deaktiveret i Active Directory eller i Azure AD, så Azure AD giver den ingen PRT.</translation>
    </message>
    <message>
        <source>IT enables the account and waits for the next Azure AD Connect sync; then sign out and in.</source>
        <translation>IT aktiverer kontoen og venter på næste synkronisering med Azure AD Connect; log derefter af og på igen.</translation>
    </message>
    <message>
        <source>The PRT failed: Azure AD&apos;s answer arrived changed.</source>
        <translation>PRT&apos;en mislykkedes: svaret fra Azure AD nåede frem ændret.</translation>
    </message>
    <message>
        <source>The token in the answer lacked the user&apos;s SID. Microsoft names a proxy or TLS inspection that alters the answers as the cause.</source>
        <translation>Tokenet i svaret manglede brugerens SID. Microsoft angiver en proxy eller TLS-inspektion, der ændrer svarene, som årsagen.</translation>
    </message>
    <message>
        <source>IT excludes login.microsoftonline.com and device.login.microsoftonline.com from TLS inspection and content filtering on the proxy.</source>
        <translation>IT undtager login.microsoftonline.com og device.login.microsoftonline.com fra TLS-inspektion og indholdsfiltrering i proxyen.</translation>
    </message>
    <message>
        <source>Ask IT to correct the azureADId keyword on the SCP object to the tenant ID shown in the Microsoft Entra admin center (Microsoft Entra ID &gt; Overview).</source>
        <translation>Bed IT om at rette nøgleordet azureADId på SCP-objektet til det lejer-id, der står i Microsoft Entra-administrationscenteret (Microsoft Entra ID &gt; Oversigt).</translation>
    </message>
    <message>
        <source>IT looks the device up in the Microsoft Entra admin center (Devices): if it is disabled, enable it and lock and unlock the computer.</source>
        <translation>IT slår enheden op i Microsoft Entra-administrationscenteret (Enheder): er den deaktiveret, så aktivér den, og lås computeren og lås den op igen.</translation>
    </message>
    <message>
        <source>IT can look the device up in the Microsoft Entra admin center (Devices): listed as &quot;Pending&quot; means it was synced.</source>
        <translation>IT kan slå enheden op i Microsoft Entra-administrationscenteret (Enheder): står den som &quot;Afventer&quot;, er den synkroniseret.</translation>
    </message>
    <message>
        <source>The device is not joined yet; &quot;Pending&quot; is only visible in the Microsoft Entra admin center, and an earlier step may still be in the way.</source>
        <translation>Enheden er endnu ikke tilmeldt. &quot;Afventer&quot; kan kun ses i Microsoft Entra-administrationscenteret, og et tidligere trin kan stadig stå i vejen.</translation>
    </message>
    <message>
        <source>Fix the earlier steps first; IT can see the state in the Microsoft Entra admin center under Devices.</source>
        <translation>Ret de tidligere trin først. IT kan se tilstanden i Microsoft Entra-administrationscenteret under Enheder.</translation>
    </message>
    <message>
        <source>Check the connection to login.microsoftonline.com, then look up the device in the Microsoft Entra admin center (enabled?); if it is there and enabled, IT re-registers the device (dsregcmd /leave, restart, sign in).</source>
        <translation>Kontrollér forbindelsen til login.microsoftonline.com, og find derefter enheden i Microsoft Entra-administrationscenteret (er den aktiveret?). Findes den og er aktiveret, registrerer IT enheden igen (dsregcmd /leave, genstart, log på).</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name (UPN) is unknown to Azure AD, malformed, or uses a domain Azure AD does not know (such as a .local domain).</source>
        <translation>Brugerens logonnavn (UPN) er ukendt for Azure AD, har forkert form eller bruger et domæne, som Azure AD ikke kender (som et .local-domæne).</translation>
    </message>
    <message>
        <source>The device finds out which Microsoft Entra ID (Azure AD) tenant it belongs to, from the service connection point (SCP) in the registry or in Active Directory.</source>
        <translation>Enheden finder ud af, hvilken lejer i Microsoft Entra ID (Azure AD) den hører til, ud fra tjenesteforbindelsespunktet (SCP) i registreringsdatabasen eller i Active Directory.</translation>
    </message>
    <message>
        <source>The device contacts the registration and sign-in services of Microsoft Entra ID (Azure AD) in the SYSTEM context, through the proxy that SYSTEM uses (WinHTTP).</source>
        <translation>Enheden kontakter tjenesterne til registrering og logon i Microsoft Entra ID (Azure AD) i SYSTEM-konteksten gennem den proxyserver, som SYSTEM bruger (WinHTTP).</translation>
    </message>
    <message>
        <source>Windows creates a self-signed certificate and writes it to the computer object in Active Directory, for Microsoft Entra ID (Azure AD) to know the device by; this needs a domain controller.</source>
        <translation>Windows opretter et selvsigneret certifikat og skriver det til computerobjektet i Active Directory, så Microsoft Entra ID (Azure AD) kan genkende enheden. Det kræver en domænecontroller.</translation>
    </message>
    <message>
        <source>Sync by Microsoft Entra Connect</source>
        <translation>Synkronisering med Microsoft Entra Connect</translation>
    </message>
    <message>
        <source>Microsoft Entra Connect (Azure AD Connect) copies the computer object with its certificate to Microsoft Entra ID (Azure AD), every 30 minutes by default.</source>
        <translation>Microsoft Entra Connect (Azure AD Connect) kopierer computerobjektet med dets certifikat til Microsoft Entra ID (Azure AD), som standard hvert 30. minut.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (Azure AD) shows the device as &quot;Pending&quot; until the device itself completes the registration.</source>
        <translation>Microsoft Entra ID (Azure AD) viser enheden som &quot;Afventer&quot;, indtil enheden selv gennemfører registreringen.</translation>
    </message>
    <message>
        <source>At the next sign-in the registration completes and the user gets a Primary Refresh Token (PRT) from Microsoft Entra ID (Azure AD), which single sign-on needs.</source>
        <translation>Ved næste logon gennemføres registreringen, og brugeren får et primært opdateringstoken (PRT) fra Microsoft Entra ID (Azure AD), som enkeltlogon kræver.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no demo called &quot;%1&quot;; see --list-demos.</source>
        <translation>Der findes ingen demo med navnet &quot;%1&quot;. Se --list-demos.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use da or en.</source>
        <translation>Ukendt sprog &quot;%1&quot;. Brug da eller en.</translation>
    </message>
    <message>
        <source>JOINDOCTOR RESULT CODES (the code the user reads aloud)</source>
        <translation>JOINDOCTORS RESULTATKODER (den kode, brugeren læser op)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>WINDOWS AND AZURE AD ERROR CODES JOINDOCTOR DECODES</source>
        <translation>WINDOWS- OG AZURE AD-FEJLKODER, SOM JOINDOCTOR AFKODER</translation>
    </message>
    <message>
        <source>step</source>
        <translation>trin</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Løsning:</translation>
    </message>
    <message>
        <source>JoinDoctor finds out why a Windows device is not fully hybrid Azure AD joined and has no Primary Refresh Token (PRT), step by step.</source>
        <translation>JoinDoctor finder trin for trin ud af, hvorfor en Windows-enhed ikke er fuldt hybrid Azure AD-tilmeldt og ikke har noget primært opdateringstoken (PRT).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjælp.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Vis versionen.</translation>
    </message>
    <message>
        <source>Analyse a saved dsregcmd /status output: give a file, or - to read standard input.</source>
        <translation>Analysér gemt output fra dsregcmd /status: angiv en fil eller - for at læse fra standardinput.</translation>
    </message>
    <message>
        <source>With --analyze: analyse a built-in demo capture.</source>
        <translation>Med --analyze: analysér en indbygget demooptagelse.</translation>
    </message>
    <message>
        <source>Language of the output: da or en (default: the system&apos;s).</source>
        <translation>Sproget i outputtet: da eller en (standard: systemets).</translation>
    </message>
    <message>
        <source>Print the helpdesk code sheet: JoinDoctor&apos;s result codes and the Windows and Azure error codes it decodes.</source>
        <translation>Udskriv kodearket til supporten: JoinDoctors resultatkoder og de Windows- og Azure-fejlkoder, programmet afkoder.</translation>
    </message>
    <message>
        <source>List the built-in demo captures, one per line.</source>
        <translation>Vis de indbyggede demooptagelser, én pr. linje.</translation>
    </message>
    <message>
        <source>Also write the log to standard error.</source>
        <translation>Skriv også loggen til standardfejl.</translation>
    </message>
    <message>
        <source>dsregcmd /status output, or -.</source>
        <translation>Output fra dsregcmd /status eller -.</translation>
    </message>
    <message>
        <source>This command takes no file or demo.</source>
        <translation>Denne kommando tager ingen fil eller demo.</translation>
    </message>
    <message>
        <source>--list-codes writes text or json.</source>
        <translation>--list-codes skriver text eller json.</translation>
    </message>
    <message>
        <source>Give either a file or --demo, not both.</source>
        <translation>Angiv enten en fil eller --demo, ikke begge.</translation>
    </message>
    <message>
        <source>--analyze needs one file, - for standard input, or --demo NAME.</source>
        <translation>--analyze kræver én fil, - for standardinput eller --demo NAVN.</translation>
    </message>
    <message>
        <source>Open the wizard on a saved dsregcmd /status output.</source>
        <translation>Åbn guiden med et gemt output fra dsregcmd /status.</translation>
    </message>
    <message>
        <source>Walk the wizard through every page, save one PNG per page in this folder, and exit.</source>
        <translation>Gå gennem alle guidens sider, gem ét PNG-billede pr. side i denne mappe, og afslut.</translation>
    </message>
    <message>
        <source>To analyse a file in the terminal use --analyze FILE; to open it in the wizard use --capture FILE.</source>
        <translation>Brug --analyze FIL for at analysere en fil i terminalen, eller --capture FIL for at åbne den i guiden.</translation>
    </message>
    <message>
        <source>No display is available for the wizard; use --analyze to see the analysis in the terminal.</source>
        <translation>Der er ingen skærm til guiden. Brug --analyze for at se analysen i terminalen.</translation>
    </message>
    <message>
        <source>Test Microsoft&apos;s endpoints from this computer: --cloud global|usgov|china, --tenant NAME, --endpoint KIND=URL, --proxy URL|direct, --ca-file PEM, --expect-issuer TEXT, --timeout-ms N.</source>
        <translation>Test Microsofts slutpunkter fra denne computer: --cloud global|usgov|china, --tenant NAVN, --endpoint TYPE=URL, --proxy URL|direct, --ca-file PEM, --expect-issuer TEKST, --timeout-ms N.</translation>
    </message>
    <message>
        <source>--probe-connectivity takes no file.</source>
        <translation>--probe-connectivity tager ingen fil.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text or json.</source>
        <translation>Ukendt format &quot;%1&quot;. Brug text eller json.</translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;; use global, usgov or china.</source>
        <translation>Ukendt sky &quot;%1&quot;. Brug global, usgov eller china.</translation>
    </message>
    <message>
        <source>--timeout-ms takes a number from 100 to 600000.</source>
        <translation>--timeout-ms tager et tal fra 100 til 600000.</translation>
    </message>
    <message>
        <source>Bad --endpoint &quot;%1&quot;: use KIND=URL with KIND one of login, device-login, drs-discovery, autologon, openid-configuration.</source>
        <translation>Forkert --endpoint &quot;%1&quot;: brug TYPE=URL, hvor TYPE er login, device-login, drs-discovery, autologon eller openid-configuration.</translation>
    </message>
    <message>
        <source>Bad --proxy &quot;%1&quot;: use http://HOST:PORT or direct.</source>
        <translation>Forkert --proxy &quot;%1&quot;: brug http://VÆRT:PORT eller direct.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>CA-filen %1 kan ikke læses.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA-filen %1 indeholder intet PEM-certifikat.</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>--probe-directory takes no file.</source>
        <translation>--probe-directory tager ingen fil.</translation>
    </message>
    <message>
        <source>--probe-directory needs --ldap-url ldap://HOST:PORT or --domain NAME.</source>
        <translation>--probe-directory kræver --ldap-url ldap://VÆRT:PORT eller --domain NAVN.</translation>
    </message>
    <message>
        <source>Bad --ldap-url &quot;%1&quot;: use ldap://HOST:PORT or ldaps://HOST:PORT.</source>
        <translation>Ugyldig --ldap-url &quot;%1&quot;: brug ldap://VÆRT:PORT eller ldaps://VÆRT:PORT.</translation>
    </message>
    <message>
        <source>Bad --dns-server &quot;%1&quot;: give an IP address.</source>
        <translation>Ugyldig --dns-server &quot;%1&quot;: angiv en IP-adresse.</translation>
    </message>
    <message>
        <source>--dns-server is only used with --domain.</source>
        <translation>--dns-server bruges kun sammen med --domain.</translation>
    </message>
    <message>
        <source>--computer needs a computer name.</source>
        <translation>--computer kræver et computernavn.</translation>
    </message>
    <message>
        <source>--bind-dn and --password-file go together.</source>
        <translation>--bind-dn og --password-file hører sammen.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Adgangskodefilen %1 kan ikke læses.</translation>
    </message>
    <message>
        <source>The password file %1 is too large.</source>
        <translation>Adgangskodefilen %1 er for stor.</translation>
    </message>
    <message>
        <source>Read the SCP and this computer&apos;s object from Active Directory: --ldap-url ldap://HOST:PORT, --base-dn DN, --computer NAME, --bind-dn DN --password-file FILE, --domain NAME --dns-server IP, --timeout-ms N; --check-tenant asks Azure AD whether the SCP&apos;s tenant name and ID belong together.</source>
        <translation>Læs SCP&apos;et og denne computers objekt fra Active Directory: --ldap-url ldap://VÆRT:PORT, --base-dn DN, --computer NAVN, --bind-dn DN --password-file FIL, --domain NAVN --dns-server IP, --timeout-ms N; --check-tenant spørger Azure AD, om SCP&apos;ets lejernavn og lejer-id hører sammen.</translation>
    </message>
    <message>
        <source>--openid-url needs an https URL with {tenant} where the name goes.</source>
        <translation>--openid-url kræver en https-adresse med {tenant} der, hvor navnet skal stå.</translation>
    </message>
    <message>
        <source>--collect reads a Windows device; run it there, then open the file here with --capture or --analyze.</source>
        <translation>--collect læser en Windows-enhed; kør den der, og åbn så filen her med --capture eller --analyze.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 findes allerede; vælg et andet navn.</translation>
    </message>
    <message>
        <source>The capture could not be saved: %1</source>
        <translation>Opsamlingen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Capture saved: %1</source>
        <translation>Opsamling gemt: %1</translation>
    </message>
    <message>
        <source>Save everything JoinDoctor reads on this Windows device in one capture file for a ticket (open it anywhere with --capture or --analyze).</source>
        <translation>Gem alt, hvad JoinDoctor læser på denne Windows-enhed, i én opsamlingsfil til en sag (den kan åbnes hvor som helst med --capture eller --analyze).</translation>
    </message>
    <message>
        <source>--collect takes only the capture file to write.</source>
        <translation>--collect tager kun den opsamlingsfil, der skal skrives.</translation>
    </message>
    <message>
        <source>With --screenshots: replace images already in the folder (without it, JoinDoctor refuses to).</source>
        <translation>Med --screenshots: erstat billeder, der allerede ligger i mappen (uden den nægter JoinDoctor at gøre det).</translation>
    </message>
    <message>
        <source>The log file could not be written (%1); JoinDoctor goes on without it.</source>
        <translation>Logfilen kunne ikke skrives (%1); JoinDoctor fortsætter uden den.</translation>
    </message>
    <message>
        <source>The output could not be written completely: %1.</source>
        <translation>Resultatet kunne ikke skrives færdigt: %1.</translation>
    </message>
    <message>
        <source>%1 already has images with these names: %2. Use --overwrite to replace them, or choose another folder.</source>
        <translation>%1 indeholder allerede billeder med disse navne: %2. Brug --overwrite for at erstatte dem, eller vælg en anden mappe.</translation>
    </message>
    <message>
        <source>The CA file %1 is larger than 4 MiB; it is not a certificate file.</source>
        <translation>CA-filen %1 er større end 4 MiB; det er ikke en certifikatfil.</translation>
    </message>
    <message>
        <source>Open the wizard and quit as soon as its first page is painted (for start-up measurements).</source>
        <translation>Åbn guiden, og afslut, så snart dens første side er tegnet (til måling af opstartstid).</translation>
    </message>
    <message>
        <source>The wizard and the probes could not be loaded: %1. Install JoinDoctor again.</source>
        <translation>Guiden og testene af forbindelser kunne ikke indlæses: %1. Installér JoinDoctor igen.</translation>
    </message>
    <message>
        <source>The wizard&apos;s colours: system (default), dark or high-contrast.</source>
        <translation>Guidens farver: system (standard), dark (mørke) eller high-contrast (høj kontrast).</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;; use system, dark or high-contrast.</source>
        <translation>Ukendt tema &quot;%1&quot;; brug system, dark eller high-contrast.</translation>
    </message>
    <message>
        <source>Exit codes: 0 nothing wrong found, 1 a problem was found, 2 usage or input error, 3 not enough information to judge, 4 the result could not be written completely, 5 hybrid join cannot happen on this device (a workgroup or only registered device).
The codes in the results are explained in docs/codes (also installed with the documentation).</source>
        <translation>Afslutningskoder: 0 intet galt fundet, 1 der blev fundet et problem, 2 fejl i kommandolinjen eller inputtet, 3 for lidt information til at vurdere, 4 resultatet kunne ikke skrives helt, 5 hybrid tilmelding kan ikke ske på denne enhed (den er i en arbejdsgruppe eller kun registreret).
Koderne i resultaterne er forklaret i docs/codes (installeres også med dokumentationen).</translation>
    </message>
    <message>
        <source>Hide names and IDs in everything written and shown: user names, device and tenant IDs, host names, thumbprints and IP addresses become placeholders (with --analyze, --collect, --ticket and the wizard).</source>
        <translation>Skjul navne og id&apos;er i alt, der vises og skrives: brugernavne, enheds- og lejer-id&apos;er, værtsnavne, aftryk og IP-adresser erstattes med pladsholdere (sammen med --analyze, --collect, --ticket og guiden).</translation>
    </message>
    <message>
        <source>Write one self-contained HTML file for a ticket: the report, every page as an image and the capture (with --analyze, --demo or --capture; --format pdf adds a PDF of the report beside it).</source>
        <translation>Skriv én samlet HTML-fil til en sag: rapporten, hver side som billede og opsamlingen (sammen med --analyze, --demo eller --capture; --format pdf lægger også rapporten som PDF ved siden af).</translation>
    </message>
    <message>
        <source>Give either --screenshots or --ticket: the ticket file holds every page.</source>
        <translation>Angiv enten --screenshots eller --ticket: sagsfilen indeholder alle siderne.</translation>
    </message>
    <message>
        <source>--ticket needs the file to write.</source>
        <translation>--ticket skal have navnet på den fil, der skal skrives.</translation>
    </message>
    <message>
        <source>--ticket is used with --analyze, --demo or --capture.</source>
        <translation>--ticket bruges sammen med --analyze, --demo eller --capture.</translation>
    </message>
    <message>
        <source>%1 already exists. Use --overwrite to replace it, or choose another name.</source>
        <translation>%1 findes allerede. Brug --overwrite for at erstatte den, eller vælg et andet navn.</translation>
    </message>
    <message>
        <source>Output format: text (default), json or html; csv with --fleet.</source>
        <translation>Outputformat: text (standard), json eller html; csv sammen med --fleet.</translation>
    </message>
    <message>
        <source>With --fleet: write the report to this file (whole or not at all; Ctrl+C leaves no file) instead of standard output.</source>
        <translation>Med --fleet: skriv rapporten til denne fil (hel eller slet ikke; Ctrl+C efterlader ingen fil) i stedet for standardoutput.</translation>
    </message>
    <message>
        <source>With --fleet: how many inputs are judged at once (default: one per processor core).</source>
        <translation>Med --fleet: hvor mange input der vurderes ad gangen (standard: ét pr. processorkerne).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text, json or html (csv with --fleet, pdf with --ticket).</source>
        <translation>Ukendt format &quot;%1&quot;. Brug text, json eller html (csv sammen med --fleet, pdf sammen med --ticket).</translation>
    </message>
    <message>
        <source>--overwrite is used with --screenshots, --ticket or --out.</source>
        <translation>--overwrite bruges sammen med --screenshots, --ticket eller --out.</translation>
    </message>
    <message>
        <source>--out and --threads are used with --fleet.</source>
        <translation>--out og --threads bruges sammen med --fleet.</translation>
    </message>
    <message>
        <source>Give exactly one of --analyze, --collect, --fleet, --list-codes or --list-demos (see --help).</source>
        <translation>Angiv præcis én af --analyze, --collect, --fleet, --list-codes eller --list-demos (se --help).</translation>
    </message>
    <message>
        <source>--fleet takes only the folder or Intune export to judge.</source>
        <translation>--fleet tager kun den mappe eller Intune-eksport, der skal vurderes.</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 256.</source>
        <translation>--threads tager et tal fra 1 til 256.</translation>
    </message>
    <message>
        <source>--fleet needs a folder or a file, and --out the file to write.</source>
        <translation>--fleet skal have en mappe eller en fil, og --out den fil, der skal skrives.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 is already there; add --overwrite to replace it.</source>
        <translation>%1 findes allerede; tilføj --overwrite for at erstatte den.</translation>
    </message>
    <message>
        <source>%1 of %2 inputs, %3 per second</source>
        <translation>%1 af %2 input, %3 pr. sekund</translation>
    </message>
    <message>
        <source>Stopped; no report was written.</source>
        <translation>Stoppet; der blev ikke skrevet nogen rapport.</translation>
    </message>
    <message>
        <source>%1 holds no inputs to judge.</source>
        <translation>%1 indeholder ingen input at vurdere.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>Judge many devices at once: a folder (searched with its subfolders) of captures, capture folders and saved dsregcmd outputs, or an Intune Remediations export (CSV) of docs/intune/Detect-HybridJoin.ps1. The counts per step, the top codes and what could not be read; --format html, csv or json adds one line per device.</source>
        <translation>Vurdér mange enheder på én gang: en mappe (med dens undermapper) med opsamlinger, opsamlingsmapper og gemte output fra dsregcmd, eller en eksport (CSV) fra Intune-afhjælpninger med output fra docs/intune/Detect-HybridJoin.ps1. Antal pr. trin, de hyppigste koder og det, der ikke kunne læses; --format html, csv eller json giver også én linje pr. enhed.</translation>
    </message>
    <message>
        <source>Inputs judged: %1 in %2 s (%3 per second). Devices: %4; inputs not judged: %5.</source>
        <translation>Input vurderet: %1 på %2 s (%3 pr. sekund). Enheder: %4; input, der ikke kunne vurderes: %5.</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>A CSV file, but not an Intune export with a device name and a detection output column.</source>
        <translation>En CSV-fil, men ikke en Intune-eksport med en kolonne for enhedsnavn og en for registreringsoutput.</translation>
    </message>
    <message>
        <source>The input could not be read.</source>
        <translation>Inputtet kunne ikke læses.</translation>
    </message>
    <message>
        <source>Older data of %1; the newer data in %2 is shown.</source>
        <translation>Ældre data for %1; de nyere data i %2 vises.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>Tilmeldingstype</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>First failing step</source>
        <translation>Første trin, der fejler</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Time of the data (UTC)</source>
        <translation>Tidspunkt for data (UTC)</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Trin %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>the file&apos;s time; the data has none</source>
        <translation>filens tidspunkt; dataene angiver intet tidspunkt</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>Devices per step: failed, warning, OK and unknown</source>
        <translation>Enheder pr. trin: fejl, advarsel, OK og ukendt</translation>
    </message>
    <message>
        <source>Step %1: %2 %3</source>
        <translation>Trin %1: %2 %3</translation>
    </message>
    <message>
        <source>JoinDoctor fleet report</source>
        <translation>JoinDoctor – samlet rapport for enhederne</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Læst fra</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Inputs read</source>
        <translation>Input læst</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Navne</translation>
    </message>
    <message>
        <source>Hidden: devices and files are numbered.</source>
        <translation>Skjult: enheder og filer er nummereret.</translation>
    </message>
    <message>
        <source>Devices per step</source>
        <translation>Enheder pr. trin</translation>
    </message>
    <message>
        <source>Top codes</source>
        <translation>Hyppigste koder</translation>
    </message>
    <message>
        <source>No step failed or warned on any device.</source>
        <translation>Intet trin fejlede eller gav en advarsel på nogen enhed.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Hvad der blev fundet</translation>
    </message>
    <message>
        <source>First thing to do</source>
        <translation>Det første, du skal gøre</translation>
    </message>
    <message>
        <source>Show these devices</source>
        <translation>Vis disse enheder</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>device, code, step, file...</source>
        <translation>enhed, kode, trin, fil...</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Steps 1-6</source>
        <translation>Trin 1-6</translation>
    </message>
    <message>
        <source>Time of the data</source>
        <translation>Tidspunkt for data</translation>
    </message>
    <message>
        <source>The data does not say when it was taken; the file&apos;s time is shown.</source>
        <translation>Dataene viser ikke, hvornår de blev indsamlet; filens tidspunkt vises.</translation>
    </message>
    <message>
        <source>Inputs not judged (%1)</source>
        <translation>Input, der ikke kunne vurderes (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>Læst fra: %1</translation>
    </message>
    <message>
        <source>Devices: %1 (inputs read: %2, not judged: %3)</source>
        <translation>Enheder: %1 (input læst: %2, ikke vurderet: %3)</translation>
    </message>
    <message>
        <source>Inputs not judged (%1):</source>
        <translation>Input, der ikke kunne vurderes (%1):</translation>
    </message>
    <message>
        <source>… and %1 more: --format html, csv or json lists them all.</source>
        <translation>… og %1 mere: --format html, csv eller json viser dem alle.</translation>
    </message>
    <message>
        <source>The detection script could not judge the device: %1</source>
        <translation>Registreringsscriptet kunne ikke vurdere enheden: %1</translation>
    </message>
    <message>
        <source>The detection output has no verdict.</source>
        <translation>Registreringsoutputtet har intet resultat.</translation>
    </message>
    <message>
        <source>No detection output: the script has not run on the device yet.</source>
        <translation>Intet registreringsoutput: scriptet har endnu ikke kørt på enheden.</translation>
    </message>
    <message>
        <source>The detection output is not JoinDoctor&apos;s: &quot;%1&quot;.</source>
        <translation>Registreringsoutputtet er ikke fra JoinDoctor: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The record names no device.</source>
        <translation>Rækken angiver ingen enhed.</translation>
    </message>
    <message>
        <source>The Intune export holds no devices.</source>
        <translation>Intune-eksporten indeholder ingen enheder.</translation>
    </message>
    <message>
        <source>JoinDoctor %1 - Microsoft Entra hybrid join (hybrid Azure AD join) on many devices</source>
        <translation>JoinDoctor %1 – hybrid Azure AD-tilmelding (Microsoft Entra hybrid join) på mange enheder</translation>
    </message>
    <message>
        <source>Devices shown: %1 of %2</source>
        <translation>Viste enheder: %1 af %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>JoinDoctor report</source>
        <translation>JoinDoctor-rapport</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Enhed:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kilde:</translation>
    </message>
    <message>
        <source>Analysed:</source>
        <translation>Analyseret:</translation>
    </message>
    <message>
        <source>Join type:</source>
        <translation>Tilmelding:</translation>
    </message>
    <message>
        <source>PRT:</source>
        <translation>PRT:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Trin %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Det skal du gøre:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Dokumentation:</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, linje %2</translation>
    </message>
    <message>
        <source>Error codes found in the input:</source>
        <translation>Fejlkoder fundet i inputtet:</translation>
    </message>
    <message>
        <source>(not in JoinDoctor&apos;s catalogue)</source>
        <translation>(findes ikke i JoinDoctors katalog)</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Status word next to an icon: the step passed.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Status word next to an icon: the step failed.</extracomment>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Ikke kørt</translation>
    </message>
    <message>
        <source>Hybrid Azure AD joined</source>
        <translation>Hybrid Azure AD-tilmeldt</translation>
    </message>
    <message>
        <source>Azure AD joined (cloud only)</source>
        <translation>Azure AD-tilmeldt (kun i skyen)</translation>
    </message>
    <message>
        <source>Domain joined only (hybrid join not completed)</source>
        <translation>Kun tilmeldt domænet (hybrid tilmelding ikke gennemført)</translation>
    </message>
    <message>
        <source>Azure AD registered only</source>
        <translation>Kun Azure AD-registreret</translation>
    </message>
    <message>
        <source>Workgroup (not joined)</source>
        <translation>Arbejdsgruppe (ikke tilmeldt)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Findes</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>Intet problem fundet</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problem fundet</translation>
    </message>
    <message>
        <source>Not enough information</source>
        <translation>Ikke nok oplysninger</translation>
    </message>
    <message>
        <source>The registration stops at step %1, %2 (code %4): %3</source>
        <translation>Registreringen stopper ved trin %1, %2 (kode %4): %3</translation>
    </message>
    <message>
        <source>The device is Azure AD joined and the user has a PRT.</source>
        <translation>Enheden er Azure AD-tilmeldt, og brugeren har et PRT.</translation>
    </message>
    <message>
        <source>The device is hybrid joined and the user has a PRT.</source>
        <translation>Enheden er hybridtilmeldt, og brugeren har et PRT.</translation>
    </message>
    <message>
        <source>No step failed, but some could not be judged from this input.</source>
        <translation>Intet trin fejlede, men nogle kunne ikke vurderes ud fra dette input.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Sådan løses det:</translation>
    </message>
    <message>
        <source>This is part of an output: it has no %1.</source>
        <translation>Dette er kun en del af et output: det indeholder ikke %1.</translation>
    </message>
    <message>
        <source>Without the join flags (AzureAdJoined, DomainJoined) the kind of join is not known.</source>
        <translation>Uden tilmeldingsfelterne (AzureAdJoined, DomainJoined) kendes typen af tilmelding ikke.</translation>
    </message>
    <message>
        <source>What is there is enough to judge every step.</source>
        <translation>Det, der er med, er nok til at vurdere alle trin.</translation>
    </message>
    <message>
        <source>Steps left open by what is missing: %1. Run dsregcmd /status and analyse the whole output to judge them.</source>
        <translation>Trin, som ikke kan vurderes uden det manglende: %1. Kør dsregcmd /status, og analysér hele outputtet for at vurdere dem.</translation>
    </message>
    <message>
        <source>The input holds a dsregcmd /debug trace (%1 lines); its error codes are decoded below.</source>
        <translation>Inputtet indeholder en sporing fra dsregcmd /debug (%1 linjer); fejlkoderne i den er forklaret nedenfor.</translation>
    </message>
    <message>
        <source>Only part of an output (no %1), but enough to judge every step.</source>
        <translation>Kun en del af et output (uden %1), men nok til at vurdere alle trin.</translation>
    </message>
    <message>
        <source>Only part of an output: without %1, steps %2 cannot be judged.</source>
        <translation>Kun en del af et output: uden %1 kan trin %2 ikke vurderes.</translation>
    </message>
    <message>
        <source>Also found in this step:</source>
        <translation>Også fundet i dette trin:</translation>
    </message>
    <message>
        <source>taken as SYSTEM</source>
        <translation>taget som SYSTEM</translation>
    </message>
    <message>
        <source>taken as administrator (elevated)</source>
        <translation>taget som administrator (med forhøjede rettigheder)</translation>
    </message>
    <message>
        <source>taken as the signed-in user</source>
        <translation>taget som den bruger, der er logget på</translation>
    </message>
    <message>
        <source>taken by an unknown account</source>
        <translation>taget af en ukendt konto</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dage</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>As SYSTEM, dsregcmd does not show the user&apos;s sign-in state (PRT, single sign-on, Windows Hello), so step 6 cannot be judged from this output.</source>
        <translation>Som SYSTEM viser dsregcmd ikke brugerens logontilstand (PRT, enkeltlogon, Windows Hello), så trin 6 kan ikke vurderes ud fra dette output.</translation>
    </message>
    <message>
        <source>Without elevation, the key test (KeySignTest) and the pre-join tests are not run, so their findings cannot appear.</source>
        <translation>Uden forhøjede rettigheder køres nøgletesten (KeySignTest) og testene før tilmelding ikke, så deres fund kan ikke komme frem.</translation>
    </message>
    <message>
        <source>The output does not say who ran dsregcmd (no User Context), so whether the sign-in state is the user&apos;s is not certain.</source>
        <translation>Outputtet siger ikke, hvem der kørte dsregcmd (ingen User Context), så det er ikke sikkert, at logontilstanden er brugerens.</translation>
    </message>
    <message>
        <source>In a remote session Windows Hello is never set up, and the sign-in state can differ from a sign-in at the computer itself.</source>
        <translation>I en fjernsession konfigureres Windows Hello aldrig, og logontilstanden kan være en anden end ved logon på selve computeren.</translation>
    </message>
    <message>
        <source>The output does not say when it was taken (no Client Time), so its age is unknown and it is not compared with today&apos;s date.</source>
        <translation>Outputtet siger ikke, hvornår det er taget (ingen Client Time), så dets alder er ukendt, og det sammenlignes ikke med dags dato.</translation>
    </message>
    <message>
        <source>The output is more than a day old: the device may have changed since. Take a new one to be sure.</source>
        <translation>Outputtet er mere end et døgn gammelt, og enheden kan have ændret sig siden. Tag et nyt for at være sikker.</translation>
    </message>
    <message>
        <source>in a remote session</source>
        <translation>i en fjernsession</translation>
    </message>
    <message>
        <source>at the computer (not remote)</source>
        <translation>ved selve computeren (ikke fjernadgang)</translation>
    </message>
    <message>
        <source>%1 before the analysis</source>
        <translation>%1 før analysen</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>på et ukendt tidspunkt</translation>
    </message>
    <message>
        <source>Output %1.</source>
        <translation>Outputtet er %1.</translation>
    </message>
    <message>
        <source>from a built-in demo</source>
        <translation>fra en indbygget demo</translation>
    </message>
    <message>
        <source>Run elevated, WamDefaultSet can show an error the user does not have; such an error is not judged.</source>
        <translation>Med forhøjede rettigheder kan WamDefaultSet vise en fejl, som brugeren ikke har. En sådan fejl bliver ikke vurderet.</translation>
    </message>
    <message>
        <source>Hybrid join not possible here</source>
        <translation>Hybrid tilmelding er ikke mulig her</translation>
    </message>
    <message>
        <source>Hybrid join cannot happen here: the device is in a workgroup, not joined to the company&apos;s domain. If it is meant to be hybrid joined, IT joins it to the domain first.</source>
        <translation>Hybrid tilmelding kan ikke ske her: enheden er i en arbejdsgruppe og ikke medlem af firmaets domæne. Skal den være hybrid tilmeldt, melder IT den først ind i domænet.</translation>
    </message>
    <message>
        <source>Hybrid join cannot happen here: the device is only registered in Azure AD (a work account was added), not joined to the company&apos;s domain. If it is meant to be hybrid joined, IT joins it to the domain first.</source>
        <translation>Hybrid tilmelding kan ikke ske her: enheden er kun registreret i Azure AD (der er tilføjet en arbejdskonto) og ikke medlem af firmaets domæne. Skal den være hybrid tilmeldt, melder IT den først ind i domænet.</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Status word next to a further finding that is information, not a problem.</extracomment>
        <translation>Bemærk</translation>
    </message>
    <message>
        <source>JoinDoctor %1 - Microsoft Entra hybrid join report (hybrid Azure AD join)</source>
        <translation>JoinDoctor %1 - rapport om hybrid Azure AD-tilmelding (Microsoft Entra hybrid join)</translation>
    </message>
    <message>
        <source>For the ticket</source>
        <translation>Til sagen</translation>
    </message>
    <message>
        <source>Device: %1 | Source: %2 | Analysed: %3 | JoinDoctor %4 | File made: %5</source>
        <translation>Enhed: %1 | Kilde: %2 | Analyseret: %3 | JoinDoctor %4 | Filen lavet: %5</translation>
    </message>
    <message>
        <source>Codes by step:</source>
        <translation>Koder for hvert trin:</translation>
    </message>
    <message>
        <source>The pages as shown</source>
        <translation>Siderne, som de blev vist</translation>
    </message>
    <message>
        <source>Capture for the technician</source>
        <translation>Opsamling til teknikeren</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Det blev fundet</translation>
    </message>
    <message>
        <source>First thing to do</source>
        <translation>Det første, du skal gøre</translation>
    </message>
    <message>
        <source>Everything JoinDoctor read, in one file: save it from the link and open it in JoinDoctor on any computer (--capture FILE, or choose the file on the welcome page).</source>
        <translation>Alt, hvad JoinDoctor har læst, i én fil: gem den fra linket, og åbn den i JoinDoctor på enhver computer (--capture FIL, eller vælg filen på velkomstsiden).</translation>
    </message>
</context>
<context>
    <name>jd::FleetView</name>
    <message>
        <source>JoinDoctor - fleet summary</source>
        <translation>JoinDoctor – oversigt over enhederne</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Save &amp;report...</source>
        <translation>Gem &amp;rapport...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Filter: device, code, file...</source>
        <translation>Filter: enhed, kode, fil...</translation>
    </message>
    <message>
        <source>Filter the devices</source>
        <translation>Filtrér enhederne</translation>
    </message>
    <message>
        <source>Show devices with this verdict</source>
        <translation>Vis enheder med dette resultat</translation>
    </message>
    <message>
        <source>Double-click a device, or press Enter, to open its six steps.</source>
        <translation>Dobbeltklik på en enhed, eller tryk på Enter, for at åbne dens seks trin.</translation>
    </message>
    <message>
        <source>Devices per step</source>
        <translation>Enheder pr. trin</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <source>Inputs not judged</source>
        <translation>Input, der ikke kunne vurderes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Judging the devices...</source>
        <translation>Vurderer enhederne...</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>The devices were not all judged; nothing is shown.</source>
        <translation>Ikke alle enheder blev vurderet; der vises intet.</translation>
    </message>
    <message>
        <source>Inputs read: %1; not judged: %2.</source>
        <translation>Input læst: %1; ikke vurderet: %2.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Steps 1-6</source>
        <translation>Trin 1-6</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>Tilmeldingstype</translation>
    </message>
    <message>
        <source>Time of the data</source>
        <translation>Tidspunkt for data</translation>
    </message>
    <message>
        <source>From an Intune export: there is no capture to open for this device.</source>
        <translation>Fra en Intune-eksport: der er ingen opsamling at åbne for denne enhed.</translation>
    </message>
    <message>
        <source>Double-click to open the six steps.</source>
        <translation>Dobbeltklik for at åbne de seks trin.</translation>
    </message>
    <message>
        <source>The data does not say when it was taken; the file&apos;s time is shown.</source>
        <translation>Dataene viser ikke, hvornår de blev indsamlet; filens tidspunkt vises.</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle resultater</translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation>Enheder (%1)</translation>
    </message>
    <message>
        <source>Not judged (%1)</source>
        <translation>Ikke vurderet (%1)</translation>
    </message>
    <message>
        <source>This device&apos;s result comes from an Intune export. To see its six steps, collect a capture on it (joindoctor --collect) and open that.</source>
        <translation>Denne enheds resultat kommer fra en Intune-eksport. Lav en opsamling på enheden (joindoctor --collect), og åbn den for at se de seks trin.</translation>
    </message>
    <message>
        <source>nothing has been judged yet</source>
        <translation>der er endnu ikke vurderet noget</translation>
    </message>
    <message>
        <source>Save fleet report</source>
        <translation>Gem samlet rapport</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Rapporten kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Fleet summary - devices: %1</source>
        <translation>Oversigt over enhederne – enheder: %1</translation>
    </message>
</context>
<context>
    <name>jd::JoinDoctorWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>Skift sprog</translation>
    </message>
    <message>
        <source>A join is already being started.</source>
        <translation>Tilmeldingen er allerede ved at blive startet.</translation>
    </message>
    <message>
        <source>Only for this computer, not for a saved output or a demo.</source>
        <translation>Kun for denne computer, ikke for et gemt output eller en demo.</translation>
    </message>
    <message>
        <source>Retry join</source>
        <translation>Prøv tilmelding igen</translation>
    </message>
    <message>
        <source>Starting the registration...</source>
        <translation>Registreringen startes...</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Gem rapport</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Rapporten kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Gem skærmbillede</translation>
    </message>
    <message>
        <source>The screenshot could not be saved: %1</source>
        <translation>Skærmbilledet kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Save all pages as images</source>
        <translation>Gem alle sider som billeder</translation>
    </message>
    <message>
        <source>The images could not be saved: %1</source>
        <translation>Billederne kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Save capture</source>
        <translation>Gem opsamling</translation>
    </message>
    <message>
        <source>JoinDoctor capture (*.jdcapture)</source>
        <translation>JoinDoctor-opsamling (*.jdcapture)</translation>
    </message>
    <message>
        <source>The capture could not be saved: %1</source>
        <translation>Opsamlingen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>nothing has been read yet</source>
        <translation>der er endnu ikke læst noget</translation>
    </message>
    <message>
        <source>Refresh PRT</source>
        <translation>Forny PRT</translation>
    </message>
    <message>
        <source>Leave and re-join</source>
        <translation>Forlad og tilmeld igen</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Do you want to continue?</source>
        <translation>Vil du fortsætte?</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Arbejder...</translation>
    </message>
    <message>
        <source>Stopped watching. Run the checks again any time.</source>
        <translation>Holdt op med at vente. Du kan køre kontrollerne igen når som helst.</translation>
    </message>
    <message>
        <source>Checking now...</source>
        <translation>Kontrollerer nu...</translation>
    </message>
    <message>
        <source>Next check in %1:%2.</source>
        <translation>Næste kontrol om %1:%2.</translation>
    </message>
    <message>
        <source>Azure AD Connect has synced this computer. Lock the computer and unlock it (or sign out and in); JoinDoctor keeps checking for the PRT.</source>
        <translation>Azure AD Connect har synkroniseret denne computer. Lås computeren og lås den op (eller log af og på); JoinDoctor bliver ved med at kontrollere PRT&apos;et.</translation>
    </message>
    <message>
        <source>Done: the PRT is there, so single sign-on works.</source>
        <translation>Færdig: PRT&apos;et er der, så enkeltlogon virker.</translation>
    </message>
    <message>
        <source>Not synced after 40 minutes. Ask IT to check Azure AD Connect: is the computer&apos;s OU in the sync scope, and are there sync errors?</source>
        <translation>Ikke synkroniseret efter 40 minutter. Bed IT om at kontrollere Azure AD Connect: Er computerens OU med i synkroniseringen, og er der synkroniseringsfejl?</translation>
    </message>
    <message>
        <source>The folder already has images with these names: %1. Replace them?</source>
        <translation>Mappen har allerede billeder med disse navne: %1. Vil du erstatte dem?</translation>
    </message>
    <message>
        <source>JoinDoctor - Microsoft Entra hybrid join</source>
        <translation>JoinDoctor - hybrid Azure AD-tilmelding (Microsoft Entra hybrid join)</translation>
    </message>
    <message>
        <source>Save for ticket</source>
        <translation>Gem til sag</translation>
    </message>
    <message>
        <source>Ticket file, HTML (*.html)</source>
        <translation>Sagsfil, HTML (*.html)</translation>
    </message>
    <message>
        <source>Also save the report as a PDF beside it (%1)?</source>
        <translation>Vil du også gemme rapporten som PDF ved siden af (%1)?</translation>
    </message>
    <message>
        <source>The ticket file could not be saved: %1</source>
        <translation>Sagsfilen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Waiting for Microsoft Entra Connect: %1 Watching for %2 more minutes. With the default schedule (every 30 minutes) the sync has run by %3 at the latest.</source>
        <translation>Venter på Microsoft Entra Connect: %1 Holder øje i %2 minutter endnu. Med standardplanen (hvert 30. minut) er synkroniseringen kørt senest %3.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 findes allerede. Vil du erstatte den?</translation>
    </message>
</context>
<context>
    <name>jd::RemoteJoinHelp</name>
    <message>
        <source>Call the helpdesk or a technician.</source>
        <translation>Ring til supporten eller en tekniker.</translation>
    </message>
    <message>
        <source>Call the helpdesk or a technician and read them this code: %1.</source>
        <translation>Ring til supporten eller en tekniker, og læs denne kode op for dem: %1.</translation>
    </message>
    <message>
        <source>Commands for the helpdesk</source>
        <translation>Kommandoer til supporten</translation>
    </message>
    <message>
        <source>Copy commands</source>
        <translation>Kopiér kommandoer</translation>
    </message>
    <message>
        <source>From their own desk they can start the registration on this computer with one of these commands:</source>
        <translation>Fra deres egen computer kan de starte registreringen på denne computer med en af disse kommandoer:</translation>
    </message>
</context>
<context>
    <name>jd::ScreenshotTour</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Mappen %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 kunne ikke gemmes: %2</translation>
    </message>
</context>
<context>
    <name>jd::StatusView</name>
    <message>
        <source>Code for the helpdesk:</source>
        <extracomment>Caption above the large result code, e.g. &quot;S2-PROXY-AUTH&quot;.</extracomment>
        <translation>Kode til supporten:</translation>
    </message>
    <message>
        <source>Read this code aloud to the helpdesk.</source>
        <translation>Læs denne kode op for supporten.</translation>
    </message>
</context>
<context>
    <name>jd::StepOverview</name>
    <message>
        <source>All six steps</source>
        <translation>Alle seks trin</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Kontrollerer...</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Ikke kontrolleret</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Shown now: </source>
        <translation>Vises nu: </translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>Gå til trin %1</translation>
    </message>
</context>
<context>
    <name>jd::StepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>Page title, e.g. &quot;Step 2 of 6: Connection to Microsoft as SYSTEM&quot;.</extracomment>
        <translation>Trin %1 af %2: %3</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Kontrollerer...</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Det skal du gøre:</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiér detaljer</translation>
    </message>
    <message>
        <source>Run the checks &amp;again</source>
        <translation>Kør kontrollerne &amp;igen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Skjul &amp;detaljer</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Vis &amp;detaljer</translation>
    </message>
    <message>
        <source>Retry join is not possible here: %1</source>
        <translation>Prøv tilmelding igen er ikke muligt her: %1</translation>
    </message>
    <message>
        <source>The check is running. You can go on; the result appears here.</source>
        <translation>Kontrollen kører. Du kan godt gå videre; resultatet kommer her.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished.</source>
        <translation>Kontrollen blev stoppet, før den var færdig.</translation>
    </message>
    <message>
        <source>Run the checks again to see the result of this step.</source>
        <translation>Kør kontrollerne igen for at se resultatet af dette trin.</translation>
    </message>
    <message>
        <source>The input could not be used, so this step was not checked.</source>
        <translation>Inputtet kunne ikke bruges, så dette trin blev ikke kontrolleret.</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>kontrollerer...</translation>
    </message>
    <message>
        <source>Microsoft&apos;s endpoints from this computer (proxy: %1):</source>
        <translation>Microsofts slutpunkter fra denne computer (proxyserver: %1):</translation>
    </message>
    <message>
        <source>none, direct</source>
        <translation>ingen, direkte</translation>
    </message>
    <message>
        <source>Through the signed-in user&apos;s proxy (%1), as the browser goes:</source>
        <translation>Gennem den indloggede brugers proxyserver (%1), sådan som browseren går:</translation>
    </message>
    <message>
        <source>Retry &amp;join...</source>
        <translation>&amp;Prøv tilmelding igen...</translation>
    </message>
    <message>
        <source>Also found in this step:</source>
        <translation>Også fundet i dette trin:</translation>
    </message>
</context>
<context>
    <name>jd::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>All six steps at a glance, and what to do first.</source>
        <translation>Alle seks trin på én gang, og hvad du skal gøre først.</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Rapport&amp;sprog:</translation>
    </message>
    <message>
        <source>Save &amp;report...</source>
        <translation>Gem &amp;rapport...</translation>
    </message>
    <message>
        <source>Save &amp;screenshot...</source>
        <translation>Gem skærm&amp;billede...</translation>
    </message>
    <message>
        <source>Save all &amp;pages as images...</source>
        <translation>Gem alle si&amp;der som billeder...</translation>
    </message>
    <message>
        <source>Retry join</source>
        <translation>Prøv tilmelding igen</translation>
    </message>
    <message>
        <source>Step %1: %2 changed to %3</source>
        <translation>Trin %1: %2 er ændret til %3</translation>
    </message>
    <message>
        <source>No step has changed yet. Windows may need a few minutes, a sign-in or the next sync; run the checks again later.</source>
        <translation>Intet trin er ændret endnu. Windows kan have brug for et par minutter, et logon eller næste synkronisering. Kør kontrollerne igen senere.</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Det er ændret:</translation>
    </message>
    <message>
        <source>Running the checks again...</source>
        <translation>Kontrollerne køres igen...</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Trin %1: %2</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Kontrollerer...</translation>
    </message>
    <message>
        <source>The input could not be used.</source>
        <translation>Inputtet kunne ikke bruges.</translation>
    </message>
    <message>
        <source>The checks are running...</source>
        <translation>Kontrollerne kører...</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>Intet resultat endnu.</translation>
    </message>
    <message>
        <source>What to do first:</source>
        <translation>Det skal du gøre først:</translation>
    </message>
    <message>
        <source>Cop&amp;y summary</source>
        <translation>&amp;Kopiér oversigt</translation>
    </message>
    <message>
        <source>Save c&amp;apture...</source>
        <translation>Gem &amp;opsamling...</translation>
    </message>
    <message>
        <source>One file with everything JoinDoctor read, for a ticket; it opens in JoinDoctor on any computer</source>
        <translation>Én fil med alt, hvad JoinDoctor har læst, til en sag; den kan åbnes i JoinDoctor på enhver computer</translation>
    </message>
    <message>
        <source>&amp;Hide names and IDs</source>
        <translation>Skjul navne og &amp;id&apos;er</translation>
    </message>
    <message>
        <source>Re&amp;fresh PRT...</source>
        <translation>Forn&amp;y PRT...</translation>
    </message>
    <message>
        <source>Lea&amp;ve and re-join...</source>
        <translation>Forlad og tilmeld i&amp;gen...</translation>
    </message>
    <message>
        <source>S&amp;top watching</source>
        <translation>Stop med at &amp;vente</translation>
    </message>
    <message>
        <source>&amp;Wait for the sync</source>
        <translation>&amp;Vent på synkroniseringen</translation>
    </message>
    <message>
        <source>Checks again every minute for up to 40 minutes, until Azure AD Connect has synced this computer</source>
        <translation>Kontrollerer igen hvert minut i op til 40 minutter, indtil Azure AD Connect har synkroniseret denne computer</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapportens sprog</translation>
    </message>
    <message>
        <source>Open lo&amp;g folder</source>
        <translation>Åbn log&amp;mappe</translation>
    </message>
    <message>
        <source>Retry &amp;join...</source>
        <translation>&amp;Prøv tilmelding igen...</translation>
    </message>
    <message>
        <source>Refresh PRT</source>
        <translation>Forny PRT</translation>
    </message>
    <message>
        <source>Leave and re-join</source>
        <translation>Forlad og tilmeld igen</translation>
    </message>
    <message>
        <source>(exit code %1)</source>
        <translation>(slutkode %1)</translation>
    </message>
    <message>
        <source>Also found in this step: %1</source>
        <translation>Også fundet i dette trin: %1</translation>
    </message>
    <message>
        <source>For screenshots and files that others will read: user names, the computer&apos;s name, tenant and device IDs, host names and IP addresses are replaced with placeholders on every page and in every file. Results and codes stay the same.</source>
        <translation>Til skærmbilleder og filer, som andre skal læse: brugernavne, computerens navn, lejer- og enheds-id&apos;er, værtsnavne og IP-adresser erstattes med pladsholdere på alle sider og i alle filer. Resultater og koder er de samme.</translation>
    </message>
    <message>
        <source>Save for tic&amp;ket...</source>
        <translation>Gem til s&amp;ag...</translation>
    </message>
    <message>
        <source>One HTML file for the ticket: the report, every page as an image and the capture, readable in any browser</source>
        <translation>Én HTML-fil til sagen: rapporten, hver side som billede og opsamlingen. Den kan læses i enhver browser</translation>
    </message>
</context>
<context>
    <name>jd::TicketExport</name>
    <message>
        <source>there is no result to write</source>
        <translation>der er ikke noget resultat at skrive</translation>
    </message>
</context>
<context>
    <name>jd::TicketInfoBar</name>
    <message>
        <source>Device: %1  |  Source: %2  |  %3  |  JoinDoctor %4</source>
        <extracomment>Footer on every page, for screenshots in tickets: device, source, time, version.</extracomment>
        <translation>Enhed: %1  |  Kilde: %2  |  %3  |  JoinDoctor %4</translation>
    </message>
</context>
<context>
    <name>jd::WelcomePage</name>
    <message>
        <source>Welcome to JoinDoctor</source>
        <translation>Velkommen til JoinDoctor</translation>
    </message>
    <message>
        <source>Why does this computer have no single sign-on to Microsoft 365?</source>
        <translation>Hvorfor har denne computer ikke enkeltlogon til Microsoft 365?</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Which computer should be examined?</source>
        <translation>Hvilken computer skal undersøges?</translation>
    </message>
    <message>
        <source>&amp;This computer</source>
        <translation>&amp;Denne computer</translation>
    </message>
    <message>
        <source>A saved dsregcmd /status output or capture &amp;file:</source>
        <translation>Gemt output fra dsregcmd /status eller opsamlings&amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Gennemse...</translation>
    </message>
    <message>
        <source>&amp;Paste the output of dsregcmd /status here:</source>
        <translation>&amp;Indsæt outputtet fra dsregcmd /status her:</translation>
    </message>
    <message>
        <source>Paste the text from the Command Prompt here.</source>
        <translation>Indsæt teksten fra Kommandoprompt her.</translation>
    </message>
    <message>
        <source>A &amp;demo example:</source>
        <translation>Et d&amp;emoeksempel:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnavn</translation>
    </message>
    <message>
        <source>Pasted dsregcmd output</source>
        <translation>Indsat output fra dsregcmd</translation>
    </message>
    <message>
        <source>Demo example</source>
        <translation>Demoeksempel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The last input could not be used: %1</source>
        <translation>Det sidste input kunne ikke bruges: %1</translation>
    </message>
    <message>
        <source>Open dsregcmd output</source>
        <translation>Åbn output fra dsregcmd</translation>
    </message>
    <message>
        <source>To go on, choose a file (Browse...) or drop one here.</source>
        <translation>Vælg en fil (Gennemse...), eller træk en fil hertil for at gå videre.</translation>
    </message>
    <message>
        <source>To go on, paste the output of dsregcmd /status into the box.</source>
        <translation>Indsæt outputtet fra dsregcmd /status i feltet for at gå videre.</translation>
    </message>
    <message>
        <source>File or folder name, or drop one here</source>
        <translation>Fil- eller mappenavn, eller træk en hertil</translation>
    </message>
    <message>
        <source>F&amp;older...</source>
        <translation>&amp;Mappe...</translation>
    </message>
    <message>
        <source>JoinDoctor follows the six steps Windows takes to register a computer in Microsoft Entra ID (Azure AD), called Microsoft Entra hybrid join (hybrid Azure AD join), and shows, step by step, where it stops and what to do. Each result has a short code you can read aloud to the helpdesk.</source>
        <translation>JoinDoctor følger de seks trin, Windows går igennem for at registrere en computer i Microsoft Entra ID (Azure AD), kaldet hybrid Azure AD-tilmelding (Microsoft Entra hybrid join), og viser trin for trin, hvor det går i stå, og hvad du skal gøre. Hvert resultat har en kort kode, som du kan læse op for supporten.</translation>
    </message>
    <message>
        <source>&amp;Hide names and IDs</source>
        <translation>Skj&amp;ul navne og id&apos;er</translation>
    </message>
    <message>
        <source>For screenshots and files that others will read: user names, the computer&apos;s name, tenant and device IDs, host names and IP addresses are replaced with placeholders on every page and in every file. Results and codes stay the same.</source>
        <translation>Til skærmbilleder og filer, som andre skal læse: brugernavne, computerens navn, lejer- og enheds-id&apos;er, værtsnavne og IP-adresser erstattes med pladsholdere på alle sider og i alle filer. Resultater og koder er de samme.</translation>
    </message>
    <message>
        <source>Open a capture folder or a folder of devices</source>
        <translation>Åbn en opsamlingsmappe eller en mappe med mange enheder</translation>
    </message>
    <message>
        <source>A folder with dsregcmd /status output and registry exports (.reg) saved next to it, or a folder of many devices&apos; captures and outputs, which opens the fleet summary</source>
        <translation>En mappe med output fra dsregcmd /status og eksporter fra registreringsdatabasen (.reg) gemt ved siden af, eller en mappe med opsamlinger og output fra mange enheder, som åbner oversigten over enhederne</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;JoinDoctor captures (*.jdcapture);;Intune exports (*.csv);;All files (*)</source>
        <translation>Tekstfiler (*.txt *.log);;JoinDoctor-opsamlinger (*.jdcapture);;Intune-eksporter (*.csv);;Alle filer (*)</translation>
    </message>
</context>
</TS>
