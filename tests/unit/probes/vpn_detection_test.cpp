// VPN from the network interfaces, and step 3 when the VPN came up after sign-in.
#include "actions/retry_join.h"
#include "facts/fact_source.h"
#include "probes/vpn_detection.h"
#include "qt_printers.h"
#include "steps/step3_computer_certificate.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace jd;

namespace {

NetworkInterfaceInfo adapter(const char *name, const char *human, const char *type, bool up = true,
                             bool p2p = false)
{
    NetworkInterfaceInfo i;
    i.name = QLatin1String(name);
    i.humanName = QLatin1String(human);
    i.type = QLatin1String(type);
    i.up = up;
    i.pointToPoint = p2p;
    i.addresses = {QStringLiteral("10.8.0.12")};
    return i;
}

Facts vpnUserDemo()
{
    QFile f(QStringLiteral(JD_SOURCE_DIR "/resources/demos/vpn-user.txt"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const LoadedFacts loaded = parseFacts(f.readAll(), QStringLiteral("vpn-user"));
    EXPECT_TRUE(loaded.facts);
    return *loaded.facts;
}

} // namespace

TEST(Vpn, KnownClientsAndPointToPointLinks)
{
    const NetworkInterfaceInfo wifi = adapter("wlan0", "Wi-Fi", "wifi");
    EXPECT_FALSE(detectVpn({wifi}).onVpn);
    EXPECT_TRUE(detectVpn({wifi, adapter("{1B2}",
                                         "Cisco AnyConnect Secure Mobility Client Virtual "
                                         "Miniport Adapter for Windows x64",
                                         "ethernet")})
                    .onVpn);
    EXPECT_TRUE(detectVpn({adapter("{3C4}", "PANGP Virtual Ethernet Adapter", "ethernet")}).onVpn);
    EXPECT_TRUE(detectVpn({adapter("{5D6}", "WAN Miniport (IKEv2)", "ppp")}).onVpn);
    EXPECT_TRUE(detectVpn({adapter("tun0", "tun0", "virtual")}).onVpn);
    EXPECT_TRUE(detectVpn({adapter("x", "Some link", "other", true, true)}).onVpn);
    // Down, or without an address: not a connection.
    EXPECT_FALSE(detectVpn({adapter("{1B2}", "Cisco AnyConnect", "ethernet", false)}).onVpn);
    NetworkInterfaceInfo noAddress = adapter("tun0", "tun0", "virtual");
    noAddress.addresses.clear();
    EXPECT_FALSE(detectVpn({noAddress}).onVpn);
    NetworkInterfaceInfo loopback = adapter("lo", "lo", "loopback", true, true);
    loopback.loopback = true;
    EXPECT_FALSE(detectVpn({loopback}).onVpn);
}

TEST(Vpn, InterfacesSurviveTheCapture)
{
    const QList<NetworkInterfaceInfo> list = {adapter("wg0", "WireGuard Tunnel", "virtual"),
                                              adapter("eth0", "Ethernet", "ethernet", false)};
    const QList<NetworkInterfaceInfo> back = interfacesFromJson(interfacesToJson(list));
    ASSERT_EQ(back.size(), 2);
    EXPECT_EQ(back.at(0).humanName, u"WireGuard Tunnel");
    EXPECT_EQ(back.at(0).addresses, list.at(0).addresses);
    EXPECT_FALSE(back.at(1).up);
    EXPECT_TRUE(detectVpn(back).onVpn);
    EXPECT_TRUE(interfacesFromJson("not json").isEmpty());
}

TEST(Vpn, OnVpnAfterSignInTheJoinIsStartedByHand)
{
    Facts facts = vpnUserDemo();
    EXPECT_EQ(ComputerCertificateCheck().run(facts, CancelToken()).code, u"S3-NO-DC");
    facts.vpn = detectVpn({adapter("{1B2}", "Cisco AnyConnect Virtual Miniport", "ethernet")});
    const CheckResult r = ComputerCertificateCheck().run(facts, CancelToken());
    EXPECT_EQ(r.code, u"S3-VPN-LATE");
    EXPECT_TRUE(retryJoinCanHelp(r.code)); // the page offers the manual join
    bool adapterShown = false;
    for (const Evidence &e : r.evidence) {
        adapterShown = adapterShown || e.value.contains(QStringLiteral("AnyConnect"));
    }
    EXPECT_TRUE(adapterShown);

    // On VPN, but no domain controller answers through it either: still no line of sight.
    DirectoryFacts unreachable;
    unreachable.url = QStringLiteral("ldap://dc1:389");
    unreachable.readout.connection.kind = directory::LdapErrorKind::Unreachable;
    facts.directory = unreachable;
    EXPECT_EQ(ComputerCertificateCheck().run(facts, CancelToken()).code, u"S3-NO-DC");
}
