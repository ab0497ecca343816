// libFuzzer: any bytes as a registry export, and the client-side SCP read from it.
#include "facts/client_scp.h"
#include "input/reg_export.h"
#include "input/text_decoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // libFuzzer's own buffer, exactly `size` long, not copied: a read past its end is an ASan
    // finding (a copy would have Qt's terminating zero and spare capacity after it).
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const jd::DecodedText decoded = jd::decodeText(bytes);
    const QString text = decoded.problem ? QString::fromUtf8(bytes) : decoded.text;
    const jd::RegExport reg = jd::parseRegExport(text);
    jd::clientScpFromExport(reg, QStringLiteral("fuzz.reg"));
    for (const jd::RegKey &k : reg.keys) {
        for (const jd::RegValue &v : k.values) {
            (void)v.display();
        }
    }
    return 0;
}
