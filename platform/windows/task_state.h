#pragma once
// The state of a scheduled task read through the Task Scheduler API (never from the localized
// text of "schtasks /query"), for \Microsoft\Windows\Workplace Join\Automatic-Device-Join.

#include <string>

namespace jd::platform {

struct TaskState
{
    bool read = false; // the Task Scheduler answered
    long error = 0;    // HRESULT when it did not, or when the task is missing
    bool exists = false;
    bool enabled = false;
    int state = 0;          // TASK_STATE: 1 disabled, 2 queued, 3 ready, 4 running
    long lastResult = 0;    // the last run's result (0x41303: not run yet)
    double lastRunTime = 0; // OLE automation DATE (days since 1899-12-30), 0 when never
    double nextRunTime = 0;
};

// folder: "\Microsoft\Windows\Workplace Join"; name: "Automatic-Device-Join".
TaskState readTaskState(const std::wstring &folder, const std::wstring &name);

// For tests: registers (or replaces) a task from its XML definition. Returns the HRESULT.
long registerTask(const std::wstring &folder, const std::wstring &name, const std::wstring &xml);
long deleteTask(const std::wstring &folder, const std::wstring &name);

} // namespace jd::platform
