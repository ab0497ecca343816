#pragma once
// Judges a fleet: every input under a folder (or one Intune export), on every core, one row per
// device with the newest data kept, and every input that could not be judged listed with why.

#include "core/cancel_token.h"
#include "fleet/fleet_model.h"

#include <functional>

namespace jd {

struct FleetOptions
{
    bool redact = false;  // device names and sources become "Device 1", "Input 1"
    int threads = 0;      // 0: one per core
    QString excludedFile; // the report being written, when it lies inside the folder
};

// Called on the calling thread about ten times a second: inputs judged so far, of how many.
using FleetProgress = std::function<void(int done, int total)>;

// Blocking; reads files. A cancelled run returns what it has with `cancelled` set.
FleetReport analyseFleet(const QString &path, const FleetOptions &options,
                         const FleetProgress &progress = {}, const CancelToken &cancel = {});

// One input file or capture folder, as a fleet row; false with the reason when it gives none.
bool analyseFleetInput(const QString &path, FleetRow *row, TrText *reason,
                       const CancelToken &cancel = {});

// Keeps one row per device and lists the others as problems. Newest is by the data's own time;
// a file's time counts as older than any data time, and no time as oldest.
void keepNewestPerDevice(FleetReport &report);

// Replaces device names and sources with numbers, in the rows and in the problems.
void redactFleet(FleetReport &report);

} // namespace jd
