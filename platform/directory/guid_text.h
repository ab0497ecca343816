#pragma once
// GUIDs as Windows writes them: objectGUID's 16 bytes are a GUID structure in memory (the first
// three fields little-endian), printed as lower-case "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", the
// form in the CN of the certificate Windows writes to the computer object.

#include <optional>
#include <string>
#include <string_view>

namespace jd::directory {

// Empty when the value is not 16 bytes.
std::string formatObjectGuid(std::string_view bytes);

// A GUID in text ("{…}", any case, with or without braces) in the canonical form above;
// nullopt when it is not a GUID.
std::optional<std::string> canonicalGuid(std::string_view text);

// objectGUID however the directory returned it: 16 raw bytes, or GUID text.
std::string objectGuidText(std::string_view value);

} // namespace jd::directory
