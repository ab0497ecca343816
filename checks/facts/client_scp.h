#pragma once
// The client-side SCP (TenantId and TenantName under the CDJ\AAD key, see kClientScpKey) from a
// registry export, as evidence for step 1.

#include "facts/facts.h"
#include "input/reg_export.h"

namespace jd {

inline constexpr const char *kClientScpKey =
    "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD";

// read is true when the export covers the key (it holds CDJ\AAD or its parent CDJ).
ClientScpFacts clientScpFromExport(const RegExport &reg, const QString &fileName);

} // namespace jd
