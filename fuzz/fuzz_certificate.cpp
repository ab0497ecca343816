// libFuzzer: any bytes as a userCertificate value (DER or PEM) judged against an objectGUID.
#include "directory_reader.h"
#include "guid_text.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string value(reinterpret_cast<const char *>(data), size);
    jd::directory::judgeCertificate(value, "2b4ad0a8-41e6-4f3b-9b1c-5d0c7a3e9f01", 1800000000);
    jd::directory::objectGuidText(value);
    jd::directory::parseLdapUrl(value);
    jd::directory::escapeFilterValue(value);
    return 0;
}
