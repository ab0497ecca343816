// A stand-in for dsregcmd.exe in the Wine tests: prints a short /status output in code page 850
// (as the real one does on a Danish console) and behaves as the arguments say.
//   fake_dsregcmd /status             the output, exit 0
//   fake_dsregcmd --exit N            the output, exit N
//   fake_dsregcmd --sleep-ms N        wait first (for the time-out)
//   fake_dsregcmd --huge              10 MB of output (for the cap)
//   fake_dsregcmd --echo-args ...     each argument on a line, as received
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <windows.h>

int main(int argc, char **argv)
{
    int exitCode = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--echo-args") == 0) {
            for (int j = i + 1; j < argc; ++j) {
                std::printf("[%s]\n", argv[j]);
            }
            return 0;
        }
        if (std::strcmp(argv[i], "--exit") == 0 && i + 1 < argc) {
            exitCode = std::atoi(argv[++i]);
        } else if (std::strcmp(argv[i], "--sleep-ms") == 0 && i + 1 < argc) {
            Sleep(DWORD(std::atoi(argv[++i])));
        } else if (std::strcmp(argv[i], "--huge") == 0) {
            const std::string line(1023, 'x');
            for (int n = 0; n < 10 * 1024; ++n) {
                std::printf("%s\n", line.c_str());
            }
            return 0;
        }
    }
    // "Fællesskab" in code page 850: æ is 0x91.
    std::fputs("+----------------------------------------------------------------------+\n"
               "| Device State                                                         |\n"
               "+----------------------------------------------------------------------+\n"
               "\n"
               "             AzureAdJoined : NO\n"
               "          EnterpriseJoined : NO\n"
               "              DomainJoined : YES\n"
               "                DomainName : F\x91LLESSKAB\n",
               stdout);
    std::fflush(stdout);
    return exitCode;
}
