#pragma once
// Everything read from a dsregcmd /status output: every section and every field in input order,
// unknown ones included, each with the line it came from so it can be shown as evidence; and
// the lines of a /debug trace when there is one.

#include "input/dsreg_trace.h"

#include <initializer_list>
#include <QList>
#include <QString>
#include <QStringList>

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
    const DsregField *find(const QString &key,
                           std::initializer_list<const char *> preferredSections = {}) const;
    QList<const DsregField *> findAll(const QString &key) const;
    const DsregSection *section(const QString &title) const;
    QList<const DsregField *> allFields() const;
};

QString normaliseFieldKey(QStringView name);

} // namespace jd
