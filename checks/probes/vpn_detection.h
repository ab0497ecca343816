#pragma once
// Whether the device is on VPN now, from its network interfaces (portable: QNetworkInterface on
// the device, the interface list in a capture). It matters because Windows tries the join at
// sign-in: a VPN that comes up later leaves the device without a domain controller at that
// moment, and the join has to be started by hand.

#include "core/evidence.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jd {

struct NetworkInterfaceInfo
{
    QString name;      // "tun0", "{GUID}"
    QString humanName; // "Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter"
    bool up = false;
    bool pointToPoint = false;
    bool loopback = false;
    QString type; // "ethernet", "wifi", "ppp", "virtual", "other"
    QStringList addresses;
};

struct VpnFacts
{
    bool checked = false;
    bool onVpn = false;
    QString adapter; // the VPN adapter's name, when on VPN
    EvidenceList evidence;
};

VpnFacts detectVpn(const QList<NetworkInterfaceInfo> &interfaces);
QList<NetworkInterfaceInfo> currentInterfaces();

QByteArray interfacesToJson(const QList<NetworkInterfaceInfo> &interfaces);
QList<NetworkInterfaceInfo> interfacesFromJson(const QByteArray &json);

} // namespace jd
