#include "x509_summary.h"

#include <cstdio>
#include <vector>

namespace jd::directory {

namespace {

struct Tlv
{
    unsigned char tag = 0;
    std::string_view content;
};

// Reads one DER element from the front of `in`; false when it is malformed or truncated.
bool readTlv(std::string_view &in, Tlv &out)
{
    if (in.size() < 2) {
        return false;
    }
    out.tag = static_cast<unsigned char>(in[0]);
    if ((out.tag & 0x1f) == 0x1f) {
        return false; // high tag numbers never occur in the fields read here
    }
    size_t length = static_cast<unsigned char>(in[1]);
    size_t header = 2;
    if (length & 0x80) {
        const size_t count = length & 0x7f;
        if (count == 0 || count > 4 || in.size() < 2 + count) {
            return false;
        }
        length = 0;
        for (size_t i = 0; i < count; ++i) {
            length = (length << 8) | static_cast<unsigned char>(in[2 + i]);
        }
        header += count;
    }
    if (length > in.size() - header) {
        return false;
    }
    out.content = in.substr(header, length);
    in.remove_prefix(header + length);
    return true;
}

bool expect(std::string_view &in, unsigned char tag, Tlv &out)
{
    return readTlv(in, out) && out.tag == tag;
}

std::string oidName(std::string_view oid)
{
    // Attribute types under 2.5.4 (55 04 xx) plus domainComponent and e-mail.
    if (oid.size() == 3 && oid[0] == 0x55 && oid[1] == 0x04) {
        switch (oid[2]) {
        case 3:
            return "CN";
        case 6:
            return "C";
        case 7:
            return "L";
        case 8:
            return "ST";
        case 10:
            return "O";
        case 11:
            return "OU";
        case 5:
            return "SERIALNUMBER";
        default:
            break;
        }
    }
    static const std::string_view dc("\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x19", 10);
    static const std::string_view email("\x2a\x86\x48\x86\xf7\x0d\x01\x09\x01", 9);
    if (oid == dc) {
        return "DC";
    }
    if (oid == email) {
        return "E";
    }
    std::string hex = "OID.";
    for (const char c : oid) {
        char b[3];
        std::snprintf(b, sizeof b, "%02x", static_cast<unsigned char>(c));
        hex += b;
    }
    return hex;
}

void appendUtf8(std::string &out, unsigned code)
{
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xc0 | (code >> 6));
        out += char(0x80 | (code & 0x3f));
    } else {
        out += char(0xe0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3f));
        out += char(0x80 | (code & 0x3f));
    }
}

std::string stringValue(const Tlv &v)
{
    if (v.tag == 0x1e) { // BMPString: UCS-2 big-endian
        std::string out;
        for (size_t i = 0; i + 1 < v.content.size(); i += 2) {
            appendUtf8(out, (static_cast<unsigned char>(v.content[i]) << 8) |
                                static_cast<unsigned char>(v.content[i + 1]));
        }
        return out;
    }
    if (v.tag == 0x14) { // T61String: treat as Latin-1
        std::string out;
        for (const char c : v.content) {
            appendUtf8(out, static_cast<unsigned char>(c));
        }
        return out;
    }
    return std::string(v.content); // UTF8String, PrintableString, IA5String
}

// Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value ANY }
bool readName(std::string_view content, std::string &text, std::string *commonName)
{
    std::vector<std::string> rdns;
    while (!content.empty()) {
        Tlv set;
        if (!expect(content, 0x31, set)) {
            return false;
        }
        std::string rdn;
        std::string_view atoms = set.content;
        while (!atoms.empty()) {
            Tlv seq, oid, value;
            if (!expect(atoms, 0x30, seq)) {
                return false;
            }
            std::string_view pair = seq.content;
            if (!expect(pair, 0x06, oid) || !readTlv(pair, value)) {
                return false;
            }
            const std::string name = oidName(oid.content);
            const std::string v = stringValue(value);
            if (commonName && name == "CN") {
                *commonName = v;
            }
            if (!rdn.empty()) {
                rdn += '+';
            }
            rdn.append(name).append(1, '=').append(v);
        }
        rdns.push_back(rdn);
    }
    for (auto it = rdns.rbegin(); it != rdns.rend(); ++it) {
        text += (text.empty() ? "" : ", ") + *it;
    }
    return true;
}

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool readTime(std::string_view &in, std::int64_t &out)
{
    Tlv t;
    if (!readTlv(in, t) || (t.tag != 0x17 && t.tag != 0x18)) {
        return false;
    }
    const std::string_view s = t.content;
    const size_t yearDigits = t.tag == 0x17 ? 2 : 4;
    if (s.size() != yearDigits + 11 || s.back() != 'Z') {
        return false;
    }
    int fields[6] = {};
    size_t pos = 0;
    for (int f = 0; f < 6; ++f) {
        const size_t digits = f == 0 ? yearDigits : 2;
        int value = 0;
        for (size_t i = 0; i < digits; ++i, ++pos) {
            if (s[pos] < '0' || s[pos] > '9') {
                return false;
            }
            value = value * 10 + (s[pos] - '0');
        }
        fields[f] = value;
    }
    int year = fields[0];
    if (t.tag == 0x17) {
        year += year >= 50 ? 1900 : 2000;
    }
    if (fields[1] < 1 || fields[1] > 12 || fields[2] < 1 || fields[2] > 31 || fields[3] > 23 ||
        fields[4] > 59 || fields[5] > 60) {
        return false;
    }
    out = daysFromCivil(year, unsigned(fields[1]), unsigned(fields[2])) * 86400 + fields[3] * 3600 +
          fields[4] * 60 + fields[5];
    return true;
}

CertificateSummary fail(CertificateSummary s, const char *problem)
{
    s.parsed = false;
    s.problem = problem;
    return s;
}

} // namespace

CertificateSummary summariseCertificate(std::string_view der)
{
    CertificateSummary s;
    Tlv cert, tbs, field;
    if (!expect(der, 0x30, cert)) {
        return fail(s, "not a DER certificate");
    }
    std::string_view c = cert.content;
    if (!expect(c, 0x30, tbs)) {
        return fail(s, "no TBSCertificate");
    }
    std::string_view t = tbs.content;
    if (!readTlv(t, field)) {
        return fail(s, "truncated");
    }
    if (field.tag == 0xa0 && !readTlv(t, field)) { // [0] version, then the serial number
        return fail(s, "truncated");
    }
    if (field.tag != 0x02) {
        return fail(s, "no serial number");
    }
    for (const char b : field.content) {
        char hex[3];
        std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(b));
        s.serialHex += hex;
    }
    Tlv algorithm, issuer, validity, subject;
    if (!expect(t, 0x30, algorithm) || !expect(t, 0x30, issuer) || !expect(t, 0x30, validity) ||
        !expect(t, 0x30, subject)) {
        return fail(s, "missing issuer, validity or subject");
    }
    if (!readName(issuer.content, s.issuer, nullptr)) {
        return fail(s, "malformed issuer");
    }
    std::string_view v = validity.content;
    if (!readTime(v, s.notBefore) || !readTime(v, s.notAfter)) {
        return fail(s, "malformed validity");
    }
    if (!readName(subject.content, s.subject, &s.subjectCommonName)) {
        return fail(s, "malformed subject");
    }
    s.parsed = true;
    return s;
}

std::optional<std::string> derFromPem(std::string_view text)
{
    static constexpr std::string_view begin = "-----BEGIN CERTIFICATE-----";
    static constexpr std::string_view end = "-----END CERTIFICATE-----";
    const size_t from = text.find(begin);
    const size_t to = text.find(end);
    if (from == std::string_view::npos || to == std::string_view::npos || to < from) {
        return std::nullopt;
    }
    const std::string_view body = text.substr(from + begin.size(), to - from - begin.size());
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : body) {
        int v = -1;
        if (c >= 'A' && c <= 'Z') {
            v = c - 'A';
        } else if (c >= 'a' && c <= 'z') {
            v = c - 'a' + 26;
        } else if (c >= '0' && c <= '9') {
            v = c - '0' + 52;
        } else if (c == '+') {
            v = 62;
        } else if (c == '/') {
            v = 63;
        } else if (c == '=' || c == '\r' || c == '\n' || c == ' ' || c == '\t') {
            continue;
        } else {
            return std::nullopt;
        }
        buffer = (buffer << 6) | unsigned(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += char((buffer >> bits) & 0xff);
        }
    }
    return out;
}

std::string formatUtcTime(std::int64_t t)
{
    std::int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
    const std::int64_t secs = t - days * 86400;
    // civil_from_days
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02d:%02d:%02dZ",
                  static_cast<long long>(y), m, d, int(secs / 3600), int(secs / 60 % 60),
                  int(secs % 60));
    return buffer;
}

} // namespace jd::directory
