#include "input/demo_captures.h"

#include <QFile>

namespace jd {

namespace {
TrText t(const char *source)
{
    return checksText(source);
}
} // namespace

const QList<DemoCapture> &demoCaptures()
{
    static const QList<DemoCapture> demos = {
        {"healthy", t(QT_TRANSLATE_NOOP("Checks", "Hybrid joined, the user has a PRT."))},
        {"scp-missing", t(QT_TRANSLATE_NOOP("Checks", "The SCP is missing in Active Directory."))},
        {"proxy-blocks-system",
         t(QT_TRANSLATE_NOOP("Checks",
                             "The browser uses a proxy; SYSTEM has none and cannot get out."))},
        {"not-synced",
         t(QT_TRANSLATE_NOOP("Checks", "Azure AD Connect has not synced the computer yet."))},
        {"pending",
         t(QT_TRANSLATE_NOOP(
             "Checks",
             "Everything is ready; the device has not completed the registration (\"Pending\")."))},
        {"joined-no-prt",
         t(QT_TRANSLATE_NOOP(
             "Checks", "Hybrid joined, but Azure AD refused the PRT (new password not synced)."))},
        {"vpn-user",
         t(QT_TRANSLATE_NOOP(
             "Checks",
             "Working from home: no domain controller at sign-in, the VPN came up later."))},
    };
    return demos;
}

std::optional<QByteArray> demoCaptureBytes(const QString &name)
{
    for (const DemoCapture &demo : demoCaptures()) {
        if (name == QLatin1String(demo.name)) {
            QFile file(QStringLiteral(":/demos/%1.txt").arg(name));
            if (file.open(QIODevice::ReadOnly)) {
                return file.readAll();
            }
        }
    }
    return std::nullopt;
}

} // namespace jd
