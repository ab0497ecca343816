#pragma once
// Fleet folders for the tests of every suite, built from the demos: one file per device with its
// own Device Name (and Client Time), a capture folder, and the bad inputs a share collects.

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace jd::test {

// Writes demo `demo` as `dir/file` with its Device Name set to `name` and, when valid, its Client
// Time set to `clientTime`. Returns the path.
QString writeFleetDevice(const QString &dir, const QString &file, const QString &demo,
                         const QString &name, const QDateTime &clientTime = {});

// The seven demos as devices PC-01 … PC-07 (in a "devices" subfolder), each named after its
// device, with Client Times a day apart. Returns the devices' names in order.
QStringList writeDemoFleet(const QString &dir);

// A capture folder: dsregcmd output of `demo` as `name` and a CDJ\AAD registry export beside it.
QString writeCaptureFolder(const QString &dir, const QString &folder, const QString &demo,
                           const QString &name);

} // namespace jd::test
