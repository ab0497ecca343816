#pragma once
// Readable QString values in GoogleTest failure messages.

#include <ostream>
#include <QString>

inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
