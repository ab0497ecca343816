#include "core/atomic_file.h"

#include <cerrno>
#include <QSaveFile>

namespace jd {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QString ignored;
    if (!error) {
        error = &ignored;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Qt 6.4's QSaveFile can commit a cut-off file: a short write is not flagged as an error, and
    // commit() ignores a failing flush of its buffer. So check both here, before commit(), and
    // take the reason from errno, which QSaveFile leaves as "Unknown error" in both cases.
    errno = 0;
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    const int reason = errno;
    if (!written) {
        file.cancelWriting();
        *error = reason != 0 ? qt_error_string(reason) : file.errorString();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace jd
