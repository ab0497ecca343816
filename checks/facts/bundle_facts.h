#pragma once
// A capture bundle turned into facts: the same function serves the live source (which collects a
// bundle first) and a bundle opened later on any machine, so both are judged identically.

#include "facts/fact_source.h"
#include "input/capture_bundle.h"

namespace jd {

LoadedFacts factsFromBundle(const CaptureBundle &bundle, const QString &sourceName);

// The bundle of a run: what was read, plus the live probes' results the run made from it.
CaptureBundle withProbeResults(CaptureBundle bundle, const Facts &facts);

} // namespace jd
