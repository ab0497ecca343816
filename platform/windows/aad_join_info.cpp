#include "aad_join_info.h"

#include <windows.h>

namespace jd::platform {

namespace {

// lmjoin.h of mingw-w64 10 does not declare these; the layout is the SDK's.
struct DsregUserInfo
{
    LPWSTR pszUserEmail;
    LPWSTR pszUserKeyId;
    LPWSTR pszUserKeyName;
};
struct DsregJoinInfo
{
    int joinType;
    const void *pJoinCertificate;
    LPWSTR pszDeviceId;
    LPWSTR pszIdpDomain;
    LPWSTR pszTenantId;
    LPWSTR pszJoinUserEmail;
    LPWSTR pszTenantDisplayName;
    LPWSTR pszMdmEnrollmentUrl;
    LPWSTR pszMdmTermsOfUseUrl;
    LPWSTR pszMdmComplianceUrl;
    LPWSTR pszUserSettingSyncUrl;
    DsregUserInfo *pUserInfo;
};
using GetInfo = HRESULT(WINAPI *)(LPCWSTR, DsregJoinInfo **);
using FreeInfo = void(WINAPI *)(DsregJoinInfo *);

std::wstring text(LPCWSTR s)
{
    return s ? std::wstring(s) : std::wstring();
}

} // namespace

AadJoinInfo readAadJoinInfo()
{
    AadJoinInfo out;
    HMODULE netapi = LoadLibraryExW(L"netapi32.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    if (!netapi) {
        return out;
    }
    const auto get = reinterpret_cast<GetInfo>(
        reinterpret_cast<void *>(GetProcAddress(netapi, "NetGetAadJoinInformation")));
    const auto release = reinterpret_cast<FreeInfo>(
        reinterpret_cast<void *>(GetProcAddress(netapi, "NetFreeAadJoinInformation")));
    if (get && release) {
        out.apiAvailable = true;
        DsregJoinInfo *info = nullptr;
        out.result = get(nullptr, &info);
        if (SUCCEEDED(out.result) && info) {
            out.joined = true;
            out.joinType = unsigned(info->joinType);
            out.deviceId = text(info->pszDeviceId);
            out.tenantId = text(info->pszTenantId);
            out.tenantDisplayName = text(info->pszTenantDisplayName);
            out.idpDomain = text(info->pszIdpDomain);
            out.joinUserEmail = text(info->pszJoinUserEmail);
            release(info);
        }
    }
    FreeLibrary(netapi);
    return out;
}

} // namespace jd::platform
