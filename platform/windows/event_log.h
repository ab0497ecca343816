#pragma once
// Recent events of a channel (User Device Registration/Admin, AAD/Operational) through the
// Windows Event Log API, each rendered as its event XML (the format "wevtutil qe /f:xml" writes),
// which the checks parse on any platform.

#include <string>
#include <vector>

namespace jd::platform {

struct EventQueryResult
{
    bool read = false;
    unsigned long error = 0;            // GetLastError() when the channel could not be queried
    std::vector<std::wstring> eventXml; // newest first
};

EventQueryResult readRecentEvents(const std::wstring &channel, unsigned maxEvents,
                                  unsigned long maxAgeHours);

} // namespace jd::platform
