#include "live/redaction.h"

#include "facts/bundle_facts.h"
#include "facts/probe_serialisation.h"
#include "live/redaction_collector.h"

#include <algorithm>
#include <QMap>

namespace jd {

namespace {

bool isAsciiLetterOrDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// Replaces every occurrence of `original` that is a whole word (no ASCII letter or digit right
// before or after it), ignoring case. A plain search rather than one pattern per identifier:
// this runs for every identifier over every text of a bundle.
int replaceWholeWords(QString *text, const QString &original, const QString &replacement)
{
    if (original.isEmpty()) {
        return 0;
    }
    const QStringView in(*text);
    QString out;
    qsizetype copied = 0;
    int hits = 0;
    for (qsizetype at = in.indexOf(original, 0, Qt::CaseInsensitive); at >= 0;
         at = in.indexOf(original, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + original.size();
        if ((at > 0 && isAsciiLetterOrDigit(in.at(at - 1))) ||
            (end < in.size() && isAsciiLetterOrDigit(in.at(end)))) {
            continue;
        }
        out += in.mid(copied, at - copied);
        out += replacement;
        copied = end;
        ++hits;
        at = end - 1; // matches do not overlap
    }
    if (hits > 0) {
        out += in.mid(copied);
        *text = std::move(out);
    }
    return hits;
}

QString apply(QString text, const QList<QPair<QString, QString>> &rules, int *count)
{
    for (const auto &[original, replacement] : rules) {
        *count += replaceWholeWords(&text, original, replacement);
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

RedactionMap RedactionMap::of(const CaptureBundle &bundle, const Facts *facts)
{
    const QMap<QString, QString> placeholders = collectIdentifiers(bundle, facts);
    RedactionMap map;
    map.m_identifiers = placeholders.keys();
    // Longest first, so that "pc01.corp.example" is replaced before "pc01" and "corp.example".
    QStringList originals = map.m_identifiers;
    std::sort(originals.begin(), originals.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &original : originals) {
        map.m_rules.append({original, placeholders.value(original)});
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
    // The names are collected from the bundle's own facts, as the bundle will be shared: the
    // loaded facts can differ from them (a text that UTF-8 cannot hold as it is).
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
