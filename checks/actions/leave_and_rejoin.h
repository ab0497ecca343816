#pragma once
// "Leave and re-join": dsregcmd /leave, then the Automatic-Device-Join task, both elevated (UAC).
// Only for the documented case: "DeviceAuthStatus : FAILED. Device is either disabled or deleted"
// on a device that is still joined.

#include "actions/repair.h"

namespace jd {

class LeaveAndRejoinRepair : public Repair
{
public:
    LeaveAndRejoinRepair(ElevatedRunner elevated, QString systemDirectory);
    bool canRun(TrText *reason = nullptr) const override;
    bool appliesTo(const Facts &facts, TrText *reason = nullptr) const override;
    TrText whatChanges() const override;
    QStringList commandLines() const override;
    RepairResult run(const Facts &before, const CancelToken &cancel) override;

private:
    ElevatedRunner m_elevated;
    QString m_systemDirectory;
};

bool leaveAndRejoinApplies(const Facts &facts);

} // namespace jd
