// Reading the network cause of a failed PRT attempt from what Windows wrote in SSO State.
#include "steps/prt_network.h"

#include <gtest/gtest.h>

using namespace jd;

namespace {
PrtAttempt attempt(const char *httpError, const char *httpStatus = "")
{
    PrtAttempt a;
    a.present = true;
    a.attemptStatus = QStringLiteral("0xc000023c");
    a.httpError = QString::fromLatin1(httpError);
    a.httpStatus = QString::fromLatin1(httpStatus);
    return a;
}
} // namespace

TEST(PrtNetwork, WinHttpErrorsInEveryWrittenForm)
{
    EXPECT_EQ(winHttpErrorNumber(QStringLiteral("0x2ee7")), 12007);
    EXPECT_EQ(winHttpErrorNumber(QStringLiteral("0x80072EE7")), 12007);
    EXPECT_EQ(winHttpErrorNumber(QStringLiteral("0xcaa82ee2")), 12002);
    EXPECT_EQ(winHttpErrorNumber(QStringLiteral("ERROR_WINHTTP_SECURE_FAILURE")), 12175);
    EXPECT_EQ(winHttpErrorNumber(QStringLiteral("0x0")), 0);
    EXPECT_EQ(winHttpErrorNumber(QStringLiteral("0x801c0021")), 0); // not WinHTTP's facility
    EXPECT_EQ(winHttpErrorNumber(QStringLiteral("0x80070005")), 0); // Win32, outside 12000–12200
}

TEST(PrtNetwork, CauseByTransportError)
{
    EXPECT_EQ(prtNetworkCause(attempt("0x2ee7")), NetworkCause::NameLookup);
    EXPECT_EQ(prtNetworkCause(attempt("0x80072f8f")), NetworkCause::Tls);
    EXPECT_EQ(prtNetworkCause(attempt("0x2f0d")), NetworkCause::Tls);
    EXPECT_EQ(prtNetworkCause(attempt("0x2f94")), NetworkCause::Proxy);
    EXPECT_EQ(prtNetworkCause(attempt("0x0", "407")), NetworkCause::Proxy);
    EXPECT_EQ(prtNetworkCause(attempt("0x2efd")), NetworkCause::Unreachable);
    EXPECT_EQ(prtNetworkCause(attempt("ERROR_WINHTTP_TIMEOUT (0x2ee2)")),
              NetworkCause::Unreachable);
    // A server's refusal is no network cause.
    EXPECT_EQ(prtNetworkCause(attempt("0x0", "400")), NetworkCause::None);
    PrtAttempt none;
    none.httpError = QStringLiteral("0x2ee7");
    EXPECT_EQ(prtNetworkCause(none), NetworkCause::None); // no failed attempt recorded
}
