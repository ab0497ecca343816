#include "steps/step_check.h"

#include <array>

namespace jd {

const StepInfo &stepInfo(int step)
{
    static const std::array<StepInfo, kStepCount> steps = {{
        {1, checksText(QT_TRANSLATE_NOOP("Checks", "Tenant discovery")),
         checksText(QT_TRANSLATE_NOOP(
             "Checks", "The device finds out which Microsoft Entra ID (Azure AD) tenant it belongs "
                       "to, from the service connection point (SCP) in the registry or in Active "
                       "Directory."))},
        {2, checksText(QT_TRANSLATE_NOOP("Checks", "Connection to Microsoft as SYSTEM")),
         checksText(QT_TRANSLATE_NOOP(
             "Checks", "The device contacts the registration and sign-in services of Microsoft "
                       "Entra ID (Azure AD) in the SYSTEM context, through the proxy that SYSTEM "
                       "uses (WinHTTP)."))},
        {3, checksText(QT_TRANSLATE_NOOP("Checks", "Certificate on the computer object")),
         checksText(QT_TRANSLATE_NOOP(
             "Checks", "Windows creates a self-signed certificate and writes it to the computer "
                       "object in Active Directory, for Microsoft Entra ID (Azure AD) to know the "
                       "device by; this needs a domain controller."))},
        {4, checksText(QT_TRANSLATE_NOOP("Checks", "Sync by Microsoft Entra Connect")),
         checksText(QT_TRANSLATE_NOOP(
             "Checks", "Microsoft Entra Connect (Azure AD Connect) copies the computer object with "
                       "its certificate to Microsoft Entra ID (Azure AD), every 30 minutes by "
                       "default."))},
        {5, checksText(QT_TRANSLATE_NOOP("Checks", "Pending registration")),
         checksText(QT_TRANSLATE_NOOP(
             "Checks", "Microsoft Entra ID (Azure AD) shows the device as \"Pending\" until the "
                       "device itself completes the registration."))},
        {6, checksText(QT_TRANSLATE_NOOP("Checks", "Sign-in and Primary Refresh Token")),
         checksText(QT_TRANSLATE_NOOP(
             "Checks", "At the next sign-in the registration completes and the user gets a Primary "
                       "Refresh Token (PRT) from Microsoft Entra ID (Azure AD), which single "
                       "sign-on needs."))},
    }};
    static const StepInfo none{};
    return (step >= 1 && step <= kStepCount) ? steps[size_t(step - 1)] : none;
}

} // namespace jd
