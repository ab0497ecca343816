#include "registry.h"

#include <windows.h>

namespace jd::platform {

namespace {

HKEY rootKey(RegistryRoot root)
{
    return root == RegistryRoot::LocalMachine ? HKEY_LOCAL_MACHINE : HKEY_CURRENT_USER;
}

} // namespace

RegistryString readRegistryString(RegistryRoot root, const std::wstring &key,
                                  const std::wstring &name)
{
    RegistryString out;
    const DWORD flags = RRF_RT_REG_SZ | RRF_RT_REG_EXPAND_SZ | RRF_NOEXPAND | RRF_SUBKEY_WOW6464KEY;
    DWORD bytes = 0;
    LSTATUS rc =
        RegGetValueW(rootKey(root), key.c_str(), name.c_str(), flags, nullptr, nullptr, &bytes);
    if (rc != ERROR_SUCCESS) {
        out.error = static_cast<unsigned long>(rc);
        return out;
    }
    std::wstring value(bytes / sizeof(wchar_t) + 1, L'\0');
    bytes = DWORD(value.size() * sizeof(wchar_t));
    rc = RegGetValueW(rootKey(root), key.c_str(), name.c_str(), flags, nullptr, value.data(),
                      &bytes);
    if (rc != ERROR_SUCCESS) {
        out.error = static_cast<unsigned long>(rc);
        return out;
    }
    value.resize(wcsnlen(value.c_str(), value.size()));
    out.found = true;
    out.value = value;
    return out;
}

std::vector<std::wstring> registryValueNames(RegistryRoot root, const std::wstring &key,
                                             unsigned long *error)
{
    std::vector<std::wstring> names;
    HKEY h = nullptr;
    LSTATUS rc = RegOpenKeyExW(rootKey(root), key.c_str(), 0, KEY_READ | KEY_WOW64_64KEY, &h);
    if (rc != ERROR_SUCCESS) {
        *error = static_cast<unsigned long>(rc);
        return names;
    }
    for (DWORD i = 0;; ++i) {
        wchar_t name[16384];
        DWORD length = 16384;
        rc = RegEnumValueW(h, i, name, &length, nullptr, nullptr, nullptr, nullptr);
        if (rc != ERROR_SUCCESS) {
            break;
        }
        names.emplace_back(name, length);
    }
    RegCloseKey(h);
    *error = 0;
    return names;
}

bool writeRegistryString(RegistryRoot root, const std::wstring &key, const std::wstring &name,
                         const std::wstring &value, unsigned long *error)
{
    HKEY h = nullptr;
    LSTATUS rc = RegCreateKeyExW(rootKey(root), key.c_str(), 0, nullptr, 0,
                                 KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &h, nullptr);
    if (rc == ERROR_SUCCESS) {
        rc = RegSetValueExW(h, name.c_str(), 0, REG_SZ,
                            reinterpret_cast<const BYTE *>(value.c_str()),
                            DWORD((value.size() + 1) * sizeof(wchar_t)));
        RegCloseKey(h);
    }
    *error = static_cast<unsigned long>(rc);
    return rc == ERROR_SUCCESS;
}

bool deleteRegistryKey(RegistryRoot root, const std::wstring &key, unsigned long *error)
{
    const LSTATUS rc = RegDeleteTreeW(rootKey(root), key.c_str());
    const LSTATUS removed = rc == ERROR_SUCCESS ? RegDeleteKeyW(rootKey(root), key.c_str()) : rc;
    *error = static_cast<unsigned long>(removed == ERROR_FILE_NOT_FOUND ? ERROR_SUCCESS : removed);
    return *error == ERROR_SUCCESS;
}

} // namespace jd::platform
