#pragma once
// Finds what redaction hides in a bundle: names from its facts (device, domains, tenants, proxies,
// domain controllers, TLS-inspection issuers) and shapes in all its texts (e-mail addresses,
// accounts, GUIDs, SIDs, thumbprints, IP and MAC addresses), each with its placeholder. Applying
// them is redaction.h's job.

#include "facts/facts.h"
#include "input/capture_bundle.h"

#include <QMap>
#include <QString>

namespace jd {

// Lower-case original -> placeholder, numbered per kind in order of first appearance. `facts`:
// what factsFromBundle() gives for this bundle, if the caller has it; else it is read here.
QMap<QString, QString> collectIdentifiers(const CaptureBundle &bundle,
                                          const Facts *facts = nullptr);

} // namespace jd
