#include "actions/repair.h"

#include <QDir>

namespace jd {

bool Repair::appliesTo(const Facts &, TrText *) const
{
    return true;
}

bool Repair::isAvailable(const Facts &facts, TrText *reason) const
{
    return canRun(reason) && appliesTo(facts, reason);
}

QString repairCommandLine(const QString &program, const QStringList &arguments)
{
    QStringList shown;
    for (const QString &a : arguments) {
        shown << (a.contains(u' ') ? u'"' + a + u'"' : a);
    }
    return QStringLiteral("\"%1\" %2").arg(QDir::toNativeSeparators(program), shown.join(u' '));
}

} // namespace jd
