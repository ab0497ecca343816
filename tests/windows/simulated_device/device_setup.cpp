// Makes a Wine prefix look like a domain-joined Windows device that has the hybrid join set up
// (scripts/windows/simulated-device.sh), through the same APIs an administrator's tools use:
//   device_setup --tenant-id ID --tenant-name NAME   the client-side SCP (HKLM ...\CDJ\AAD)
//   device_setup --winhttp-proxy SERVER [--bypass LIST]
//                                                    WinHTTP's default proxy (netsh winhttp)
//   device_setup --join-task                         the Automatic-Device-Join task in
//                                                    \Microsoft\Windows\Workplace Join,
//                                                    running dsregcmd.exe /join as SYSTEM
//   device_setup --trust-root CA.der                 a root CA in the machine's ROOT store
// Options combine; the exit code is 0 when everything was written, 1 otherwise.
#include "file_bytes.h"
#include "registry.h"
#include "task_state.h"
#include "winhttp_proxy.h"

#include <cstdio>
#include <cwchar>
#include <string>
#include <windows.h>
// wincrypt.h needs windows.h first.
#include <wincrypt.h>

namespace {

const wchar_t kJoinTask[] =
    L"<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
    L"<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">"
    L"<RegistrationInfo><URI>\\Microsoft\\Windows\\Workplace Join\\Automatic-Device-Join</URI>"
    L"</RegistrationInfo>"
    L"<Principals><Principal id=\"LocalSystem\"><UserId>S-1-5-18</UserId>"
    L"<RunLevel>HighestAvailable</RunLevel></Principal></Principals>"
    L"<Settings><Enabled>true</Enabled></Settings>"
    L"<Actions Context=\"LocalSystem\"><Exec>"
    L"<Command>%SystemRoot%\\System32\\dsregcmd.exe</Command><Arguments>/join</Arguments>"
    L"</Exec></Actions></Task>";

bool report(const char *what, unsigned long error)
{
    if (error != 0) {
        std::fprintf(stderr, "device_setup: %s failed (%lu)\n", what, error);
    }
    return error == 0;
}

// Adds a DER certificate to the local machine's trusted roots (as "certutil -addstore Root").
unsigned long trustRoot(const std::wstring &path)
{
    const std::string der = jd::sim::readFileBytes(path);
    if (der.empty()) {
        return ERROR_FILE_NOT_FOUND;
    }
    HCERTSTORE store =
        CertOpenStore(CERT_STORE_PROV_SYSTEM_W, 0, 0, CERT_SYSTEM_STORE_LOCAL_MACHINE, L"ROOT");
    if (!store) {
        return GetLastError();
    }
    const BOOL added = CertAddEncodedCertificateToStore(
        store, X509_ASN_ENCODING, reinterpret_cast<const BYTE *>(der.data()), DWORD(der.size()),
        CERT_STORE_ADD_REPLACE_EXISTING, nullptr);
    const unsigned long error = added ? 0 : GetLastError();
    CertCloseStore(store, 0);
    return error;
}

} // namespace

int wmain(int argc, wchar_t **argv)
{
    std::wstring tenantId, tenantName, proxy, bypass, root;
    bool joinTask = false;
    for (int i = 1; i < argc; ++i) {
        const std::wstring arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == L"--tenant-id" && hasValue) {
            tenantId = argv[++i];
        } else if (arg == L"--tenant-name" && hasValue) {
            tenantName = argv[++i];
        } else if (arg == L"--winhttp-proxy" && hasValue) {
            proxy = argv[++i];
        } else if (arg == L"--bypass" && hasValue) {
            bypass = argv[++i];
        } else if (arg == L"--trust-root" && hasValue) {
            root = argv[++i];
        } else if (arg == L"--join-task") {
            joinTask = true;
        } else {
            std::fprintf(stderr, "device_setup: unknown option %ls\n", argv[i]);
            return 2;
        }
    }
    bool ok = true;
    const std::wstring cdj = L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD";
    unsigned long error = 0;
    using jd::platform::RegistryRoot;
    if (!tenantId.empty()) {
        jd::platform::writeRegistryString(RegistryRoot::LocalMachine, cdj, L"TenantId", tenantId,
                                          &error);
        ok = report("TenantId", error) && ok;
    }
    if (!tenantName.empty()) {
        jd::platform::writeRegistryString(RegistryRoot::LocalMachine, cdj, L"TenantName",
                                          tenantName, &error);
        ok = report("TenantName", error) && ok;
    }
    if (!proxy.empty()) {
        jd::platform::writeWinHttpDefaultProxy(proxy, bypass, &error);
        ok = report("WinHttpSetDefaultProxyConfiguration", error) && ok;
    }
    if (!root.empty()) {
        ok = report("adding the root CA", trustRoot(root)) && ok;
    }
    if (joinTask) {
        const long hr = jd::platform::registerTask(L"\\Microsoft\\Windows\\Workplace Join",
                                                   L"Automatic-Device-Join", kJoinTask);
        ok = report("registering the join task", static_cast<unsigned long>(hr)) && ok;
    }
    return ok ? 0 : 1;
}
