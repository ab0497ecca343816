#pragma once
// Hides personal and organisational identifiers in a capture before it leaves the device: user
// names and UPNs, device and tenant IDs (every GUID but Microsoft's well-known ones), host and
// domain names, SIDs, certificate thumbprints, IP and MAC addresses. Each identifier gets a
// stable placeholder of the same shape (a GUID stays a GUID, a thumbprint stays 40 hex digits, an
// IPv4 address stays one), so the redacted capture is judged exactly like the original.

#include "facts/fact_source.h"
#include "input/capture_bundle.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace jd {

// The identifiers of one bundle and their placeholders; applies to any text about that device
// (a file name, a rendered report), so every output says the same placeholder for the same name.
class RedactionMap
{
public:
    RedactionMap() = default; // hides nothing
    // `facts`: what factsFromBundle() gives for this very bundle, when the caller has it already
    // (saves reading the bundle again); without them they are read here.
    static RedactionMap of(const CaptureBundle &bundle, const Facts *facts = nullptr);

    QString apply(const QString &text, int *replacements = nullptr) const;
    QByteArray apply(const QByteArray &utf8) const;
    QStringList identifiers() const; // the originals, lower case
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    QList<QPair<QString, QString>> m_rules; // original (lower case) -> placeholder, longest first
    QStringList m_identifiers;
};

struct RedactionReport
{
    int identifiers = 0; // distinct identifiers replaced
    int replacements = 0;
};

CaptureBundle redactBundle(const CaptureBundle &bundle, RedactionReport *report = nullptr);
// The same with a map already made from this bundle.
CaptureBundle redactBundle(const CaptureBundle &bundle, const RedactionMap &map,
                           RedactionReport *report = nullptr);

// Loaded facts as the redacted bundle gives them: the same judgement, no names or IDs. The map
// used is returned in *map (to redact what else is shown about the source, its file name say).
// A bundle that is already redacted is kept as it is.
LoadedFacts redactLoadedFacts(const LoadedFacts &loaded, const QString &sourceName,
                              RedactionMap *map = nullptr);

// The identifiers redactBundle would hide in this bundle (for tests and the wizard's preview).
QStringList identifiersIn(const CaptureBundle &bundle);

} // namespace jd
