#include "task_state.h"

#include <windows.h>
// taskschd.h needs the COM headers first.
#include <oleauto.h>
#include <taskschd.h>

namespace jd::platform {

namespace {

// COM for the calling thread, undone on the way out when this call initialised it.
class ComScope
{
public:
    ComScope() : m_hr(CoInitializeEx(nullptr, COINIT_MULTITHREADED)) {}
    ~ComScope()
    {
        if (SUCCEEDED(m_hr)) {
            CoUninitialize();
        }
    }
    bool ok() const { return SUCCEEDED(m_hr) || m_hr == RPC_E_CHANGED_MODE; }
    HRESULT result() const { return m_hr; }

private:
    HRESULT m_hr;
};

template <typename T> struct ComPtr
{
    T *p = nullptr;
    ~ComPtr()
    {
        if (p) {
            p->Release();
        }
    }
    T **out() { return &p; }
    T *operator->() const { return p; }
};

class Bstr
{
public:
    explicit Bstr(const std::wstring &s) : m_b(SysAllocString(s.c_str())) {}
    ~Bstr() { SysFreeString(m_b); }
    operator BSTR() const { return m_b; }

private:
    BSTR m_b;
};

HRESULT connect(ComPtr<ITaskService> &service)
{
    HRESULT hr = CoCreateInstance(CLSID_TaskScheduler, nullptr, CLSCTX_INPROC_SERVER,
                                  IID_ITaskService, reinterpret_cast<void **>(service.out()));
    if (FAILED(hr)) {
        return hr;
    }
    VARIANT empty;
    VariantInit(&empty);
    return service->Connect(empty, empty, empty, empty);
}

} // namespace

TaskState readTaskState(const std::wstring &folder, const std::wstring &name)
{
    TaskState out;
    ComScope com;
    if (!com.ok()) {
        out.error = com.result();
        return out;
    }
    ComPtr<ITaskService> service;
    ComPtr<ITaskFolder> taskFolder;
    HRESULT hr = connect(service);
    if (FAILED(hr)) {
        out.error = hr;
        return out;
    }
    out.read = true;
    hr = service->GetFolder(Bstr(folder), taskFolder.out());
    ComPtr<IRegisteredTask> task;
    if (SUCCEEDED(hr)) {
        hr = taskFolder->GetTask(Bstr(name), task.out());
    }
    if (FAILED(hr)) {
        out.error = hr; // HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND): no such task
        return out;
    }
    out.exists = true;
    VARIANT_BOOL enabled = VARIANT_FALSE;
    task->get_Enabled(&enabled);
    out.enabled = enabled != VARIANT_FALSE;
    TASK_STATE state = TASK_STATE_UNKNOWN;
    task->get_State(&state);
    out.state = int(state);
    HRESULT last = 0;
    task->get_LastTaskResult(&last);
    out.lastResult = last;
    DATE when = 0;
    if (SUCCEEDED(task->get_LastRunTime(&when))) {
        out.lastRunTime = when;
    }
    if (SUCCEEDED(task->get_NextRunTime(&when))) {
        out.nextRunTime = when;
    }
    return out;
}

long registerTask(const std::wstring &folder, const std::wstring &name, const std::wstring &xml)
{
    ComScope com;
    ComPtr<ITaskService> service;
    HRESULT hr = connect(service);
    if (FAILED(hr)) {
        return hr;
    }
    ComPtr<ITaskFolder> root;
    ComPtr<ITaskFolder> target;
    hr = service->GetFolder(Bstr(L"\\"), root.out());
    if (SUCCEEDED(hr)) {
        VARIANT empty;
        VariantInit(&empty);
        if (FAILED(root->CreateFolder(Bstr(folder), empty, target.out()))) {
            hr = service->GetFolder(Bstr(folder), target.out());
        }
    }
    if (FAILED(hr)) {
        return hr;
    }
    VARIANT empty;
    VariantInit(&empty);
    ComPtr<IRegisteredTask> task;
    return target->RegisterTask(Bstr(name), Bstr(xml), TASK_CREATE_OR_UPDATE, empty, empty,
                                TASK_LOGON_NONE, empty, task.out());
}

long deleteTask(const std::wstring &folder, const std::wstring &name)
{
    ComScope com;
    ComPtr<ITaskService> service;
    HRESULT hr = connect(service);
    ComPtr<ITaskFolder> target;
    if (SUCCEEDED(hr)) {
        hr = service->GetFolder(Bstr(folder), target.out());
    }
    return SUCCEEDED(hr) ? target->DeleteTask(Bstr(name), 0) : hr;
}

} // namespace jd::platform
