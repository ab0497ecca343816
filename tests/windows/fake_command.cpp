// A stand-in program for the Windows test suites, where the Linux ones use a shell script. Copied
// under the name of the program it replaces (schtasks.exe, …), it does what the text file beside
// it says: the copy's path with ".fake" for ".exe", one instruction per line:
//   args        print each argument as [argument]
//   out TEXT    print TEXT and a line end on stdout (CRLF, as Windows programs do)
//   err TEXT    the same on stderr
//   sleep MS    wait MS milliseconds
//   exit N      end now with exit code N (without the line: 0)
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <windows.h>

int main(int argc, char **argv)
{
    char self[MAX_PATH] = {};
    const DWORD length = GetModuleFileNameA(nullptr, self, MAX_PATH);
    std::string script(self, length);
    const std::string::size_type dot = script.find_last_of('.');
    script = script.substr(0, dot) + ".fake";
    std::ifstream in(script);
    if (!in) {
        std::fprintf(stderr, "fake_command: %s is missing\n", script.c_str());
        return 99;
    }
    std::string line;
    while (std::getline(in, line)) {
        const std::string word = line.substr(0, line.find(' '));
        const std::string rest = line.size() > word.size() ? line.substr(word.size() + 1) : "";
        if (word == "args") {
            for (int i = 1; i < argc; ++i) {
                std::printf("[%s]\n", argv[i]);
            }
        } else if (word == "out") {
            std::printf("%s\n", rest.c_str());
        } else if (word == "err") {
            std::fprintf(stderr, "%s\n", rest.c_str());
        } else if (word == "sleep") {
            std::fflush(stdout);
            Sleep(DWORD(std::atoi(rest.c_str())));
        } else if (word == "exit") {
            std::fflush(stdout);
            return std::atoi(rest.c_str());
        }
    }
    return 0;
}
