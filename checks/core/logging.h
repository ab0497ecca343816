#pragma once
// Named spdlog loggers shared by every layer ("app", "wizard", "checks", "net"). Until the
// application sets up sinks they log nowhere, so libraries and tests never need set-up.

#include <fmt/format.h>
#include <memory>
#include <QString>
#include <spdlog/logger.h>

// QString in log calls, as UTF-8 (never through the local 8-bit code page).
template <> struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template <typename Context> auto format(const QString &text, Context &ctx) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(
            std::string_view(utf8.constData(), size_t(utf8.size())), ctx);
    }
};

namespace jd::log {

// The named logger; created without sinks when the application has not set logging up.
std::shared_ptr<spdlog::logger> get(const char *name);

// Writes out what every logger of this binary holds (each DLL with header-only spdlog has its own).
void flushAll();

inline std::shared_ptr<spdlog::logger> app()
{
    return get("app");
}
inline std::shared_ptr<spdlog::logger> checks()
{
    return get("checks");
}
inline std::shared_ptr<spdlog::logger> wizard()
{
    return get("wizard");
}
inline std::shared_ptr<spdlog::logger> net()
{
    return get("net");
}

} // namespace jd::log
