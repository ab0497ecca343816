#pragma once
// The directory fixture's addresses (tests/directory/directory_fixture.py exports them). The
// same cases run natively against libldap and, cross-compiled, against wldap32 under Wine.

#include "directory_reader.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <gtest/gtest.h>
#include <string>

namespace jd::directory::test {

inline std::string fixtureValue(const char *name)
{
    const char *value = std::getenv(name);
    if (!value || !*value) {
        ADD_FAILURE() << name
                      << " is not set: run this suite through tests/directory/directory_fixture.py";
        return {};
    }
    return value;
}

inline DirectoryQuery queryFor(const std::string &computer, const std::string &baseDn = {},
                               const char *urlVariable = "JD_TEST_LDAP_URL")
{
    DirectoryQuery q;
    q.ldap.url = fixtureValue(urlVariable);
    q.ldap.timeout = std::chrono::milliseconds(3000);
    q.baseDn = baseDn;
    q.computerName = computer;
    q.now = std::int64_t(std::time(nullptr));
    return q;
}

} // namespace jd::directory::test
