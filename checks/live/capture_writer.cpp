#include "live/capture_writer.h"

#include "core/atomic_file.h"

#include <QFileInfo>

namespace jd {

bool writeCaptureFile(const CaptureBundle &bundle, const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = path + QStringLiteral(" already exists");
        return false;
    }
    return writeFileAtomically(path, bundle.toJson(), error);
}

} // namespace jd
