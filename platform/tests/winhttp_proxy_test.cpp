// Runs on Windows, and here under Wine, whose WinHTTP keeps the default proxy in its registry:
// a real round trip through the API, no mock.
#include "winhttp_proxy.h"

#include <gtest/gtest.h>

using namespace jd::platform;

namespace {
// Leaves the default proxy as the test found it.
class RestoreDefaultProxy
{
public:
    RestoreDefaultProxy() : m_saved(readWinHttpDefaultProxy()) {}
    ~RestoreDefaultProxy()
    {
        writeWinHttpDefaultProxy(m_saved.namedProxy ? m_saved.proxyServers : std::wstring(),
                                 m_saved.bypassList, nullptr);
    }

private:
    WinHttpDefaultProxy m_saved;
};
} // namespace

TEST(WinHttpProxy, DirectWhenNothingIsSet)
{
    RestoreDefaultProxy restore;
    unsigned long error = 0;
    ASSERT_TRUE(writeWinHttpDefaultProxy(L"", L"", &error)) << error;
    const WinHttpDefaultProxy proxy = readWinHttpDefaultProxy();
    ASSERT_TRUE(proxy.read) << proxy.error;
    EXPECT_FALSE(proxy.namedProxy);
    EXPECT_TRUE(proxy.proxyServers.empty());
}

TEST(WinHttpProxy, NamedProxyAndBypassListRoundTrip)
{
    RestoreDefaultProxy restore;
    unsigned long error = 0;
    ASSERT_TRUE(
        writeWinHttpDefaultProxy(L"proxy.corp.example:3128", L"<local>;*.corp.example", &error))
        << error;
    const WinHttpDefaultProxy proxy = readWinHttpDefaultProxy();
    ASSERT_TRUE(proxy.read) << proxy.error;
    EXPECT_TRUE(proxy.namedProxy);
    EXPECT_EQ(proxy.proxyServers, L"proxy.corp.example:3128");
    EXPECT_EQ(proxy.bypassList, L"<local>;*.corp.example");
}

TEST(WinHttpProxy, UserProxyIsReadable)
{
    const UserProxy user = readUserProxy();
    // A fresh profile has no user proxy; what matters is that the call works and frees its strings.
    if (user.read) {
        EXPECT_TRUE(user.proxyServers.empty() ||
                    user.proxyServers.find(L':') != std::wstring::npos);
    } else {
        EXPECT_NE(user.error, 0u);
    }
}
