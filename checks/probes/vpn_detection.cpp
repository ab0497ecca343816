#include "probes/vpn_detection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace jd {

namespace {

// Adapter names of the VPN clients seen in companies, and Windows' own VPN miniports.
const QRegularExpression &vpnNames()
{
    static const QRegularExpression re(
        QStringLiteral("vpn|anyconnect|globalprotect|pangp|fortinet|forticlient|wireguard|"
                       "openvpn|tap-windows|juniper|pulse secure|ivanti|f5 |big-ip|zscaler|"
                       "netextender|sonicwall|check point|checkpoint|wan miniport \\((ikev2|sstp|"
                       "l2tp|pptp)\\)|^tun\\d|^wg\\d|^ppp\\d|^utun\\d"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

VpnFacts detectVpn(const QList<NetworkInterfaceInfo> &interfaces)
{
    VpnFacts vpn;
    vpn.checked = true;
    for (const NetworkInterfaceInfo &i : interfaces) {
        if (!i.up || i.loopback || i.addresses.isEmpty()) {
            continue;
        }
        const bool named =
            vpnNames().match(i.humanName).hasMatch() || vpnNames().match(i.name).hasMatch();
        if (named || i.pointToPoint || i.type == u"ppp") {
            vpn.onVpn = true;
            vpn.adapter = i.humanName.isEmpty() ? i.name : i.humanName;
            vpn.evidence << Evidence{
                QStringLiteral("VPN adapter"),
                QStringLiteral("%1 (%2): %3")
                    .arg(vpn.adapter, i.type, i.addresses.join(QStringLiteral(", "))),
                QStringLiteral("network"), 0};
            break;
        }
    }
    if (!vpn.onVpn) {
        vpn.evidence << Evidence{QStringLiteral("VPN adapter"), QStringLiteral("none up"),
                                 QStringLiteral("network"), 0};
    }
    return vpn;
}

QByteArray interfacesToJson(const QList<NetworkInterfaceInfo> &interfaces)
{
    QJsonArray array;
    for (const NetworkInterfaceInfo &i : interfaces) {
        array.append(
            QJsonObject{{QStringLiteral("name"), i.name},
                        {QStringLiteral("humanName"), i.humanName},
                        {QStringLiteral("up"), i.up},
                        {QStringLiteral("pointToPoint"), i.pointToPoint},
                        {QStringLiteral("loopback"), i.loopback},
                        {QStringLiteral("type"), i.type},
                        {QStringLiteral("addresses"), QJsonArray::fromStringList(i.addresses)}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QList<NetworkInterfaceInfo> interfacesFromJson(const QByteArray &json)
{
    QList<NetworkInterfaceInfo> out;
    for (const QJsonValue v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        NetworkInterfaceInfo i;
        i.name = o.value(u"name").toString();
        i.humanName = o.value(u"humanName").toString();
        i.up = o.value(u"up").toBool();
        i.pointToPoint = o.value(u"pointToPoint").toBool();
        i.loopback = o.value(u"loopback").toBool();
        i.type = o.value(u"type").toString();
        for (const QJsonValue a : o.value(u"addresses").toArray()) {
            i.addresses << a.toString();
        }
        out << i;
    }
    return out;
}

} // namespace jd
