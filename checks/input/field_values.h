#pragma once
// Reading the typed meaning of dsregcmd values: YES/NO, test results ("PASS", "FAIL [0x…/0x…]",
// "SKIPPED"), error values ("ERROR (0x…)"), error codes inside free text, and UTC timestamps.

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace jd {

enum class Tri
{
    Unknown,
    No,
    Yes
};

enum class TestVerdict
{
    Absent,
    Pass,
    Fail,
    Skipped,
    Enabled,
    Disabled,
    Error,
    Other
};

struct TestValue
{
    TestVerdict verdict = TestVerdict::Absent;
    QStringList
        codes; // lower-case "0x…" codes in the order written, e.g. {"0x801c0021", "0x80072ee2"}
};

Tri parseYesNo(const QString &value);
TestValue parseTestValue(const QString &value);
// Every "0x…" code (1–8 hex digits, not zero) in order, lower case with 8 digits where it is an
// HRESULT ("0x801C001D" -> "0x801c001d"); also negative decimal HRESULTs (-2145648611).
QStringList findErrorCodes(const QString &text);
// "AADSTS50126" style server codes, upper case, in order.
QStringList findAadstsCodes(const QString &text);
// "MSIS9682" style AD FS codes, upper case, in order.
QStringList findMsisCodes(const QString &text);
// "2024-03-05 10:15:00.000 UTC" (also without milliseconds or "UTC"); invalid if absent.
QDateTime parseUtcTimestamp(const QString &value);

} // namespace jd
