#include "facts/client_scp.h"

namespace jd {

ClientScpFacts clientScpFromExport(const RegExport &reg, const QString &fileName)
{
    ClientScpFacts scp;
    const QString aadPath = QString::fromLatin1(kClientScpKey);
    const RegKey *aad = reg.key(aadPath);
    const RegKey *cdj = reg.key(aadPath.left(aadPath.lastIndexOf(u'\\')));
    scp.read = aad != nullptr || cdj != nullptr;
    if (!aad || aad->deleted) {
        if (scp.read) {
            scp.evidence << Evidence{QStringLiteral("CDJ\\AAD"), QStringLiteral("(no key)"),
                                     fileName, cdj ? cdj->line : 0};
        }
        return scp;
    }
    for (const char *name : {"TenantId", "TenantName"}) {
        const RegValue *v = aad->value(QLatin1String(name));
        if (!v || v->type == RegValue::Type::Deleted) {
            continue;
        }
        scp.present = true;
        (qstrcmp(name, "TenantId") == 0 ? scp.tenantId : scp.tenantName) = v->display().trimmed();
        scp.evidence << Evidence{QLatin1String(name), v->display(),
                                 fileName + QStringLiteral(": CDJ\\AAD"), v->line};
    }
    if (!scp.present) {
        scp.evidence << Evidence{QStringLiteral("CDJ\\AAD"),
                                 QStringLiteral("(no TenantId or TenantName)"), fileName,
                                 aad->line};
    }
    return scp;
}

} // namespace jd
