#pragma once
// Whole files as bytes for the simulated device's programs (wide paths: C:\ProgramData\...,
// Z:\...).
#include <cstdio>
#include <string>

namespace jd::sim {

// The file's bytes; empty when it cannot be read.
inline std::string readFileBytes(const std::wstring &path)
{
    std::string bytes;
    if (FILE *f = _wfopen(path.c_str(), L"rb")) {
        char buffer[4096];
        size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
            bytes.append(buffer, n);
        }
        std::fclose(f);
    }
    return bytes;
}

} // namespace jd::sim
