// libFuzzer: any bytes as an event export (wevtutil XML), and the evidence made from it.
#include "facts/event_records.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString xml = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const jd::EventRecord &e : jd::parseEventXml(xml, QStringLiteral("fuzz"))) {
        jd::stepOfEvent(e.channel, e.id);
        jd::eventEvidence(e);
    }
    return 0;
}
