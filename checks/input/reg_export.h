#pragma once
// Reads a registry export made by regedit or "reg export" (Windows Registry Editor Version 5.00,
// UTF-16LE with BOM; or REGEDIT4, ANSI): keys, values and their types, with line numbers for
// evidence. Unknown or malformed lines are skipped and counted, never fatal.

#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace jd {

struct RegValue
{
    enum class Type
    {
        String,       // REG_SZ: "text"
        ExpandString, // REG_EXPAND_SZ: hex(2):
        MultiString,  // REG_MULTI_SZ: hex(7):
        Dword,        // dword:
        Qword,        // hex(b):
        Binary,       // hex: and any other hex(n):
        Deleted       // "name"=-
    };
    QString name; // empty for the default value (@)
    Type type = Type::String;
    QString text;       // String, ExpandString; MultiString joined with '\n'
    quint64 number = 0; // Dword, Qword
    QByteArray bytes;   // the raw data of hex forms
    int line = 0;

    QString display() const; // the value as regedit would show it
};

struct RegKey
{
    QString path; // as written, "HKEY_LOCAL_MACHINE\SOFTWARE\…"
    bool deleted = false;
    int line = 0;
    QList<RegValue> values;
    const RegValue *value(const QString &name) const; // case-insensitive
};

struct RegExport
{
    bool valid = false; // a registry export header was found
    QList<RegKey> keys;
    int skippedLines = 0;
    // The key by path, case-insensitive; "HKLM\…" and "HKEY_LOCAL_MACHINE\…" are the same.
    const RegKey *key(const QString &path) const;
};

// True when the text starts like a registry export.
bool looksLikeRegExport(const QString &text);
RegExport parseRegExport(const QString &text);

} // namespace jd
