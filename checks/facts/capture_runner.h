#pragma once
// Who ran dsregcmd: User Context when printed (pre-join outputs), else what the output shows of
// it (the key test runs only elevated; a /debug trace may ask for a non-elevated run).

#include "facts/facts.h"

namespace jd {

enum class CaptureRunner
{
    Unknown,
    System,       // User Context: SYSTEM
    ElevatedUser, // ELEVATED User, or the key test ran
    User          // UN-ELEVATED User, or the key test asked for elevation
};

CaptureRunner captureRunnerOf(const Facts &facts);

} // namespace jd
