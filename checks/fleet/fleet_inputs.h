#pragma once
// What a fleet folder holds: capture files, saved dsregcmd outputs, capture folders (a folder
// with a registry export beside the dsregcmd output is one device) and Intune exports (.csv).

#include <QString>
#include <QStringList>

namespace jd {

struct FleetInputs
{
    QStringList files;          // one device each: .jdcapture, dsregcmd text, anything else
    QStringList captureFolders; // one device each
    QStringList csvFiles;       // Intune exports, or refused as not one
};

// Searches `path` recursively (without following links), in a stable order. Hidden files and
// `excludedFile` are left out. A file as `path` is the only input.
FleetInputs findFleetInputs(const QString &path, const QString &excludedFile = {});

// Whether `path` holds more than one device: a folder with data of two or more devices (by the
// names in them; a capture folder, or a user's and an administrator's output of one device, is
// one), or an Intune export. Reads the start of at most 500 files and stops at the second device,
// so choosing a big share in the wizard answers at once.
bool holdsManyDevices(const QString &path);

} // namespace jd
