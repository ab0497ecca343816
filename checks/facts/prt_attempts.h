#pragma once
// The failed PRT attempts in SSO State, one per diagnostics block: the one that went to AD FS's
// token endpoint (or that AD FS answered) is the Enterprise PRT's, the other the Azure AD PRT's.
// Only SSO State fields (or fields pasted without any header) count: Diagnostic Data has look-alike
// names ("Server ErrorCode").

#include "facts/facts.h"

namespace jd {

struct PrtAttempts
{
    PrtAttempt azureAd;
    PrtAttempt enterprise;
};

PrtAttempts readPrtAttempts(const DsregDocument &document);

} // namespace jd
