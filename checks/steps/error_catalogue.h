#pragma once
// Windows and Azure AD error codes that turn up in dsregcmd output, event logs and PRT
// diagnostics, with what each means for the registration and how to fix it.

#include "core/tr_text.h"

#include <QList>
#include <QString>

namespace jd {

struct ErrorCodeInfo
{
    const char *id = "";   // "0x801c001d", "AADSTS50126", "DeviceAuthStatus: FAILED. ERROR"
    const char *name = ""; // symbolic name, e.g. "DSREG_AUTOJOIN_ADCONFIG_READ_FAILED"
    const char *phase =
        "";       // where Windows reports it: pre-check, discover, auth, join, prt, device
    int step = 0; // the registration step (1–6) it belongs to
    TrText cause;
    TrText fix;
};

const QList<ErrorCodeInfo> &errorCatalogue();
// Exact lookup; "0x801C001D", "0x801c001d" and "aadsts50126" all work.
const ErrorCodeInfo *lookupErrorCode(const QString &id);
// Decimal form for hex ids ("-2145648611" for 0x801c001d); empty for other ids.
QString decimalForm(const ErrorCodeInfo &info);

// Parts of the catalogue, one per file.
QList<ErrorCodeInfo> registrationErrorCodes();
QList<ErrorCodeInfo> prtErrorCodes();
QList<ErrorCodeInfo> deviceErrorCodes();  // more 0x801c..., 0xcaa..., TPM and key provider
QList<ErrorCodeInfo> networkErrorCodes(); // WinHTTP, bare and as HRESULT
QList<ErrorCodeInfo> statusErrorCodes();  // NTSTATUS
QList<ErrorCodeInfo> aadstsErrorCodes();  // AADSTS and AD FS (MSIS)

} // namespace jd
