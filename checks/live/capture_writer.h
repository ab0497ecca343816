#pragma once
// Writes a capture bundle to a file atomically (QSaveFile): never half a file, never over an
// existing one.

#include "input/capture_bundle.h"

namespace jd {

// false with a one-line reason in *error (exists, folder missing, disk full, no permission).
bool writeCaptureFile(const CaptureBundle &bundle, const QString &path, QString *error);

} // namespace jd
