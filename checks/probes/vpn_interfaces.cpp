// This computer's network interfaces, read through QtNetwork for the live collector. Apart from
// vpn_detection.cpp, which judges interfaces from any capture without the network library.
#include "probes/vpn_detection.h"

#include <QNetworkInterface>

namespace jd {

namespace {

QString typeName(QNetworkInterface::InterfaceType type)
{
    switch (type) {
    case QNetworkInterface::Ethernet:
        return QStringLiteral("ethernet");
    case QNetworkInterface::Wifi:
        return QStringLiteral("wifi");
    case QNetworkInterface::Ppp:
        return QStringLiteral("ppp");
    case QNetworkInterface::Virtual:
        return QStringLiteral("virtual");
    case QNetworkInterface::Loopback:
        return QStringLiteral("loopback");
    default:
        return QStringLiteral("other");
    }
}

} // namespace

QList<NetworkInterfaceInfo> currentInterfaces()
{
    QList<NetworkInterfaceInfo> out;
    for (const QNetworkInterface &n : QNetworkInterface::allInterfaces()) {
        NetworkInterfaceInfo i;
        i.name = n.name();
        i.humanName = n.humanReadableName();
        i.up = n.flags().testFlag(QNetworkInterface::IsUp) &&
               n.flags().testFlag(QNetworkInterface::IsRunning);
        i.pointToPoint = n.flags().testFlag(QNetworkInterface::IsPointToPoint);
        i.loopback = n.flags().testFlag(QNetworkInterface::IsLoopBack);
        i.type = typeName(n.type());
        for (const QNetworkAddressEntry &a : n.addressEntries()) {
            i.addresses << a.ip().toString();
        }
        out << i;
    }
    return out;
}

} // namespace jd
