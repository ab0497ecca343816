// libFuzzer: any bytes as a capture bundle file: the reader, the facts from it (probe results
// included), the six checks, and redaction of whatever loaded (with the facts already read, as
// redactLoadedFacts does; without facts the collector reads them itself).
#include "facts/bundle_facts.h"
#include "input/capture_bundle.h"
#include "live/redaction.h"
#include "report/analysis.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // libFuzzer's own buffer, exactly `size` long, not copied: a read past its end is an ASan
    // finding (a copy would have Qt's terminating zero and spare capacity after it).
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    jd::InputProblem problem;
    const auto bundle = jd::parseCaptureBundle(bytes, &problem);
    if (!bundle) {
        return 0;
    }
    const jd::LoadedFacts loaded = jd::factsFromBundle(*bundle, QStringLiteral("fuzz"));
    if (loaded.facts) {
        jd::analyseFacts(*loaded.facts);
    }
    jd::redactBundle(*bundle, jd::RedactionMap::of(*bundle, loaded.facts.get()));
    return 0;
}
