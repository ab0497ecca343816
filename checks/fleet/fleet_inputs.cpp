#include "fleet/fleet_inputs.h"

#include "fleet/intune_export.h"
#include "input/capture_bundle.h"
#include "input/reg_export.h"
#include "input/text_decoder.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>

#include <algorithm>

namespace jd {

namespace {

bool isCsv(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

} // namespace

namespace {

// Which device a file is about, read from its first 64 KiB: the name it gives, or the file itself
// for data without a name; nothing for what is no device's data (a registry export beside an
// output, notes, a screenshot), so that such a folder still opens as one capture.
std::optional<QString> deviceKeyOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray head = file.read(64 * 1024);
    if (looksLikeCaptureBundle(head)) {
        static const QRegularExpression device(QStringLiteral("\"device\"\\s*:\\s*\"([^\"]*)\""));
        static const QRegularExpression redacted(QStringLiteral("\"redacted\"\\s*:\\s*true"));
        const QString json = QString::fromUtf8(head);
        const auto m = device.match(json);
        // A redacted capture's name is a placeholder that every such capture shares.
        if (m.hasMatch() && !m.captured(1).isEmpty() && !redacted.match(json).hasMatch()) {
            return m.captured(1).toLower();
        }
        return path;
    }
    const DecodedText decoded = decodeText(head);
    if (decoded.problem || looksLikeRegExport(decoded.text)) {
        return std::nullopt;
    }
    static const QRegularExpression name(QStringLiteral("Device Name\\s*:[ \\t]*(\\S+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const auto m = name.match(decoded.text); m.hasMatch()) {
        return m.captured(1).toLower();
    }
    for (const char *field : {"AzureAdJoined", "DomainJoined", "AzureAdPrt", "DeviceId"}) {
        if (decoded.text.contains(QLatin1String(field), Qt::CaseInsensitive)) {
            return path;
        }
    }
    return std::nullopt;
}

} // namespace

bool holdsManyDevices(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        if (!isCsv(path)) {
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return false;
        }
        return looksLikeIntuneExport(decodeText(file.read(64 * 1024)).text);
    }
    // Two devices are enough to know; a folder of one device is read whole (a few files).
    constexpr int kFilesLookedAt = 500;
    QSet<QString> devices;
    int files = 0;
    QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext() && files < kFilesLookedAt) {
        const QString file = it.next();
        if (it.fileInfo().fileName().startsWith(u'.')) {
            continue;
        }
        ++files;
        if (isCsv(file) && holdsManyDevices(file)) {
            return true;
        }
        if (const std::optional<QString> key = deviceKeyOf(file)) {
            devices.insert(*key);
            if (devices.size() >= 2) {
                return true;
            }
        }
    }
    return false;
}

FleetInputs findFleetInputs(const QString &path, const QString &excludedFile)
{
    FleetInputs inputs;
    const QFileInfo root(path);
    if (!root.isDir()) {
        (isCsv(path) ? inputs.csvFiles : inputs.files).append(path);
        return inputs;
    }
    const QString excluded =
        excludedFile.isEmpty() ? QString() : QFileInfo(excludedFile).absoluteFilePath();
    // Files by folder, so that a folder with a registry export becomes one capture.
    QHash<QString, QStringList> byFolder;
    QStringList folders;
    QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.fileName().startsWith(u'.') ||
            (!excluded.isEmpty() && info.absoluteFilePath() == excluded)) {
            continue;
        }
        const QString folder = info.path();
        auto found = byFolder.find(folder);
        if (found == byFolder.end()) {
            folders.append(folder);
            found = byFolder.insert(folder, {});
        }
        found->append(file);
    }
    std::sort(folders.begin(), folders.end());
    for (const QString &folder : std::as_const(folders)) {
        QStringList files = byFolder.value(folder);
        std::sort(files.begin(), files.end());
        const bool capture = std::any_of(files.begin(), files.end(), [](const QString &f) {
            return f.endsWith(QLatin1String(".reg"), Qt::CaseInsensitive);
        });
        if (capture) {
            inputs.captureFolders.append(folder);
            // Captures and exports beside it are devices of their own.
            for (const QString &file : std::as_const(files)) {
                if (file.endsWith(QLatin1String(".jdcapture"), Qt::CaseInsensitive)) {
                    inputs.files.append(file);
                } else if (isCsv(file)) {
                    inputs.csvFiles.append(file);
                }
            }
            continue;
        }
        for (const QString &file : std::as_const(files)) {
            if (isCsv(file)) {
                inputs.csvFiles.append(file);
            } else if (!file.endsWith(QLatin1String(".reg"), Qt::CaseInsensitive)) {
                inputs.files.append(file);
            }
        }
    }
    return inputs;
}

} // namespace jd
