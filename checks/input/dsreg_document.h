#pragma once
// Everything read from a dsregcmd /status output: every section and every field in input order,
// unknown ones included, each with the line it came from so it can be shown as evidence; and
// the lines of a /debug trace when there is one.

#include "input/dsreg_trace.h"

#include <initializer_list>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>
#include <utility>
#include <vector>

namespace jd {

struct DsregField
{
    QString name;     // as written, e.g. "AzureAdJoined", "HTTP status"
    QString key;      // normalised for lookup: lower case, no spaces, hyphens or underscores
    QString value;    // trimmed, annotations after the value removed, wrapped lines joined
    QString rawValue; // as written after the separator
    QString section;  // title of the section it was in ("" before the first section)
    int line = 0;     // 1-based line number in the input
    bool known = false;
};

struct DsregSection
{
    QString title;
    int line = 0;
    QList<DsregField> fields;
};

struct DsregDocument
{
    QList<DsregSection> sections;
    int lineCount = 0;
    int knownFieldCount = 0;
    int unknownFieldCount = 0;
    int knownSectionCount = 0;
    QStringList otherLines; // lines that are neither headers nor fields (prompts, chatter)
    QList<DsregTraceLine> traceLines; // `dsregcmd /debug` trace lines, in input order
    bool legacyLayout = false; // old builds: all fields left-aligned in one "Device State" block

    // First field with this key, preferring the given sections (by title, case-insensitive);
    // then any other section, and per-account "Work Account N" blocks last. nullptr if absent.
    // The key is normalised here; a Latin-1 key ("AzureAdJoined") costs no allocation.
    const DsregField *find(QStringView key,
                           std::initializer_list<const char *> preferredSections = {}) const;
    const DsregField *find(QLatin1StringView key,
                           std::initializer_list<const char *> preferredSections = {}) const;
    QList<const DsregField *> findAll(const QString &key) const;
    const DsregSection *section(const QString &title) const;
    const DsregSection *section(QLatin1StringView title) const;
    QList<const DsregField *> allFields() const;

    // Makes find() and findAll() binary searches; the parser calls it once the document is
    // complete. A document changed afterwards must call it again.
    void indexKeys();

private:
    struct KeyPosition
    {
        int section;
        int field;
    };
    QStringView keyAt(const KeyPosition &at) const;
    std::pair<const KeyPosition *, const KeyPosition *> positionsOf(QStringView key) const;
    const DsregField *findKey(QStringView normalisedKey,
                              std::initializer_list<const char *> preferredSections) const;
    const DsregField *findKeyByScan(QStringView normalisedKey,
                                    std::initializer_list<const char *> preferredSections) const;
    std::vector<KeyPosition> m_keyIndex; // every field, by key, then in input order
    bool m_indexed = false;
};

QString normaliseFieldKey(QStringView name);

// A normalised key held on the stack, for lookups that need no string of their own.
class FieldKey
{
public:
    explicit FieldKey(QStringView name);
    explicit FieldKey(QLatin1StringView name);
    QStringView view() const { return QStringView(m_chars.constData(), m_chars.size()); }

private:
    void add(char16_t u);
    QVarLengthArray<char16_t, 64> m_chars;
};

} // namespace jd
