#pragma once
// Hides personal and organisational identifiers in a capture before it leaves the device: user
// names and UPNs, device and tenant IDs (every GUID but Microsoft's well-known ones), host and
// domain names, SIDs and certificate thumbprints. Each identifier gets a stable placeholder of
// the same shape (a GUID stays a GUID, a thumbprint stays 40 hex digits), so the redacted capture
// is judged exactly like the original.

#include "input/capture_bundle.h"

#include <QStringList>

namespace jd {

struct RedactionReport
{
    int identifiers = 0; // distinct identifiers replaced
    int replacements = 0;
};

CaptureBundle redactBundle(const CaptureBundle &bundle, RedactionReport *report = nullptr);

// The identifiers redactBundle would hide in this bundle (for tests and the wizard's preview).
QStringList identifiersIn(const CaptureBundle &bundle);

} // namespace jd
