#pragma once
// The section titles and field names dsregcmd /status is known to print (all Windows 10/11
// builds seen), used to tell a dsregcmd output from other text and to mark unknown fields.

#include <QString>

namespace jd {

bool isKnownSectionTitle(const QString &title);
bool isKnownFieldKey(const QString &normalisedKey);
// Canonical spelling of a known section title ("device state" -> "Device State"), or the input.
QString canonicalSectionTitle(const QString &title);

} // namespace jd
