// schtasks.exe on the simulated device (scripts/windows/simulated-device.sh). Wine 8's schtasks.exe
// does not implement /Run: it writes "Unsupported command" to its debug channel and exits 0, so a
// join started with it would look successful while nothing ran. This stand-in does what Windows
// does for "schtasks /Run /TN PATH": it finds the registered task through the Task Scheduler API
// and starts the task's Exec action (Wine implements neither IRegisteredTask::Run nor
// get_Definition, and drops the action when it stores a task; see taskAction). Unlike
// Windows it waits for the action to end, so that the next check sees what it changed.
#include <cstdio>
#include <cwchar>
#include <initializer_list>
#include <string>
#include <taskschd.h>
#include <windows.h>

namespace {

int fail(const char *what, HRESULT hr)
{
    std::fprintf(stderr, "ERROR: %s (0x%08lx)\n", what, static_cast<unsigned long>(hr));
    return 1;
}

// The text between <tag> and </tag> in the task's XML (the first one); empty when missing.
std::wstring element(const std::wstring &xml, const std::wstring &tag)
{
    const std::wstring open = L"<" + tag + L">";
    const std::wstring::size_type begin = xml.find(open);
    const std::wstring::size_type end = xml.find(L"</" + tag + L">");
    return begin == std::wstring::npos || end == std::wstring::npos || end < begin
               ? std::wstring()
               : xml.substr(begin + open.size(), end - begin - open.size());
}

// Reads the task's first Exec action from its registered XML (Wine implements
// IRegisteredTask::get_Xml, not get_Definition).
HRESULT taskAction(const std::wstring &path, std::wstring *program, std::wstring *arguments)
{
    const std::wstring::size_type slash = path.find_last_of(L'\\');
    const std::wstring folderPath = slash == 0 ? L"\\" : path.substr(0, slash);
    const std::wstring name = path.substr(slash + 1);
    ITaskService *service = nullptr;
    HRESULT hr = CoCreateInstance(CLSID_TaskScheduler, nullptr, CLSCTX_INPROC_SERVER,
                                  IID_ITaskService, reinterpret_cast<void **>(&service));
    if (FAILED(hr)) {
        return hr;
    }
    VARIANT empty;
    VariantInit(&empty);
    ITaskFolder *folder = nullptr;
    IRegisteredTask *task = nullptr;
    BSTR folderName = SysAllocString(folderPath.c_str());
    BSTR taskName = SysAllocString(name.c_str());
    BSTR xml = nullptr;
    hr = service->Connect(empty, empty, empty, empty);
    if (SUCCEEDED(hr)) {
        hr = service->GetFolder(folderName, &folder);
    }
    if (SUCCEEDED(hr)) {
        hr = folder->GetTask(taskName, &task);
    }
    if (SUCCEEDED(hr)) {
        hr = task->get_Xml(&xml);
    }
    if (SUCCEEDED(hr)) {
        const std::wstring text = xml ? xml : L"";
        const std::wstring exec = element(text, L"Exec");
        *program = element(exec, L"Command");
        *arguments = element(exec, L"Arguments");
        // Wine 8 keeps no action when it stores a task (its copy has an empty <Exec/>): the join
        // task's action is the one Windows registers.
        if (program->empty() && name == L"Automatic-Device-Join") {
            *program = L"%SystemRoot%\\System32\\dsregcmd.exe";
            *arguments = L"/join";
        }
        hr = program->empty() ? HRESULT_FROM_WIN32(ERROR_BAD_FORMAT) : S_OK;
    }
    for (IUnknown *p : std::initializer_list<IUnknown *>{task, folder, service}) {
        if (p) {
            p->Release();
        }
    }
    SysFreeString(xml);
    SysFreeString(folderName);
    SysFreeString(taskName);
    return hr;
}

} // namespace

int wmain(int argc, wchar_t **argv)
{
    std::wstring path;
    bool run = false;
    for (int i = 1; i < argc; ++i) {
        if (_wcsicmp(argv[i], L"/Run") == 0) {
            run = true;
        } else if (_wcsicmp(argv[i], L"/TN") == 0 && i + 1 < argc) {
            path = argv[++i];
        }
    }
    if (!run || path.empty() || path[0] != L'\\') {
        std::fprintf(stderr, "ERROR: only \"schtasks /Run /TN \\FOLDER\\TASK\" is simulated.\n");
        return 1;
    }
    HRESULT hr = CoInitializeEx(nullptr, COINIT_MULTITHREADED);
    if (FAILED(hr)) {
        return fail("COM could not be started", hr);
    }
    std::wstring program;
    std::wstring arguments;
    hr = taskAction(path, &program, &arguments);
    CoUninitialize();
    if (FAILED(hr)) {
        return fail("The task or its action could not be read", hr);
    }
    // Task actions name programs with environment variables (%SystemRoot%\System32\...).
    wchar_t expanded[MAX_PATH] = {};
    const DWORD n = ExpandEnvironmentStringsW(program.c_str(), expanded, MAX_PATH);
    if (n > 0 && n <= MAX_PATH) {
        program = expanded;
    }
    std::wstring commandLine = L"\"" + program + L"\" " + arguments;
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    if (!CreateProcessW(program.c_str(), &commandLine[0], nullptr, nullptr, FALSE, 0, nullptr,
                        nullptr, &startup, &process)) {
        return fail("The task's action could not be started", HRESULT_FROM_WIN32(GetLastError()));
    }
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD exitCode = 1;
    GetExitCodeProcess(process.hProcess, &exitCode);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    std::wprintf(L"SUCCESS: Attempted to run the scheduled task \"%ls\".\n", path.c_str());
    return exitCode == 0 ? 0 : 1;
}
