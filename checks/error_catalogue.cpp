#include "error_catalogue.h"

#include <QHash>

namespace jd {

const QList<ErrorCodeInfo> &errorCatalogue()
{
    static const QList<ErrorCodeInfo> all = registrationErrorCodes() + prtErrorCodes();
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
    return index.value(id.trimmed().toLower(), nullptr);
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
