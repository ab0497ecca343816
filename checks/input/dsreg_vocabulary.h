#pragma once
// The section titles and field names dsregcmd /status is known to print (all Windows 10/11
// builds seen), used to tell a dsregcmd output from other text and to mark unknown fields.

#include <QString>

namespace jd {

bool isKnownSectionTitle(QStringView title);
bool isKnownFieldKey(const QString &normalisedKey);
// The known key itself (shared, so a parsed field's key costs no allocation), or null.
const QString *knownFieldKey(QStringView normalisedKey);
// The vocabulary's copy of a field name written exactly as dsregcmd writes it, or null.
const QString *knownFieldName(QStringView name);
// Canonical spelling of a known section title ("device state" -> "Device State"), or the input.
QString canonicalSectionTitle(const QString &title);

} // namespace jd
