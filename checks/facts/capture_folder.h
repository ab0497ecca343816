#pragma once
// A capture as a folder: dsregcmd /status output plus what else was saved next to it (registry
// exports such as CDJ\AAD). Each file is recognised by its content, not its name.

#include "core/cancel_token.h"
#include "facts/fact_source.h"

namespace jd {

inline constexpr int kMaxCaptureFiles = 200;

LoadedFacts loadCaptureFolder(const QString &folder, const CancelToken &cancel);

} // namespace jd
