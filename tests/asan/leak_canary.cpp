// A certificate lost on purpose. Run only in the AddressSanitizer build, where ctest expects
// LeakSanitizer to report it: proof that the suppression in cmake/asan_defaults.cpp (OpenSSL's own
// allocations) still lets a leak of a Qt object that holds OpenSSL memory through.
#include <cstdio>
#include <QCoreApplication>
#include <QSslCertificate>

namespace {

const char kCertificate[] = R"(
-----BEGIN CERTIFICATE-----
MIIBmTCCAT+gAwIBAgIULS52bkdMx/dqabXmAG5lRf7WLkUwCgYIKoZIzj0EAwIw
ITEfMB0GA1UEAwwWSm9pbkRvY3RvciBMU2FuIGNhbmFyeTAgFw0yNjEyMDExMTQz
NTFaGA8yMTI2MTEwNzExNDM1MVowITEfMB0GA1UEAwwWSm9pbkRvY3RvciBMU2Fu
IGNhbmFyeTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABNpgq/3rPJl8YBjNsNr1
1GEKtqx/L/OH9Gp+Tot57qMh/P1UngE35dlCxMWpN+UewyaNqSVQ4SQ7R+yNsjAX
hvCjUzBRMB0GA1UdDgQWBBQCFv8jrat0oGEj1N0YdgGaBuB6GzAfBgNVHSMEGDAW
gBQCFv8jrat0oGEj1N0YdgGaBuB6GzAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49
BAMCA0gAMEUCIQDrdbxkhfwYIXjId4316BixfUeP8GbQkNApPhQfOyx4OgIgPwCu
ZEUCVQJRpjmvuLofbL8YzO1jMzWO9x9ErawGQxM=
-----END CERTIFICATE-----
)";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto *lost = new QSslCertificate(QByteArray(kCertificate), QSsl::Pem);
    if (lost->isNull()) {
        std::fprintf(stderr, "the canary certificate did not load\n");
        return 1;
    }
    std::fprintf(stderr, "lost a certificate for %s\n",
                 lost->subjectDisplayName().toUtf8().constData());
    lost = nullptr; // the only pointer: LeakSanitizer must see the object as leaked
    return 0;
}
