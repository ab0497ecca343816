#include "capture_writer.h"

#include <QFileInfo>
#include <QSaveFile>

namespace jd {

bool writeCaptureFile(const CaptureBundle &bundle, const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = path + QStringLiteral(" already exists");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray json = bundle.toJson();
    if (file.write(json) != json.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace jd
