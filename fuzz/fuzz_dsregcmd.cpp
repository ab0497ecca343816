// libFuzzer: any bytes as a pasted or saved dsregcmd /status output, through the decoder, the
// parser, the facts and all six checks.
#include "facts/fact_source.h"
#include "report/analysis.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // libFuzzer's own buffer, exactly `size` long, not copied: a read past its end is an ASan
    // finding (a copy would have Qt's terminating zero and spare capacity after it).
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const jd::LoadedFacts loaded = jd::parseFacts(bytes, QStringLiteral("fuzz"));
    if (loaded.facts) {
        jd::analyseFacts(*loaded.facts);
    }
    return 0;
}
