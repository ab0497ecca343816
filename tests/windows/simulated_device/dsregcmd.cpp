// dsregcmd.exe on the simulated device (scripts/windows/simulated-device.sh). Prints the capture
// of the device's current state as the real one prints it (code page 850 bytes, prepared by the
// script), and changes that state as the real commands would:
//   /status      prints %ProgramData%\JoinDoctorSimulation\<state>.txt
//   /join        not-synced or pending -> joined-no-prt (the device object had been synced)
//   /refreshprt  joined-no-prt -> healthy
//   /leave       anything -> not-synced
// The state is the first line of ...\state; every call is added to ...\calls.log, so that the
// script can tell what ran (and as whom it was started: the arguments only, as received).
#include "file_bytes.h"

#include <cctype>
#include <cstdio>
#include <cwchar>
#include <string>
#include <windows.h>

namespace {

std::wstring folder()
{
    wchar_t data[MAX_PATH] = {};
    const DWORD n = GetEnvironmentVariableW(L"ProgramData", data, MAX_PATH);
    const std::wstring root = n > 0 && n < MAX_PATH ? std::wstring(data, n) : L"C:\\ProgramData";
    return root + L"\\JoinDoctorSimulation\\";
}

bool writeFile(const std::wstring &path, const std::string &bytes, const wchar_t *mode)
{
    FILE *f = _wfopen(path.c_str(), mode);
    if (!f) {
        return false;
    }
    const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    return std::fclose(f) == 0 && ok;
}

std::string currentState()
{
    std::string state = jd::sim::readFileBytes(folder() + L"state");
    state = state.substr(0, state.find_first_of("\r\n"));
    return state.empty() ? "not-synced" : state;
}

} // namespace

int wmain(int argc, wchar_t **argv)
{
    std::string command = argc > 1 ? std::string() : "/status";
    for (int i = 1; i < argc; ++i) {
        std::string arg;
        for (const wchar_t *c = argv[i]; *c; ++c) {
            arg += char(*c < 128 ? std::tolower(int(*c)) : '?');
        }
        command += (i > 1 ? " " : "") + arg;
    }
    writeFile(folder() + L"calls.log", command + "\n", L"ab");

    const std::string state = currentState();
    std::string next = state;
    if (command == "/join") {
        next = state == "not-synced" || state == "pending" ? "joined-no-prt" : state;
    } else if (command == "/refreshprt") {
        next = state == "joined-no-prt" ? "healthy" : state;
    } else if (command == "/leave") {
        next = "not-synced";
    } else if (command != "/status") {
        std::fprintf(stderr, "dsregcmd (simulated): %s is not simulated\n", command.c_str());
        return 87; // ERROR_INVALID_PARAMETER
    }
    if (next != state && !writeFile(folder() + L"state", next + "\n", L"wb")) {
        std::fprintf(stderr, "dsregcmd (simulated): the state could not be saved\n");
        return 1;
    }
    if (command != "/status") {
        return 0; // the real commands print little and nothing JoinDoctor reads
    }
    const std::wstring capture = folder() + std::wstring(next.begin(), next.end()) + L".txt";
    const std::string text = jd::sim::readFileBytes(capture);
    if (text.empty()) {
        std::fprintf(stderr, "dsregcmd (simulated): no capture for the state \"%s\"\n",
                     next.c_str());
        return 1;
    }
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return 0;
}
