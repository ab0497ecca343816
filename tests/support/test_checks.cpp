#include "test_checks.h"

#include <QElapsedTimer>
#include <QThread>

namespace jd::test {

namespace {

class WrappedCheck : public StepCheck
{
public:
    WrappedCheck(int step, std::shared_ptr<CheckProbe> probe)
        : m_step(step), m_probe(std::move(probe))
    {
        for (auto &check : makeStepChecks()) {
            if (check->step() == step) {
                m_real = std::move(check);
            }
        }
    }
    int step() const override { return m_step; }
    QList<const ResultCodeDef *> codes() const override { return m_real->codes(); }

protected:
    CheckResult real(const Facts &facts, const CancelToken &cancel) const
    {
        m_probe->returned = true;
        return m_real->run(facts, cancel);
    }
    int m_step;
    std::shared_ptr<CheckProbe> m_probe;
    std::unique_ptr<StepCheck> m_real;
};

class BlockingCheck : public WrappedCheck
{
public:
    using WrappedCheck::WrappedCheck;
    CheckResult headline(const Facts &facts, const CancelToken &cancel) const override
    {
        m_probe->started = true;
        ++m_probe->runs;
        QElapsedTimer timer;
        timer.start();
        while (!cancel.isCancelled() && !timer.hasExpired(10000)) {
            QThread::msleep(2);
        }
        m_probe->sawCancel = cancel.isCancelled();
        return real(facts, cancel);
    }
};

class BusyCheck : public WrappedCheck
{
public:
    BusyCheck(int step, std::chrono::milliseconds busy, std::shared_ptr<CheckProbe> probe)
        : WrappedCheck(step, std::move(probe)), m_busy(busy)
    {
    }
    CheckResult headline(const Facts &facts, const CancelToken &cancel) const override
    {
        m_probe->started = true;
        ++m_probe->runs;
        QElapsedTimer timer;
        timer.start();
        volatile unsigned long sink = 0;
        while (!timer.hasExpired(m_busy.count()) && !cancel.isCancelled()) {
            for (int i = 0; i < 10000; ++i) {
                sink = sink + unsigned(i);
            }
        }
        return real(facts, cancel);
    }

private:
    std::chrono::milliseconds m_busy;
};

} // namespace

std::shared_ptr<const StepCheck> blockingCheck(int step, std::shared_ptr<CheckProbe> probe)
{
    return std::make_shared<BlockingCheck>(step, std::move(probe));
}

std::shared_ptr<const StepCheck> busyCheck(int step, std::chrono::milliseconds busy,
                                           std::shared_ptr<CheckProbe> probe)
{
    return std::make_shared<BusyCheck>(step, busy, std::move(probe));
}

CheckList realChecksWith(const CheckList &replacements)
{
    CheckList list;
    for (auto &check : makeStepChecks()) {
        std::shared_ptr<const StepCheck> chosen = std::move(check);
        for (const auto &r : replacements) {
            if (r->step() == chosen->step()) {
                chosen = r;
            }
        }
        list.push_back(chosen);
    }
    return list;
}

} // namespace jd::test
