// The Windows platform layer against Wine's real implementations: CreateProcess with a fake
// dsregcmd.exe, the registry, the Task Scheduler; and where Wine has nothing (the event log API,
// NetGetAadJoinInformation), the graceful answer.
#include "aad_join_info.h"
#include "elevated_runner.h"
#include "event_log.h"
#include "executable_path.h"
#include "own_console.h"
#include "process_runner.h"
#include "registry.h"
#include "task_state.h"

#include <chrono>
#include <cstdio>
#include <gtest/gtest.h>
#include <windows.h>

using namespace jd::platform;

namespace {

std::wstring besideThisTest(const wchar_t *file)
{
    wchar_t path[MAX_PATH];
    const DWORD n = GetModuleFileNameW(nullptr, path, MAX_PATH);
    std::wstring dir(path, n);
    return dir.substr(0, dir.find_last_of(L"\\/") + 1) + file;
}

const std::wstring kFake = besideThisTest(L"joindoctor_fake_dsregcmd.exe");
const std::wstring kAadKey = L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD";

bool underWine()
{
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

} // namespace

TEST(ProcessRunner, OutputBytesAreKeptAsTheConsoleWroteThem)
{
    const ProcessOutput out = runProcess(kFake, {L"/status"}, 10000, 1 << 20);
    ASSERT_TRUE(out.started) << out.startError;
    EXPECT_EQ(out.exitCode, 0u);
    EXPECT_FALSE(out.timedOut);
    EXPECT_NE(out.output.find("DomainName : F\x91LLESSKAB"), std::string::npos) << out.output;
}

TEST(ProcessRunner, ExitCodeIsReported)
{
    const ProcessOutput out = runProcess(kFake, {L"--exit", L"3"}, 10000, 1 << 20);
    ASSERT_TRUE(out.started);
    EXPECT_EQ(out.exitCode, 3u);
    EXPECT_NE(out.output.find("AzureAdJoined"), std::string::npos);
}

TEST(ProcessRunner, RelativePathsAreNeverStarted)
{
    for (const wchar_t *program : {L"dsregcmd.exe", L"System32\\dsregcmd.exe", L""}) {
        const ProcessOutput out = runProcess(program, {L"/status"}, 1000, 1024);
        EXPECT_FALSE(out.started);
        EXPECT_EQ(out.startError, static_cast<unsigned long>(ERROR_BAD_PATHNAME));
    }
}

TEST(ProcessRunner, MissingProgram)
{
    const ProcessOutput out = runProcess(besideThisTest(L"no-such-program.exe"), {}, 1000, 1024);
    EXPECT_FALSE(out.started);
    EXPECT_NE(out.startError, 0u);
}

TEST(ProcessRunner, TimeOutKillsTheProgram)
{
    const auto start = std::chrono::steady_clock::now();
    const ProcessOutput out = runProcess(kFake, {L"--sleep-ms", L"20000"}, 500, 1024);
    EXPECT_TRUE(out.started);
    EXPECT_TRUE(out.timedOut);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(8));
}

TEST(ProcessRunner, HugeOutputIsCapped)
{
    const ProcessOutput out = runProcess(kFake, {L"--huge"}, 30000, 64 * 1024);
    EXPECT_TRUE(out.started);
    EXPECT_TRUE(out.truncated);
    EXPECT_EQ(out.output.size(), 64u * 1024u);
    EXPECT_EQ(out.exitCode, 0u); // it ran to the end; only what we keep is capped
}

TEST(ProcessRunner, ArgumentsArriveUnchanged)
{
    const ProcessOutput out = runProcess(
        kFake, {L"--echo-args", L"plain", L"with space", L"quote\"inside", L"trailing\\", L""},
        10000, 4096);
    ASSERT_TRUE(out.started);
    EXPECT_NE(out.output.find("[plain]"), std::string::npos) << out.output;
    EXPECT_NE(out.output.find("[with space]"), std::string::npos) << out.output;
    EXPECT_NE(out.output.find("[quote\"inside]"), std::string::npos) << out.output;
    EXPECT_NE(out.output.find("[trailing\\]"), std::string::npos) << out.output;
    EXPECT_NE(out.output.find("[]"), std::string::npos) << out.output;
}

TEST(ProcessRunner, SystemDirectoryAndCodePage)
{
    const std::wstring dir = systemDirectory();
    ASSERT_GT(dir.size(), 3u);
    EXPECT_EQ(dir[1], L':');
    EXPECT_NE(consoleCodePage(), 0u);
}

TEST(Registry, ClientSideScpRoundTrip)
{
    unsigned long error = 0;
    deleteRegistryKey(RegistryRoot::LocalMachine, kAadKey, &error);
    EXPECT_FALSE(readRegistryString(RegistryRoot::LocalMachine, kAadKey, L"TenantId").found);
    ASSERT_TRUE(writeRegistryString(RegistryRoot::LocalMachine, kAadKey, L"TenantId",
                                    L"11111111-2222-3333-4444-555555555555", &error))
        << error;
    ASSERT_TRUE(writeRegistryString(RegistryRoot::LocalMachine, kAadKey, L"TenantName",
                                    L"fællesskab.dk", &error))
        << error;
    const RegistryString id = readRegistryString(RegistryRoot::LocalMachine, kAadKey, L"TenantId");
    EXPECT_TRUE(id.found);
    EXPECT_EQ(id.value, L"11111111-2222-3333-4444-555555555555");
    EXPECT_EQ(readRegistryString(RegistryRoot::LocalMachine, kAadKey, L"TenantName").value,
              L"fællesskab.dk");
    const auto names = registryValueNames(RegistryRoot::LocalMachine, kAadKey, &error);
    EXPECT_EQ(names.size(), 2u);
    const RegistryString missing =
        readRegistryString(RegistryRoot::LocalMachine, kAadKey, L"NoSuchValue");
    EXPECT_FALSE(missing.found);
    EXPECT_EQ(missing.error, static_cast<unsigned long>(ERROR_FILE_NOT_FOUND));
    EXPECT_TRUE(deleteRegistryKey(RegistryRoot::LocalMachine, kAadKey, &error)) << error;
    EXPECT_FALSE(readRegistryString(RegistryRoot::LocalMachine, kAadKey, L"TenantId").found);
}

TEST(AadJoinInfo, AbsentApiMeansUseTheNextSource)
{
    const AadJoinInfo info = readAadJoinInfo();
    if (underWine()) {
        EXPECT_FALSE(info.apiAvailable); // Wine 8's netapi32 does not export it
    }
    if (!info.apiAvailable) {
        EXPECT_FALSE(info.joined);
        EXPECT_TRUE(info.deviceId.empty());
    }
}

TEST(TaskState, RegisteredTaskIsReadThroughTheApi)
{
    const std::wstring folder = L"\\JoinDoctorTest\\Workplace Join";
    const std::wstring xml =
        L"<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
        L"<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">"
        L"<Settings><Enabled>ENABLED</Enabled></Settings>"
        L"<Actions><Exec><Command>C:\\Windows\\System32\\dsregcmd.exe</Command></Exec></Actions>"
        L"</Task>";
    auto withEnabled = [&xml](const wchar_t *value) {
        std::wstring x = xml;
        x.replace(x.find(L"ENABLED"), 7, value);
        return x;
    };
    ASSERT_EQ(registerTask(folder, L"Automatic-Device-Join", withEnabled(L"true")), S_OK);
    TaskState state = readTaskState(folder, L"Automatic-Device-Join");
    EXPECT_TRUE(state.read) << std::hex << state.error;
    EXPECT_TRUE(state.exists);
    EXPECT_TRUE(state.enabled);

    ASSERT_EQ(registerTask(folder, L"Automatic-Device-Join", withEnabled(L"false")), S_OK);
    state = readTaskState(folder, L"Automatic-Device-Join");
    EXPECT_TRUE(state.exists);
    EXPECT_FALSE(state.enabled);

    EXPECT_EQ(deleteTask(folder, L"Automatic-Device-Join"), S_OK);
    state = readTaskState(folder, L"Automatic-Device-Join");
    EXPECT_TRUE(state.read);
    EXPECT_FALSE(state.exists);
    EXPECT_NE(state.error, 0);
}

TEST(TaskState, MissingFolder)
{
    const TaskState state = readTaskState(L"\\No\\Such\\Folder", L"Automatic-Device-Join");
    EXPECT_FALSE(state.exists);
}

TEST(EventLog, StubbedOrRealEitherWayAnAnswer)
{
    const EventQueryResult r =
        readRecentEvents(L"Microsoft-Windows-User Device Registration/Admin", 50, 24 * 7);
    if (!r.read) {
        EXPECT_NE(r.error, 0u); // Wine: the API is a stub; the caller says "not available"
        EXPECT_TRUE(r.eventXml.empty());
    } else {
        EXPECT_LE(r.eventXml.size(), 50u);
    }
}

TEST(ExecutablePath, IsTheFolderThisTestRunsFrom)
{
    const std::wstring folder = executableFolder();
    ASSERT_FALSE(folder.empty());
    EXPECT_NE(folder.back(), L'\\');
    // The fake dsregcmd.exe is built beside this test.
    const DWORD attributes =
        GetFileAttributesW((folder + L"\\joindoctor_fake_dsregcmd.exe").c_str());
    EXPECT_NE(attributes, INVALID_FILE_ATTRIBUTES);
    EXPECT_EQ(folder + L"\\joindoctor_fake_dsregcmd.exe", kFake);
}

TEST(OwnConsole, AConsoleSharedWithOthersIsKept)
{
    // Under the test runner the console (if any) belongs to Wine's or the shell's process too,
    // or there is none: either way nothing is freed and output still works afterwards.
    DWORD processes[4] = {};
    const DWORD attached = GetConsoleProcessList(processes, 4);
    const bool freed = releaseConsoleOpenedForUs();
    EXPECT_EQ(freed, attached == 1);
    std::fputs("", stdout);
}

TEST(ElevatedRunner, RunsTheProgramAndReportsItsExitCode)
{
    // Wine has no UAC prompt: the program simply runs, which exercises the rest of the path.
    const ElevatedOutcome out = runElevated(kFake, {L"--exit", L"4"}, 20000);
    ASSERT_TRUE(out.started) << out.error;
    EXPECT_FALSE(out.refused);
    EXPECT_FALSE(out.timedOut);
    EXPECT_EQ(out.exitCode, 4u);
}

TEST(ElevatedRunner, RelativePathsAreRefused)
{
    const ElevatedOutcome out = runElevated(L"dsregcmd.exe", {L"/leave"}, 1000);
    EXPECT_FALSE(out.started);
    EXPECT_EQ(out.error, static_cast<unsigned long>(ERROR_BAD_PATHNAME));
}
