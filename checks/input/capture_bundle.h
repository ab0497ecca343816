#pragma once
// One file a technician attaches to a ticket: everything JoinDoctor read from a device (dsregcmd
// output, the client-side SCP, proxy settings, the join task, events, the network and directory
// probes, device facts, its own log), with a manifest of what was collected and what failed and
// why. Loaded on any machine, it is judged exactly as the device was live.

#include "input/input_problem.h"

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jd {

// The items a bundle can hold (names never change: older bundles must load).
namespace capture_item {
inline constexpr const char *kDsregcmd = "dsregcmd-status";                  // text
inline constexpr const char *kClientScp = "registry-cdj-aad";                // .reg export text
inline constexpr const char *kWinHttpProxy = "winhttp-proxy";                // JSON
inline constexpr const char *kUserProxy = "user-proxy";                      // JSON
inline constexpr const char *kTask = "task-automatic-device-join";           // JSON
inline constexpr const char *kEventsUdr = "events-user-device-registration"; // event XML
inline constexpr const char *kEventsAad = "events-aad-operational";          // event XML
inline constexpr const char *kJoinInfo = "join-info"; // JSON (NetGetAadJoinInformation)
inline constexpr const char *kDevice = "device";      // JSON
inline constexpr const char *kConnectivity = "connectivity-probe"; // JSON
inline constexpr const char *kDirectory = "directory-probe";       // JSON
inline constexpr const char *kLog = "joindoctor-log";              // text
inline constexpr const char *kNetwork = "network-interfaces";      // JSON
} // namespace capture_item

// Events and the log make bundles larger than a dsregcmd output; still bounded.
inline constexpr qint64 kMaxCaptureBundleBytes = 32 * 1024 * 1024;

struct CaptureItem
{
    QString name;
    bool collected = false;
    QString error;      // why it was not collected
    QString detail;     // how it was collected ("dsregcmd.exe /status, exit 0, code page 850")
    QByteArray content; // UTF-8
};

struct CaptureBundle
{
    static constexpr int kFormatVersion = 1;
    QString joinDoctorVersion;
    // When the data was collected on the device; invalid for a capture made from a saved text,
    // whose age only the text itself (Client Time) can tell.
    QDateTime createdAt;
    QString device;
    bool redacted = false;
    QList<CaptureItem> items;

    const CaptureItem *item(const char *name) const;
    void set(CaptureItem item); // adds or replaces by name

    QByteArray toJson() const;
};

// A bundle file is refused with a clear problem when it is not one, is of a newer format, or is
// damaged.
bool looksLikeCaptureBundle(const QByteArray &bytes);
std::optional<CaptureBundle> parseCaptureBundle(const QByteArray &bytes, InputProblem *problem);

} // namespace jd
