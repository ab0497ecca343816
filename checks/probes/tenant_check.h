#pragma once
// Asks Azure AD which tenant a tenant name (a verified domain) belongs to: the tenant's
// openid-configuration, fetched with the connectivity probe, names the tenant ID in its issuer.
// DSRegTool's "Testing Tenant Name / Tenant ID", for the SCP's azureADName and azureADId.

#include "probes/endpoint_probe.h"

namespace jd {

// The tenant the SCP names, asked of Azure AD (openid-configuration of the tenant name).
struct TenantCheck
{
    bool attempted = false;
    QString url;
    QString tenantId; // from the issuer; empty when the check failed
    QString error;
};

// "{tenant}" is replaced by the tenant name.
inline constexpr const char *kOpenidUrlTemplate =
    "https://login.microsoftonline.com/{tenant}/.well-known/openid-configuration";

// Blocking (a local event loop), bounded by settings.timeout. settings gives the proxy, extra CA
// certificates and expected issuer; its endpoints are replaced.
TenantCheck checkTenantName(const QString &tenantName, ProbeSettings settings,
                            const QString &urlTemplate = QLatin1String(kOpenidUrlTemplate));

} // namespace jd
