// Server errors in "Server Error Description": Azure AD (AADSTS...) and AD FS (MSIS...). Sources:
// Microsoft Learn "Microsoft Entra authentication and authorization error codes" and
// "Troubleshoot primary refresh token issues on Windows devices"; for MSIS codes the AD FS error
// texts themselves (MSIS9682, MSIS9683 as quoted in Microsoft's Windows Hello for Business support
// notes; MSIS7068 in the support article on Office sign-in) and "Troubleshoot AD FS issues in
// Microsoft Entra ID and Office 365".

#include "steps/error_catalogue.h"

namespace jd {

namespace {
TrText c(const char *source)
{
    return catalogueText(source);
}
} // namespace

QList<ErrorCodeInfo> aadstsErrorCodes()
{
    return {
        {"AADSTS50020", "UserUnauthorized", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The account from this identity provider does not exist in the tenant "
                             "(it would have to be added as an external user).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Sign in with an account of the tenant, or invite the user as a guest."))},
        {"AADSTS50053", "IdsLocked", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The account is locked after too many failed sign-ins, or the sign-in "
                             "came from an IP address with malicious activity.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the failure reason of the sign-in in the Azure AD "
                                          "sign-in logs; unblock the user or wait."))},
        {"AADSTS50055", "InvalidPasswordExpiredPassword", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The user's password has expired in Azure AD.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Reset the password (self-service or by an "
                                          "administrator), then lock and unlock the computer."))},
        {"AADSTS50057", "UserDisabled", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The user account is disabled (in Active Directory, and so in Azure AD).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Enable the account in Active Directory and wait for the "
                                          "next Azure AD Connect sync."))},
        {"AADSTS50058", "UserInformationNotProvided", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Azure AD found no valid single sign-on session for the user.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Sign in interactively; if it keeps happening on a "
                                          "joined device, check that the device has a PRT."))},
        {"AADSTS50064", "CredentialAuthenticationError", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "Validation of the user name or password failed.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Sign in with the current password; with password hash "
                                          "sync, wait until the new password is synced."))},
        {"AADSTS50072", "UserStrongAuthEnrollmentRequiredInterrupt", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The user must register for multifactor authentication (MFA) first.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Let the user register security info for MFA in a "
                                          "browser, then lock and unlock the computer."))},
        {"AADSTS50074", "UserStrongAuthClientAuthNRequiredInterrupt", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Strong authentication is required, and the user did not pass the MFA challenge.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Sign in again and complete MFA; check the user's registered MFA methods."))},
        {"AADSTS50076", "UserStrongAuthClientAuthNRequired", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "MFA is required (Conditional Access, per-user MFA or a new "
                             "location), but the token request did not include it.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Find the policy that requires MFA in the Azure AD sign-in logs, and "
                             "sign in interactively to satisfy it."))},
        {"AADSTS50079", "UserStrongAuthEnrollmentRequired", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The user must register for MFA, or a federated user "
                                          "must bring the MFA claim from the federation service.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Have the user register security info, or configure the "
                                          "federation service to issue the MFA claim."))},
        {"AADSTS50097", "DeviceAuthenticationRequired", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Device authentication is required, but the device did not authenticate.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check with dsregcmd /status that the device is joined "
                                          "(AzureAdJoined YES) and has a PRT."))},
        {"AADSTS50107", "InvalidRealmUri", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The requested federation realm object does not exist in Azure AD.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the federation settings of the domain in Azure AD "
                                          "(the issuer URI of the federation service)."))},
        {"AADSTS50128", "(invalid domain name)", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "No tenant could be found from the request or the "
                                          "credentials (invalid domain name).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Check the UPN suffix of the user: it must be a verified domain of the tenant."))},
        {"AADSTS50131", "ConditionalAccessFailed", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "A Conditional Access error: for example a bad Windows device state, "
                             "suspicious activity or a policy decision.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Find the sign-in in the Azure AD sign-in logs and check "
                                          "which Conditional Access policy blocked it."))},
        {"AADSTS50132", "SsoArtifactInvalidOrExpired", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The session is no longer valid because the password "
                                          "expired or was changed recently.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Sign in with the current password; lock and unlock the computer to get a new PRT."))},
        {"AADSTS50133", "SsoArtifactRevoked", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The session is no longer valid because the password "
                                          "expired or was changed recently.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Sign in with the current password; lock and unlock the computer to get a new PRT."))},
        {"AADSTS50144", "InvalidPasswordExpiredOnPremPassword", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The user's Active Directory password has expired.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Reset the password in Active Directory or with self-service password "
                             "reset, then sign in with the new one."))},
        {"AADSTS50173", "FreshTokenNeeded", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The user's tokens were revoked, so a fresh sign-in is needed.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Sign out and in again to get a new PRT."))},
        {"AADSTS50187", "DeviceInformationNotProvided", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The service failed to perform device authentication.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check with dsregcmd /status that the device is joined "
                                          "(AzureAdJoined YES) and has a PRT."))},
        {"AADSTS53000", "DeviceNotCompliant", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Conditional Access requires a compliant device, and this device is not compliant.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Enrol the device in Intune (or the approved MDM) and "
                                          "fix the compliance issues shown there."))},
        {"AADSTS53001", "DeviceNotDomainJoined", "prt", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Conditional Access requires a domain-joined (hybrid joined) device, "
                             "and Azure AD does not see this device as one.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Finish the hybrid join (dsregcmd /status must show AzureAdJoined YES "
                             "and DomainJoined YES), then sign in again."))},
        {"AADSTS53003", "BlockedByConditionalAccess", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "A Conditional Access policy blocked the token issuance.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Find the sign-in in the Azure AD sign-in logs and check "
                                          "which Conditional Access policy blocked it."))},
        {"AADSTS80001", "OnPremiseStoreIsNotAvailable", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The pass-through authentication agent could not connect to Active Directory.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check that the agent servers are in the users' forest "
                                          "and can reach the domain controllers."))},
        {"AADSTS80002", "OnPremisePasswordValidatorRequestTimedout", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Password validation by the pass-through authentication agent timed out.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Check that Active Directory is available and answers the agents in time."))},
        {"AADSTS90019", "MissingTenantRealm", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Azure AD could not determine the tenant from the request.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Check the UPN suffix of the user: it must be a verified domain of the tenant."))},
        {"AADSTS90072", "PassThroughUserMfaError", "prt", 4,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The account does not exist in the tenant it signed in to, or the ImmutableID "
             "(sourceAnchor) of a synced user differs between Active Directory and Azure AD.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the user's sourceAnchor (ImmutableID) in Azure AD "
                                          "Connect and match the accounts."))},
        {"AADSTS50008", "InvalidSamlToken", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The SAML assertion from the federation service is missing or misconfigured.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the claim rules of the Azure AD relying party "
                                          "trust on the federation service."))},
        {"AADSTS130004", "NgcKeyNotFound", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The user has no Windows Hello for Business (NGC) key registered in Azure AD.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Sign in with the password and set up the PIN again."))},
        {"AADSTS130005", "NgcInvalidSignature", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The signature made with the Windows Hello for Business key could not be verified.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Sign in with the password and set up the PIN again."))},
        {"AADSTS130006", "NgcTransportKeyNotFound", "prt", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The device's transport key for Windows Hello for "
                                          "Business is not configured in Azure AD.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Register the device again: dsregcmd /leave as administrator, restart, sign in."))},
        {"AADSTS130007", "NgcDeviceIsDisabled", "prt", 5,
         c(QT_TRANSLATE_NOOP("Catalogue", "The device that the Windows Hello for Business key "
                                          "belongs to is disabled in Azure AD.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Enable the device in Azure AD, or register it again: "
                                          "dsregcmd /leave as administrator, restart, sign in."))},
        {"AADSTS130008", "NgcDeviceIsNotFound", "prt", 4,
         c(QT_TRANSLATE_NOOP("Catalogue", "The device that the Windows Hello for Business key "
                                          "belongs to was not found in Azure AD.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Remove the device's remaining records, then let it register again "
                             "(dsregcmd /leave as administrator, restart, sign in)."))},
        {"AADSTS135011", "(device disabled)", "prt", 5,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The device used for the sign-in is disabled in Azure AD.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Enable the device in Azure AD, or register it again: "
                                          "dsregcmd /leave as administrator, restart, sign in."))},
        {"AADSTS700016", "UnauthorizedClient_DoesNotMatchRequest", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The application was not found in the tenant: it is not installed or "
                             "consented there, or the request went to the wrong tenant.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Check which tenant the request went to and that the application exists there."))},
        // AD FS (Enterprise PRT, /adfs/oauth2/token)
        {"MSIS9682", "(JWT bearer request not from a device with a transport key)", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "AD FS rejected the Enterprise PRT request: the certificate that signed "
                          "it is not from a registered device with a transport key, typically "
                          "because the device is not written back to Active Directory.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Enable device writeback in Azure AD Connect and check that the device is in the "
             "RegisteredDevices container; then lock and unlock the computer."))},
        {"MSIS9683", "(invalid device transport key)", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "AD FS rejected the request because the device's transport key is "
                          "invalid: it must be an RSA public key blob or a TPM storage key blob.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Register the device again: dsregcmd /leave as administrator, restart, sign in."))},
        {"MSIS3173", "(Active Directory account validation failed)", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "AD FS could not validate the user's Active Directory account.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the account in Active Directory and that AD FS can reach the "
                             "domain controllers; the AD FS Admin log has the details."))},
        {"MSIS7065", "(no protocol handler on the path)", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "AD FS has no protocol handler on the requested path, for example "
                             "because the endpoint is disabled or the URL is wrong.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the endpoint URL and that the endpoint is enabled on AD FS "
                             "(and published on the Web Application Proxy)."))},
        {"MSIS7012", "(error while processing the request)", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "AD FS hit a general error while processing the request.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Read the inner exception in AD FS Admin event 364 on the federation server."))},
        {"MSIS7068", "(access denied)", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "AD FS denied the request (Access denied).")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Check the access control policy and issuance authorization rules of "
                             "the relying party trust, and AD FS Admin event 364."))},
    };
}

} // namespace jd
