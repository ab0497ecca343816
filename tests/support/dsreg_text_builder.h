#pragma once
// Builds dsregcmd /status text in the documented layout (boxed section titles, field names
// right-aligned in 26 columns, " : " separator), for tests that vary one fact at a time.

#include <QString>
#include <QStringList>

namespace jd::test {

class DsregTextBuilder
{
public:
    DsregTextBuilder &section(const QString &title);
    DsregTextBuilder &field(const QString &name, const QString &value);
    DsregTextBuilder &blank();
    DsregTextBuilder &raw(const QString &line);
    QString text() const; // lines joined with "\n", ending in the aadjerrors footer

    // Common shapes.
    static DsregTextBuilder
    domainJoinedNotRegistered(const QString &userContext = QStringLiteral("ELEVATED User"));
    static DsregTextBuilder hybridJoined(const QString &prt = QStringLiteral("YES"));

private:
    QStringList m_lines;
};

} // namespace jd::test
