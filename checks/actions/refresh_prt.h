#pragma once
// "Refresh PRT": dsregcmd /refreshprt as the signed-in user. It counts as done only when
// AzureAdPrtUpdateTime moved forward, read from dsregcmd /status afterwards.

#include "actions/repair.h"
#include "live/program_runner.h"

#include <chrono>
#include <memory>

namespace jd {

class RefreshPrtRepair : public Repair
{
public:
    RefreshPrtRepair(std::shared_ptr<ProgramRunner> runner, QString dsregcmd, int codePage,
                     std::chrono::milliseconds timeout = std::chrono::seconds(60));
    bool canRun(TrText *reason = nullptr) const override;
    bool appliesTo(const Facts &facts, TrText *reason = nullptr) const override;
    TrText whatChanges() const override;
    QStringList commandLines() const override;
    RepairResult run(const Facts &before, const CancelToken &cancel) override;

private:
    std::shared_ptr<ProgramRunner> m_runner;
    QString m_dsregcmd;
    int m_codePage;
    std::chrono::milliseconds m_timeout;
};

// The PRT was renewed: present now, and its update time later than before.
bool prtWasRenewed(const Facts &before, const Facts &after);

} // namespace jd
