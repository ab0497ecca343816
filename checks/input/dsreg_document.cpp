#include "input/dsreg_document.h"

#include <algorithm>
#include <array>

namespace jd {

// ASCII letters and digits in lower case, every other ASCII character 0 (dropped).
constexpr std::array<char16_t, 128> asciiKeyChars()
{
    std::array<char16_t, 128> table{};
    for (char16_t u = 0; u < 128; ++u) {
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            table[u] = u;
        } else if (u >= u'A' && u <= u'Z') {
            table[u] = char16_t(u - u'A' + u'a');
        }
    }
    return table;
}
constexpr std::array<char16_t, 128> kAsciiKeyChars = asciiKeyChars();

// Lower case, letters and digits only. Most names are ASCII: a table, no Unicode tables.
void FieldKey::add(char16_t u)
{
    if (u < 0x80) {
        if (const char16_t c = kAsciiKeyChars[u]) {
            m_chars.append(c);
        }
    } else if (QChar(u).isLetterOrNumber()) {
        m_chars.append(QChar(u).toLower().unicode());
    }
}

FieldKey::FieldKey(QStringView name)
{
    for (const QChar c : name) {
        add(c.unicode());
    }
}

FieldKey::FieldKey(QLatin1StringView name)
{
    for (const char c : name) {
        add(char16_t(static_cast<unsigned char>(c)));
    }
}

QString normaliseFieldKey(QStringView name)
{
    return FieldKey(name).view().toString();
}

namespace {
bool isWorkAccount(const QString &title)
{
    return title.startsWith(QStringLiteral("Work Account"), Qt::CaseInsensitive);
}
} // namespace

const DsregField *DsregDocument::find(QStringView key,
                                      std::initializer_list<const char *> preferredSections) const
{
    return findKey(FieldKey(key).view(), preferredSections);
}

const DsregField *DsregDocument::find(QLatin1StringView key,
                                      std::initializer_list<const char *> preferredSections) const
{
    return findKey(FieldKey(key).view(), preferredSections);
}

void DsregDocument::indexKeys()
{
    // Sorted with each key at hand (views into this document, used only here).
    struct Entry
    {
        QStringView key;
        KeyPosition at;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(knownFieldCount) + size_t(unknownFieldCount));
    for (int s = 0; s < int(sections.size()); ++s) {
        const QList<DsregField> &fields = sections.at(s).fields;
        for (int f = 0; f < int(fields.size()); ++f) {
            entries.push_back({fields.at(f).key, {s, f}});
        }
    }
    // By key, then in input order. Known keys are the vocabulary's shared strings: equal keys
    // are mostly the same string, told without comparing characters.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const int order =
            a.key.data() == b.key.data() && a.key.size() == b.key.size() ? 0 : a.key.compare(b.key);
        return order != 0                     ? order < 0
               : a.at.section != b.at.section ? a.at.section < b.at.section
                                              : a.at.field < b.at.field;
    });
    m_keyIndex.clear();
    m_keyIndex.reserve(entries.size());
    for (const Entry &entry : entries) {
        m_keyIndex.push_back(entry.at);
    }
    m_indexed = true;
}

QStringView DsregDocument::keyAt(const KeyPosition &at) const
{
    return sections.at(at.section).fields.at(at.field).key;
}

// The positions of the fields with this key, in input order.
std::pair<const DsregDocument::KeyPosition *, const DsregDocument::KeyPosition *>
DsregDocument::positionsOf(QStringView wanted) const
{
    const auto less = [this](const KeyPosition &at, QStringView key) {
        return keyAt(at) < key;
    };
    const auto greater = [this](QStringView key, const KeyPosition &at) {
        return key < keyAt(at);
    };
    const KeyPosition *first = m_keyIndex.data();
    const KeyPosition *last = first + m_keyIndex.size();
    const KeyPosition *begin = std::lower_bound(first, last, wanted, less);
    return {begin, std::upper_bound(begin, last, wanted, greater)};
}

const DsregField *
DsregDocument::findKey(QStringView wanted,
                       std::initializer_list<const char *> preferredSections) const
{
    if (!m_indexed) {
        return findKeyByScan(wanted, preferredSections);
    }
    const auto [begin, end] = positionsOf(wanted);
    if (begin == end) {
        return nullptr;
    }
    const auto fieldAt = [this](const KeyPosition &at) {
        return &sections.at(at.section).fields.at(at.field);
    };
    for (const char *title : preferredSections) {
        if (const DsregSection *s = section(QLatin1StringView(title))) {
            const int wantedSection = int(s - sections.constData());
            for (const KeyPosition *at = begin; at != end; ++at) {
                if (at->section == wantedSection) {
                    return fieldAt(*at);
                }
            }
        }
    }
    // As findKeyByScan: device-level sections first, "Work Account N" blocks last.
    for (const bool workAccounts : {false, true}) {
        for (const KeyPosition *at = begin; at != end; ++at) {
            if (isWorkAccount(sections.at(at->section).title) == workAccounts) {
                return fieldAt(*at);
            }
        }
    }
    return nullptr;
}

const DsregField *
DsregDocument::findKeyByScan(QStringView wanted,
                             std::initializer_list<const char *> preferredSections) const
{
    for (const char *title : preferredSections) {
        if (const DsregSection *s = section(QLatin1StringView(title))) {
            for (const DsregField &f : s->fields) {
                if (f.key == wanted) {
                    return &f;
                }
            }
        }
    }
    // Device-level sections first; per-account fields (WorkplaceTenantId, …) only live in
    // "Work Account N" blocks, so those are searched last.
    for (const bool workAccounts : {false, true}) {
        for (const DsregSection &s : sections) {
            if (isWorkAccount(s.title) != workAccounts) {
                continue;
            }
            for (const DsregField &f : s.fields) {
                if (f.key == wanted) {
                    return &f;
                }
            }
        }
    }
    return nullptr;
}

QList<const DsregField *> DsregDocument::findAll(const QString &key) const
{
    const FieldKey wanted(key);
    QList<const DsregField *> found;
    if (m_indexed) {
        const auto [begin, end] = positionsOf(wanted.view());
        for (const KeyPosition *at = begin; at != end; ++at) {
            found.append(&sections.at(at->section).fields.at(at->field));
        }
        return found;
    }
    for (const DsregSection &s : sections) {
        for (const DsregField &f : s.fields) {
            if (f.key == wanted.view()) {
                found.append(&f);
            }
        }
    }
    return found;
}

const DsregSection *DsregDocument::section(QLatin1StringView title) const
{
    for (const DsregSection &s : sections) {
        if (s.title.compare(title, Qt::CaseInsensitive) == 0) {
            return &s;
        }
    }
    return nullptr;
}

const DsregSection *DsregDocument::section(const QString &title) const
{
    for (const DsregSection &s : sections) {
        if (s.title.compare(title, Qt::CaseInsensitive) == 0) {
            return &s;
        }
    }
    return nullptr;
}

QList<const DsregField *> DsregDocument::allFields() const
{
    QList<const DsregField *> all;
    all.reserve(knownFieldCount + unknownFieldCount);
    for (const DsregSection &s : sections) {
        for (const DsregField &f : s.fields) {
            all.append(&f);
        }
    }
    return all;
}

} // namespace jd
