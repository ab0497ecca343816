#include "guid_text.h"

#include <cctype>

namespace jd::directory {

namespace {

const char kHex[] = "0123456789abcdef";

void appendByte(std::string &out, unsigned char b)
{
    out += kHex[b >> 4];
    out += kHex[b & 15];
}

} // namespace

std::string formatObjectGuid(std::string_view bytes)
{
    if (bytes.size() != 16) {
        return {};
    }
    const auto b = [&bytes](size_t i) {
        return static_cast<unsigned char>(bytes[i]);
    };
    // Data1 (4 bytes), Data2 and Data3 (2 bytes each) are little-endian; Data4 is a byte array.
    static const int order[16] = {3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15};
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            out += '-';
        }
        appendByte(out, b(size_t(order[i])));
    }
    return out;
}

std::optional<std::string> canonicalGuid(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    if (text.size() == 38 && text.front() == '{' && text.back() == '}') {
        text = text.substr(1, 36);
    }
    if (text.size() != 36) {
        return std::nullopt;
    }
    std::string out;
    out.reserve(36);
    for (size_t i = 0; i < 36; ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') {
                return std::nullopt;
            }
            out += '-';
        } else if (std::isxdigit(static_cast<unsigned char>(c))) {
            out += char(std::tolower(static_cast<unsigned char>(c)));
        } else {
            return std::nullopt;
        }
    }
    return out;
}

std::string objectGuidText(std::string_view value)
{
    if (value.size() == 16) {
        return formatObjectGuid(value);
    }
    return canonicalGuid(value).value_or(std::string());
}

} // namespace jd::directory
