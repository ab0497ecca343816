#pragma once
// --probe-directory: read the SCP and this computer's object from Active Directory over LDAP
// (optionally finding the domain controller by DNS SRV first) and judge steps 1 and 3 from it.

#include "core/language.h"

#include <QStringList>

namespace jd {

int runDirectoryCommand(const QStringList &arguments, const Language &language);

} // namespace jd
