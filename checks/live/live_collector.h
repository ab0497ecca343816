#pragma once
// Collects this computer's state into a capture bundle: dsregcmd /status (absolute path, time-out,
// the console code page decoded), the client-side SCP from the registry, the WinHTTP and user
// proxy, the join task, recent events, the join state from NetGetAadJoinInformation, device facts
// and JoinDoctor's log. Each source is a function: Windows fills them from the platform layer,
// tests with fakes. A source that fails is recorded in the manifest with the reason; the others
// are still collected.

#include "core/cancel_token.h"
#include "facts/fact_source.h"
#include "input/capture_bundle.h"
#include "live/program_runner.h"
#include "probes/vpn_detection.h"

#include <chrono>
#include <functional>
#include <memory>

namespace jd {

struct LiveEnvironment
{
    std::shared_ptr<ProgramRunner> runner;
    QString dsregcmd; // absolute path, e.g. C:\Windows\System32\dsregcmd.exe
    int consoleCodePage = 850;
    std::chrono::milliseconds dsregcmdTimeout{60000};
    qint64 maxOutputBytes = 4 * 1024 * 1024;

    std::function<CaptureItem()> clientScp; // a .reg export of CDJ\AAD
    std::function<CaptureItem()> winHttpProxy;
    std::function<CaptureItem()> userProxy;
    std::function<CaptureItem()> task;
    std::function<CaptureItem(const char *channel)> events;
    std::function<CaptureItem()> joinInfo;
    std::function<CaptureItem()> device; // empty: this process's view (QSysInfo)
    std::function<QList<NetworkInterfaceInfo>()> interfaces; // empty: QNetworkInterface
    QString logFile;                // JoinDoctor's own log; its tail goes in
    std::function<QDateTime()> now; // empty: the system clock
};

CaptureBundle collectLive(const LiveEnvironment &environment, const CancelToken &cancel);

// "dsregcmd /status" through the runner, decoded from the console code page.
CaptureItem readDsregcmd(ProgramRunner &runner, const QString &program, int codePage,
                         std::chrono::milliseconds timeout, qint64 maxBytes,
                         const CancelToken &cancel);

// Console output bytes in a Windows code page (850, 437, 1252, 65001) as text; other code pages
// are recognised from the bytes.
QString decodeConsoleOutput(const QByteArray &bytes, int codePage);

// The device item from QSysInfo: computer name, OS, kernel.
CaptureItem localDeviceItem();

// The build's own live environment: on Windows the platform layer; elsewhere nullopt.
std::optional<LiveEnvironment> platformLiveEnvironment(const QString &logFile);

// Collects this computer's state (a capture bundle) and judges it like any capture.
LoadedFacts loadLiveFacts(const LiveEnvironment &environment, const CancelToken &cancel);

// "This computer": collected through platformLiveEnvironment() and judged like any capture; where
// the build cannot read it, the facts are null and the problem says why.
LoadedFacts loadThisComputer(const CancelToken &cancel);

} // namespace jd
