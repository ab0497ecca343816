#pragma once
// One piece of evidence behind a verdict: a field and its value, and where it was read.

#include <QList>
#include <QString>

namespace jd {

struct DsregField;

struct Evidence
{
    QString field;   // "AzureAdJoined", "DRS Discovery Test"
    QString value;   // as written
    QString section; // dsregcmd section title, or another source ("registry", "LDAP")
    int line = 0;    // 1-based line in the input; 0 when not from a text input

    bool isEmpty() const { return field.isEmpty(); }
    bool operator==(const Evidence &other) const
    {
        return field == other.field && value == other.value && section == other.section &&
               line == other.line;
    }
};

using EvidenceList = QList<Evidence>;

Evidence evidenceOf(const DsregField &field);

} // namespace jd
