#pragma once
// The join state from NetGetAadJoinInformation (Windows 10 and later): language-independent, no
// dsregcmd text involved. Loaded at run time, because older systems (and Wine) do not have it.

#include <string>

namespace jd::platform {

struct AadJoinInfo
{
    bool apiAvailable = false; // netapi32 exports NetGetAadJoinInformation
    long result = 0;           // its HRESULT
    bool joined = false;       // a join or work account exists
    unsigned joinType = 0;     // 1 = device join (Azure AD / hybrid), 2 = workplace (registered)
    std::wstring deviceId;
    std::wstring tenantId;
    std::wstring tenantDisplayName;
    std::wstring idpDomain;
    std::wstring joinUserEmail;
};

AadJoinInfo readAadJoinInfo();

} // namespace jd::platform
