#pragma once
// Cooperative cancellation shared between the caller and a running check; checks test it
// between steps and before every blocking operation.

#include <atomic>
#include <memory>

namespace jd {

class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace jd
