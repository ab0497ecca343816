#pragma once
// Registry values by API (64-bit view), for the client-side SCP under
// HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD. Plain C++: no Qt at this boundary.

#include <string>
#include <vector>

namespace jd::platform {

enum class RegistryRoot
{
    LocalMachine,
    CurrentUser
};

struct RegistryString
{
    bool found = false;
    unsigned long error = 0; // ERROR_FILE_NOT_FOUND when the key or value does not exist
    std::wstring value;
};

RegistryString readRegistryString(RegistryRoot root, const std::wstring &key,
                                  const std::wstring &name);

// The names of a key's values (empty when the key does not exist).
std::vector<std::wstring> registryValueNames(RegistryRoot root, const std::wstring &key,
                                             unsigned long *error);

// For tests and repair: creates the key as needed. Returns false with the error in *error.
bool writeRegistryString(RegistryRoot root, const std::wstring &key, const std::wstring &name,
                         const std::wstring &value, unsigned long *error);
bool deleteRegistryKey(RegistryRoot root, const std::wstring &key, unsigned long *error);

} // namespace jd::platform
