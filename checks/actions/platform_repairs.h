#pragma once
// The repairs of this build: on Windows the real commands from the system directory; elsewhere
// a Retry join that explains why it cannot run, and no other repair.

#include "actions/repair.h"

#include <memory>

namespace jd {

struct PlatformRepairs
{
    std::shared_ptr<Repair> retryJoin;      // always set
    std::shared_ptr<Repair> refreshPrt;     // empty: not offered
    std::shared_ptr<Repair> leaveAndRejoin; // empty: not offered
};

PlatformRepairs makePlatformRepairs();

} // namespace jd
