#include "input/dsreg_vocabulary.h"

#include "input/dsreg_document.h"

#include <QSet>

#include <algorithm>

namespace jd {

namespace {

const QStringList &sectionTitles()
{
    static const QStringList titles = {
        QStringLiteral("Device State"),
        QStringLiteral("Device Details"),
        QStringLiteral("Tenant Details"),
        QStringLiteral("User State"),
        QStringLiteral("SSO State"),
        QStringLiteral("Diagnostic Data"),
        QStringLiteral("IE Proxy Config for Current User"),
        QStringLiteral("WinHttp Default Proxy Config"),
        QStringLiteral("Ngc Prerequisite Check"),
    };
    return titles;
}

// The field names as dsregcmd writes them.
const QList<QString> &fieldNames()
{
    static const QList<QString> sorted = [] {
        const char *names[] = {
            // Device State
            "AzureAdJoined",
            "EnterpriseJoined",
            "DomainJoined",
            "DomainName",
            "Virtual Desktop",
            "Device Name",
            "Provider",
            "Type",
            "User mode",
            "Extensions",
            // Device Details
            "DeviceId",
            "Thumbprint",
            "DeviceCertificateValidity",
            "KeyContainerId",
            "KeyProvider",
            "TpmProtected",
            "DeviceAuthStatus",
            "KeySignTest",
            // Tenant Details
            "TenantName",
            "TenantId",
            "Idp",
            "AuthCodeUrl",
            "AccessTokenUrl",
            "MdmUrl",
            "MdmTouUrl",
            "MdmComplianceUrl",
            "SettingsUrl",
            "JoinSrvVersion",
            "JoinSrvUrl",
            "JoinSrvId",
            "KeySrvVersion",
            "KeySrvUrl",
            "KeySrvId",
            "WebAuthNSrvVersion",
            "WebAuthNSrvUrl",
            "WebAuthNSrvId",
            "DeviceManagementSrvVer",
            "DeviceManagementSrvUrl",
            "DeviceManagementSrvId",
            // User State
            "NgcSet",
            "NgcKeyId",
            "CanReset",
            "WorkplaceJoined",
            "WorkAccountCount",
            "WamDefaultSet",
            "WamDefaultAuthority",
            "WamDefaultId",
            "WamDefaultGUID",
            // SSO State
            "AzureAdPrt",
            "AzureAdPrtUpdateTime",
            "AzureAdPrtExpiryTime",
            "AzureAdPrtAuthority",
            "AcquirePrtDiagnostics",
            "RefreshPrtDiagnostics",
            "Previous Prt Attempt",
            "Attempt Status",
            "User Identity",
            "Credential Type",
            "Correlation ID",
            "Endpoint URI",
            "HTTP Method",
            "HTTP Error",
            "HTTP status",
            "Server Error Code",
            "Server Error Description",
            "EnterprisePrt",
            "EnterprisePrtUpdateTime",
            "EnterprisePrtExpiryTime",
            "EnterprisePrtAuthority",
            "OnPremTgt",
            "CloudTgt",
            "KerbTopLevelNames",
            // Work Account N
            "WorkplaceDeviceId",
            "WorkplaceThumbprint",
            "WorkplaceTenantId",
            "WorkplaceTenantName",
            "WorkplaceMdmUrl",
            "WorkplaceSettingsUrl",
            // Diagnostic Data
            "Diagnostics Reference",
            "User Context",
            "Client Time",
            "AD Connectivity Test",
            "AD Configuration Test",
            "DRS Discovery Test",
            "DRS Connectivity Test",
            "Kerberos Ticket Test",
            "Token acquisition Test",
            "Fallback to Sync-Join",
            "Fallback to Fed-Join",
            "Previous Registration",
            "Registration Type",
            "Error Phase",
            "Client ErrorCode",
            "Server ErrorCode",
            "Server Message",
            "Server Operation",
            "Server ErrorSubCode",
            "Https Status",
            "Request Id",
            "Executing Account Name",
            "AadRecoveryEnabled",
            "Attempt Status Code",
            // Proxy sections
            "Auto Detect Settings",
            "Auto-Configuration URL",
            "Proxy Server List",
            "Proxy Bypass List",
            "Access Type",
            "Proxy Server(s)",
            "Bypass List",
            "Proxy Server",
            // Ngc Prerequisite Check
            "NgcPreReq",
            "IsDeviceJoined",
            "IsUserAzureAD",
            "PolicyEnabled",
            "PostLogonEnabled",
            "DeviceEligible",
            "SessionIsNotRemote",
            "CertEnrollment",
            "AdfsRefreshToken",
            "AdfsRaIsReady",
            "LogonCertTemplateReady",
            "OnPremTGT",
            "PreReqResult",
        };
        QList<QString> list;
        for (const char *name : names) {
            list.append(QString::fromLatin1(name));
        }
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        return list;
    }();
    return sorted;
}

const QSet<QString> &fieldKeys()
{
    static const QSet<QString> keys = [] {
        QSet<QString> set;
        for (const QString &name : fieldNames()) {
            set.insert(normaliseFieldKey(name));
        }
        return set;
    }();
    return keys;
}

// The entry equal to `wanted` in a sorted list, or null.
const QString *findSorted(const QList<QString> &sorted, QStringView wanted)
{
    const auto found =
        std::lower_bound(sorted.begin(), sorted.end(), wanted,
                         [](const QString &key, QStringView w) { return QStringView(key) < w; });
    return found != sorted.end() && QStringView(*found) == wanted ? &*found : nullptr;
}

} // namespace

bool isKnownSectionTitle(QStringView title)
{
    // Called for every line: titles are short, so a long line is not one.
    if (title.size() > 40 || title.isEmpty()) {
        return false;
    }
    for (const QString &known : sectionTitles()) {
        if (known.size() == title.size() && known.compare(title, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    // "Work Account 1", "work account2"
    static const QLatin1String workAccount("work account");
    if (!title.startsWith(workAccount, Qt::CaseInsensitive)) {
        return false;
    }
    // As "^work account\\s*\\d+$" reads it: ASCII spaces and digits.
    qsizetype i = workAccount.size();
    while (i < title.size() && (title.at(i) == u' ' || title.at(i) == u'\t' ||
                                title.at(i) == u'\v' || title.at(i) == u'\f')) {
        ++i;
    }
    if (i == title.size()) {
        return false;
    }
    for (; i < title.size(); ++i) {
        if (title.at(i) < u'0' || title.at(i) > u'9') {
            return false;
        }
    }
    return true;
}

QString canonicalSectionTitle(const QString &title)
{
    for (const QString &known : sectionTitles()) {
        if (known.compare(title, Qt::CaseInsensitive) == 0) {
            return known;
        }
    }
    return title;
}

bool isKnownFieldKey(const QString &normalisedKey)
{
    return fieldKeys().contains(normalisedKey);
}

const QString *knownFieldKey(QStringView normalisedKey)
{
    // Sorted once, searched without building a QString: the parser asks for every field.
    static const QList<QString> sorted = [] {
        QList<QString> keys = fieldKeys().values();
        std::sort(keys.begin(), keys.end());
        return keys;
    }();
    return findSorted(sorted, normalisedKey);
}

const QString *knownFieldName(QStringView name)
{
    return findSorted(fieldNames(), name);
}

} // namespace jd
