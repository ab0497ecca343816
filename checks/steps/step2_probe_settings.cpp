// What the live probe of step 2 tests, from this computer's proxy settings. Kept apart from the
// judging in step2_probe_result.cpp, which every analysis needs: this part needs the network
// libraries, and reading a file must not load them.
#include "steps/step2_probe_result.h"

#include "facts/facts.h"
#include "probes/proxy_rules.h"
#include "probes/system_proxy.h"

namespace jd {

ProbeSettings probeSettingsFor(const Facts &facts)
{
    ProbeSettings settings;
    settings.endpoints = cloudEndpoints(
        Cloud::Global, facts.tenantName.contains(u'.') ? facts.tenantName : facts.tenantId);
    settings.tenantId = facts.tenantId.toLower();
    // This computer's WinHTTP settings from the API where there is one; otherwise what dsregcmd
    // printed in its "WinHttp Default Proxy Config" section.
    if (const auto system = readSystemWinHttpProxy()) {
        settings.proxy = system->proxy;
        settings.bypass = system->bypass;
    } else if (!facts.proxy.winHttpDirect()) {
        settings.proxy = winHttpProxyUrl(facts.proxy.winHttpProxy);
        settings.bypass = splitBypassList(facts.proxy.winHttpBypass);
    }
    return settings;
}

std::optional<ProbeSettings> userProbeSettingsFor(const Facts &facts, const ProbeSettings &system)
{
    std::optional<QUrl> userProxy;
    QStringList bypass;
    if (const auto user = readUserProxySettings()) {
        userProxy = user->proxy;
        bypass = user->bypass;
    } else if (!facts.proxy.ieProxyServer.isEmpty()) {
        userProxy = winHttpProxyUrl(facts.proxy.ieProxyServer);
        bypass = splitBypassList(facts.proxy.ieBypass);
    }
    if (!userProxy || (system.proxy && system.proxy->host() == userProxy->host() &&
                       system.proxy->port() == userProxy->port())) {
        return std::nullopt;
    }
    ProbeSettings user = system;
    user.proxy = userProxy;
    user.bypass = bypass;
    return user;
}

} // namespace jd
