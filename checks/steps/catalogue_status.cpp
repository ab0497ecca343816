// NTSTATUS codes in the PRT "Attempt Status" and the logon events, when Windows itself (the
// domain controller, the account, the secure channel) refuses the sign-in. Sources: Microsoft
// Learn "4625(F): An account failed to log on" (logon status codes), [MS-ERREF] "NTSTATUS
// Values", [MS-SAMR] "STATUS_ Codes" and "System Error Codes (1700-3999)". Microsoft documents
// no AAD_CLOUDAP_E_ codes beyond those in catalogue_prt.cpp.

#include "steps/error_catalogue.h"

namespace jd {

namespace {
TrText c(const char *source)
{
    return catalogueText(source);
}
} // namespace

QList<ErrorCodeInfo> statusErrorCodes()
{
    return {
        {"0xc0000234", "STATUS_ACCOUNT_LOCKED_OUT", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The user account is locked after too many failed sign-ins or password changes.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Unlock the account in Active Directory (or wait for the lockout to "
                             "expire) and find the source of the bad passwords."))},
        {"0xc0000072", "STATUS_ACCOUNT_DISABLED", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The user account is disabled by an administrator.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Enable the account in Active Directory, wait for the "
                                          "next sync, and sign in again."))},
        {"0xc0000071", "STATUS_PASSWORD_EXPIRED", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The user's password has expired.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Change the password at sign-in (with line of sight to a domain "
                             "controller), then lock and unlock the computer."))},
        {"0xc0000224", "STATUS_PASSWORD_MUST_CHANGE", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The user must change the password at next sign-in.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Change the password at sign-in (with line of sight to a domain "
                             "controller), then lock and unlock the computer."))},
        {"0xc000006e", "STATUS_ACCOUNT_RESTRICTION", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The user name and password are valid, but an account restriction "
                             "prevents the sign-in (for example logon hours).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the account's restrictions in Active Directory "
                                          "(logon hours, Log On To computers, account options)."))},
        {"0xc0000064", "STATUS_NO_SUCH_USER", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The user name does not exist (misspelled or unknown account).")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Check the user name, and sign in with the account as it is in Active Directory."))},
        {"0xc000006f", "STATUS_INVALID_LOGON_HOURS", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The sign-in was outside the account's allowed logon hours.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Change the logon hours of the account in Active "
                                          "Directory, or sign in within them."))},
        {"0xc0000070", "STATUS_INVALID_WORKSTATION", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The account may not sign in on this computer (workstation restriction).")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Add the computer to the account's Log On To list in "
                                          "Active Directory, or remove the restriction."))},
        {"0xc0000193", "STATUS_ACCOUNT_EXPIRED", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The user account has expired.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Extend the account's expiry date in Active Directory, "
                                          "wait for sync, and sign in again."))},
        {"0xc0000133", "STATUS_TIME_DIFFERENCE_AT_DC", "prt", 3,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The clocks of the domain controller and this computer are too far apart.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Synchronise the time with the domain (w32tm /resync) and check the "
                             "time service on the domain controllers."))},
        {"0xc000015b", "STATUS_LOGON_TYPE_NOT_GRANTED", "prt", 6,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The user has not been granted the requested logon right on this computer.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Check the user rights assignments (for example Allow "
                                          "log on locally) in Group Policy."))},
        {"0xc000018c", "STATUS_TRUSTED_DOMAIN_FAILURE", "prt", 3,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The trust relationship between the primary domain and the trusted domain failed.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Verify the trust between the domains (Active Directory Domains and "
                             "Trusts) and that their domain controllers can reach each other."))},
        {"0xc000005e", "STATUS_NO_LOGON_SERVERS", "prt", 3,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "No logon server (domain controller) was available for the request.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Connect to the company network or VPN and check DNS for "
                                          "the domain controllers (nltest /dsgetdc:<domain>)."))},
        {"0xc0000413", "STATUS_AUTHENTICATION_FIREWALL_FAILED", "prt", 3,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "The computer is protected by an authentication firewall (selective "
                             "authentication), and the account may not authenticate to it.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Grant the account Allowed to authenticate on the computer object, or "
                             "change the trust to forest-wide authentication."))},
        {"0xc000018b", "STATUS_NO_TRUST_SAM_ACCOUNT", "prt", 3,
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "The domain has no computer account for this computer's trust relationship: the "
             "secure channel is broken or the computer object is gone.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Repair the secure channel (Test-ComputerSecureChannel "
                                          "-Repair) or join the computer to the domain again."))},
        {"0xc00000dc", "STATUS_INVALID_SERVER_STATE", "prt", 3,
         c(QT_TRANSLATE_NOOP("Catalogue", "The security account manager (SAM) on the server was in "
                                          "the wrong state for the operation.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Try again; if it persists, check the domain controller's health and event log."))},
        {"0xc0000388", "STATUS_DOWNGRADE_DETECTED", "prt", 3,
         c(QT_TRANSLATE_NOOP("Catalogue", "Windows detected a possible attempt to compromise "
                                          "security (downgrade) during authentication.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Make sure the computer can contact the domain controller that "
                             "authenticated the user, then sign in again."))},
        {"0xc000009a", "STATUS_INSUFFICIENT_RESOURCES", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Windows had too few system resources to finish the operation.")),
         c(QT_TRANSLATE_NOOP("Catalogue", "Restart the computer and try again."))},
        {"0xc0000022", "STATUS_ACCESS_DENIED", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Access was denied: the caller lacks the rights it asked for.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Look at the events around it to see which object was denied; check "
                             "permissions changed by hardening or security software."))},
        {"0xc00000bb", "STATUS_NOT_SUPPORTED", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "The request is not supported.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Look at the events logged around it for the operation that was refused."))},
        {"0xc0000225", "STATUS_NOT_FOUND", "prt", 6,
         c(QT_TRANSLATE_NOOP("Catalogue", "An object was not found (STATUS_NOT_FOUND); in logon "
                                          "events Microsoft regards it as harmless.")),
         c(QT_TRANSLATE_NOOP(
             "Catalogue",
             "Look at the other codes logged around it; on its own it needs no action."))},
        {"0xc0000192", "STATUS_NETLOGON_NOT_STARTED", "prt", 3,
         c(QT_TRANSLATE_NOOP(
             "Catalogue", "The Netlogon service was not started when the sign-in was attempted.")),
         c(QT_TRANSLATE_NOOP("Catalogue",
                             "Start the Netlogon service and set it to start automatically."))},
    };
}

} // namespace jd
