#include "event_log.h"

#include <windows.h>
// winevt.h needs windows.h first.
#include <winevt.h>

namespace jd::platform {

EventQueryResult readRecentEvents(const std::wstring &channel, unsigned maxEvents,
                                  unsigned long maxAgeHours)
{
    EventQueryResult out;
    const std::wstring query =
        L"*[System[TimeCreated[timediff(@SystemTime) <= " +
        std::to_wstring(static_cast<unsigned long long>(maxAgeHours) * 3600000ULL) + L"]]]";
    EVT_HANDLE results = EvtQuery(nullptr, channel.c_str(), query.c_str(),
                                  EvtQueryChannelPath | EvtQueryReverseDirection);
    if (!results) {
        // Wine's stub fails without setting an error; never report "failed with no reason".
        const DWORD e = GetLastError();
        out.error = e != 0 ? e : ERROR_CALL_NOT_IMPLEMENTED;
        return out;
    }
    out.read = true;
    while (out.eventXml.size() < maxEvents) {
        EVT_HANDLE batch[16];
        DWORD returned = 0;
        if (!EvtNext(results, 16, batch, 1000, 0, &returned)) {
            const DWORD e = GetLastError();
            if (e != ERROR_NO_MORE_ITEMS) {
                out.error = e;
            }
            break;
        }
        for (DWORD i = 0; i < returned; ++i) {
            DWORD used = 0;
            DWORD properties = 0;
            EvtRender(nullptr, batch[i], EvtRenderEventXml, 0, nullptr, &used, &properties);
            std::wstring xml(used / sizeof(wchar_t) + 1, L'\0');
            if (EvtRender(nullptr, batch[i], EvtRenderEventXml, DWORD(xml.size() * sizeof(wchar_t)),
                          xml.data(), &used, &properties)) {
                xml.resize(wcsnlen(xml.c_str(), xml.size()));
                if (out.eventXml.size() < maxEvents) {
                    out.eventXml.push_back(xml);
                }
            }
            EvtClose(batch[i]);
        }
    }
    EvtClose(results);
    return out;
}

} // namespace jd::platform
