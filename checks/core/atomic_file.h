#pragma once
// Writes a whole file or nothing: through a temporary file renamed into place (QSaveFile), so a
// full disk, a read-only folder or a crash never leaves a cut-off report, capture or image behind,
// and an older file of the same name stays as it was.

#include <QByteArray>
#include <QString>

namespace jd {

// False with the reason (e.g. "No space left on device") in `error` (may be null) when anything
// failed.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace jd
