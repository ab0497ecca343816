#include "fleet_folder.h"

#include "input/demo_captures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace jd::test {

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
}

QString demoAs(const QString &demo, const QString &name, const QDateTime &clientTime)
{
    QString text = QString::fromUtf8(demoCaptureBytes(demo).value_or(QByteArray()));
    static const QRegularExpression deviceName(QStringLiteral("(Device Name : )[^\\r\\n]*"));
    text.replace(deviceName, QStringLiteral("\\1") + name);
    if (clientTime.isValid()) {
        static const QRegularExpression time(QStringLiteral("(Client Time : )[^\\r\\n]*"));
        text.replace(time, QStringLiteral("\\1") + clientTime.toUTC().toString(QStringLiteral(
                                                       "yyyy-MM-dd HH:mm:ss.zzz 'UTC'")));
    }
    return text;
}

} // namespace

QString writeFleetDevice(const QString &dir, const QString &file, const QString &demo,
                         const QString &name, const QDateTime &clientTime)
{
    const QString path = QDir(dir).filePath(file);
    writeBytes(path, demoAs(demo, name, clientTime).toUtf8());
    return path;
}

QStringList writeDemoFleet(const QString &dir)
{
    QStringList names;
    const QDateTime first(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    int n = 0;
    for (const DemoCapture &demo : demoCaptures()) {
        ++n;
        const QString name = QStringLiteral("PC-%1").arg(n, 2, 10, QLatin1Char('0'));
        writeFleetDevice(dir, QStringLiteral("devices/%1.txt").arg(name),
                         QString::fromLatin1(demo.name), name, first.addDays(n));
        names << name;
    }
    return names;
}

QString writeCaptureFolder(const QString &dir, const QString &folder, const QString &demo,
                           const QString &name)
{
    const QString path = QDir(dir).filePath(folder);
    writeFleetDevice(path, QStringLiteral("dsregcmd.txt"), demo, name);
    writeBytes(
        QDir(path).filePath(QStringLiteral("cdj-aad.reg")),
        QByteArrayLiteral(
            "Windows Registry Editor Version 5.00\r\n\r\n"
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD]\r\n"
            "\"TenantId\"=\"72f988bf-86f1-41af-91ab-2d7cd011db47\"\r\n"
            "\"TenantName\"=\"fabrikam.onmicrosoft.com\"\r\n"));
    return path;
}

} // namespace jd::test
