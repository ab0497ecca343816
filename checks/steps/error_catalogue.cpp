#include "steps/error_catalogue.h"

#include <QHash>

namespace jd {

const QList<ErrorCodeInfo> &errorCatalogue()
{
    static const QList<ErrorCodeInfo> all = registrationErrorCodes() + prtErrorCodes() +
                                            deviceErrorCodes() + networkErrorCodes() +
                                            statusErrorCodes() + aadstsErrorCodes();
    return all;
}

const ErrorCodeInfo *lookupErrorCode(const QString &id)
{
    static const QHash<QString, const ErrorCodeInfo *> index = [] {
        QHash<QString, const ErrorCodeInfo *> map;
        for (const ErrorCodeInfo &info : errorCatalogue()) {
            map.insert(QString::fromLatin1(info.id).toLower(), &info);
        }
        return map;
    }();
    const QString key = id.trimmed().toLower();
    if (const ErrorCodeInfo *info = index.value(key, nullptr)) {
        return info;
    }
    // A bare Win32 code ("0x54b") is the same error as its HRESULT ("0x8007054b").
    bool ok = false;
    const uint value = key.startsWith(QStringLiteral("0x")) ? key.mid(2).toUInt(&ok, 16) : 0;
    if (ok && value > 0 && value <= 0xFFFF) {
        return index.value(QStringLiteral("0x8007%1").arg(value, 4, 16, QChar(u'0')), nullptr);
    }
    return nullptr;
}

QString decimalForm(const ErrorCodeInfo &info)
{
    const QString id = QString::fromLatin1(info.id);
    if (!id.startsWith(QStringLiteral("0x"))) {
        return {};
    }
    bool ok = false;
    const quint32 value = id.mid(2).toUInt(&ok, 16);
    if (!ok) {
        return {};
    }
    return QString::number(value >= 0x80000000u ? qint64(qint32(value)) : qint64(value));
}

} // namespace jd
