#pragma once
// Finds the identifiers of an input by its own rules, independent of the redaction under test:
// named dsregcmd fields (device, tenant, user, domain, IDs, thumbprints, proxies), and by shape
// anywhere (e-mail addresses, GUIDs, SIDs, IPv4 addresses, long hex). Then says which of them an
// output still shows.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace jd::test {

// The input: dsregcmd text, or a capture bundle (every item's content is read).
QStringList identifiersOf(const QByteArray &input);
// Those of `identifiers` that occur in `output` as a whole word, any case.
QStringList identifiersShownIn(const QString &output, const QStringList &identifiers);

} // namespace jd::test
