#pragma once
// Events as Windows exports them ("wevtutil qe … /f:xml" or the Event Log API's rendered XML):
// the records, and which registration step an event ID speaks about (User Device Registration
// 304/305/307…, AAD 1097/1098/1081…), so a step's result can show the events behind it.

#include "facts/facts.h"

namespace jd {

inline constexpr int kMaxEventsPerChannel = 500;

// Tolerates a missing <Events> root, foreign elements and truncated input (what was complete is
// kept); at most kMaxEventsPerChannel records.
QList<EventRecord> parseEventXml(const QString &xml, const QString &channel = {});

// The step (1–6) an event belongs to, or 0 when it is only context.
int stepOfEvent(const QString &channel, int id);

// "Event 304 (2026-11-25 07:31 UTC): ExitCode=0x801c03f2, …"
Evidence eventEvidence(const EventRecord &event);

} // namespace jd
