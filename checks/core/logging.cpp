#include "core/logging.h"

#include <spdlog/spdlog.h>

namespace jd::log {

std::shared_ptr<spdlog::logger> get(const char *name)
{
    if (auto existing = spdlog::get(name)) {
        return existing;
    }
    auto logger = std::make_shared<spdlog::logger>(name);
    logger->set_level(spdlog::level::off);
    try {
        spdlog::register_logger(logger);
    } catch (const spdlog::spdlog_ex &) {
        // Registered by another thread in the meantime.
        return spdlog::get(name);
    }
    return logger;
}

void flushAll()
{
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &logger) { logger->flush(); });
}

} // namespace jd::log
