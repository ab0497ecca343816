#pragma once
// The live probes' results as JSON inside a capture bundle, and back: a capture judged on another
// machine sees the same endpoints and the same directory as the device did.

#include "facts/facts.h"
#include "probes/directory_facts.h"

#include <optional>
#include <QByteArray>

namespace jd {

QByteArray connectivityToJson(const ConnectivitySnapshot &system,
                              const std::optional<ConnectivitySnapshot> &user);
// false when the JSON is not a connectivity probe.
bool connectivityFromJson(const QByteArray &json, std::optional<ConnectivitySnapshot> *system,
                          std::optional<ConnectivitySnapshot> *user);

// Certificates go in as DER (base64) and as their judged summary; without the bytes (a redacted
// capture) the summary alone is used when the capture is loaded.
QByteArray directoryToJson(const DirectoryFacts &directory, const TenantCheck &tenantCheck,
                           bool withCertificateBytes = true);
bool directoryFromJson(const QByteArray &json, DirectoryFacts *directory, TenantCheck *tenantCheck);

} // namespace jd
