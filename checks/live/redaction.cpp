#include "live/redaction.h"

#include "facts/bundle_facts.h"
#include "facts/probe_serialisation.h"
#include "live/redaction_collector.h"

#include <algorithm>
#include <QMap>
#include <QRegularExpression>

namespace jd {

namespace {

QString apply(QString text, const QList<QPair<QRegularExpression, QString>> &rules, int *count)
{
    for (const auto &[pattern, replacement] : rules) {
        int hits = 0;
        for (auto it = pattern.globalMatch(text); it.hasNext(); it.next()) {
            ++hits;
        }
        if (hits > 0) {
            text.replace(pattern, replacement);
            *count += hits;
        }
    }
    return text;
}

// Certificates in the directory probe carry the identifiers in binary; keep only their summary.
QByteArray withoutCertificateBytes(const QByteArray &directoryJson)
{
    DirectoryFacts d;
    TenantCheck check;
    if (!directoryFromJson(directoryJson, &d, &check)) {
        return directoryJson;
    }
    return directoryToJson(d, check, /*withCertificateBytes=*/false);
}

} // namespace

RedactionMap RedactionMap::of(const CaptureBundle &bundle)
{
    const QMap<QString, QString> placeholders = collectIdentifiers(bundle);
    RedactionMap map;
    map.m_identifiers = placeholders.keys();
    // Longest first, so that "pc01.corp.example" is replaced before "pc01" and "corp.example".
    QStringList originals = map.m_identifiers;
    std::sort(originals.begin(), originals.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &original : originals) {
        const QString escaped = QRegularExpression::escape(original);
        // Whole words only, so that a short name does not eat parts of other words.
        map.m_rules.append({QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])") + escaped +
                                                   QStringLiteral("(?![A-Za-z0-9])"),
                                               QRegularExpression::CaseInsensitiveOption),
                            placeholders.value(original)});
    }
    return map;
}

QString RedactionMap::apply(const QString &text, int *replacements) const
{
    int count = 0;
    QString out = jd::apply(text, m_rules, &count);
    if (replacements) {
        *replacements += count;
    }
    return out;
}

QByteArray RedactionMap::apply(const QByteArray &utf8) const
{
    return apply(QString::fromUtf8(utf8)).toUtf8();
}

QStringList RedactionMap::identifiers() const
{
    return m_identifiers;
}

QStringList identifiersIn(const CaptureBundle &bundle)
{
    return collectIdentifiers(bundle).keys();
}

CaptureBundle redactBundle(const CaptureBundle &bundle, RedactionReport *report)
{
    return redactBundle(bundle, RedactionMap::of(bundle), report);
}

CaptureBundle redactBundle(const CaptureBundle &bundle, const RedactionMap &map,
                           RedactionReport *report)
{
    CaptureBundle out = bundle;
    int replacements = 0;
    for (CaptureItem &item : out.items) {
        QByteArray content = item.content;
        if (item.name == QLatin1String(capture_item::kDirectory) && item.collected) {
            content = withoutCertificateBytes(content);
        }
        item.content = map.apply(QString::fromUtf8(content), &replacements).toUtf8();
        item.detail = map.apply(item.detail, &replacements);
        item.error = map.apply(item.error, &replacements);
    }
    out.device = map.apply(out.device, &replacements);
    out.redacted = true;
    if (report) {
        report->identifiers = int(map.identifiers().size());
        report->replacements = replacements;
    }
    return out;
}

LoadedFacts redactLoadedFacts(const LoadedFacts &loaded, const QString &sourceName,
                              RedactionMap *map)
{
    if (!loaded.facts || !loaded.bundle || loaded.bundle->redacted) {
        if (map) {
            *map = RedactionMap();
        }
        return loaded;
    }
    const RedactionMap m = RedactionMap::of(*loaded.bundle);
    auto bundle = std::make_shared<const CaptureBundle>(redactBundle(*loaded.bundle, m));
    LoadedFacts out = factsFromBundle(*bundle, m.apply(sourceName));
    if (out.facts) {
        out.encoding = loaded.encoding;
        out.bundle = bundle;
    }
    if (map) {
        *map = m;
    }
    return out;
}

} // namespace jd
