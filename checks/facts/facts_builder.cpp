#include "facts/facts_builder.h"

#include "facts/prt_attempts.h"
#include "facts/trace_facts.h"

#include <QRegularExpression>

namespace jd {

Evidence evidenceOf(const DsregField &field)
{
    return Evidence{field.name, field.rawValue, field.section, field.line};
}

bool ProxyFacts::winHttpDirect() const
{
    return winHttpSectionPresent && winHttpProxy.isEmpty() &&
           (winHttpAccessType.isEmpty() ||
            winHttpAccessType.contains(QStringLiteral("DIRECT"), Qt::CaseInsensitive));
}

bool ProxyFacts::userHasProxy() const
{
    return !ieProxyServer.isEmpty() || !ieAutoConfigUrl.isEmpty();
}

QString joinTypeId(JoinType type)
{
    switch (type) {
    case JoinType::Hybrid:
        return QStringLiteral("hybrid");
    case JoinType::AzureAdJoined:
        return QStringLiteral("azureAdJoined");
    case JoinType::DomainOnly:
        return QStringLiteral("domainOnly");
    case JoinType::RegisteredOnly:
        return QStringLiteral("registeredOnly");
    case JoinType::Workgroup:
        return QStringLiteral("workgroup");
    case JoinType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString prtStateId(PrtState state)
{
    switch (state) {
    case PrtState::Present:
        return QStringLiteral("present");
    case PrtState::Missing:
        return QStringLiteral("missing");
    case PrtState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

namespace {

class Reader
{
public:
    explicit Reader(const DsregDocument &doc) : m_doc(doc) {}

    const DsregField *field(const char *key,
                            std::initializer_list<const char *> sections = {}) const
    {
        return m_doc.find(QLatin1StringView(key), sections);
    }
    QString value(const char *key, std::initializer_list<const char *> sections = {}) const
    {
        const DsregField *f = field(key, sections);
        return f ? f->value : QString();
    }
    // Only in this section or in fields pasted without any header: for names that another
    // section has too ("Server ErrorCode" here, "Server Error Code" in SSO State).
    QString own(const char *key, const char *sectionTitle) const
    {
        const FieldKey wanted(QLatin1StringView{key});
        for (const QLatin1StringView title :
             {QLatin1StringView(sectionTitle), QLatin1StringView()}) {
            for (const DsregSection &s : m_doc.sections) {
                if (s.title.compare(title, Qt::CaseInsensitive) != 0) {
                    continue;
                }
                for (const DsregField &f : s.fields) {
                    if (f.key == wanted.view()) {
                        return f.value;
                    }
                }
            }
        }
        return {};
    }
    Tri yesNo(const char *key, std::initializer_list<const char *> sections = {}) const
    {
        const DsregField *f = field(key, sections);
        return f ? parseYesNo(f->value) : Tri::Unknown;
    }
    TestFact test(const char *key) const
    {
        TestFact fact;
        if (const DsregField *f = field(key, {"Diagnostic Data"})) {
            fact.value = parseTestValue(f->value);
            fact.evidence = evidenceOf(*f);
        }
        return fact;
    }
    // Collects the evidence of whichever of these fields are present.
    void collect(EvidenceList &list, std::initializer_list<const char *> keys,
                 std::initializer_list<const char *> sections) const
    {
        for (const char *key : keys) {
            if (const DsregField *f = field(key, sections)) {
                list.append(evidenceOf(*f));
            }
        }
    }

private:
    const DsregDocument &m_doc;
};

JoinType classify(const Facts &f)
{
    if (f.azureAdJoined == Tri::Yes) {
        if (f.domainJoined == Tri::Yes) {
            return JoinType::Hybrid;
        }
        if (f.domainJoined == Tri::No) {
            return JoinType::AzureAdJoined;
        }
        // Partial paste without DomainJoined: a NetBIOS domain name only exists when joined.
        return f.domainName.isEmpty() ? JoinType::Unknown : JoinType::Hybrid;
    }
    if (f.azureAdJoined == Tri::No) {
        if (f.domainJoined == Tri::Yes) {
            return JoinType::DomainOnly;
        }
        if (f.domainJoined == Tri::No) {
            return f.workplaceJoined == Tri::Yes ? JoinType::RegisteredOnly : JoinType::Workgroup;
        }
        // Pre-join diagnostics are only printed for domain-joined devices.
        return f.preJoinDiagnostics ? JoinType::DomainOnly : JoinType::Unknown;
    }
    // A paste of the pre-join tests alone: Windows runs them only on a domain-joined device that
    // is not joined to Azure AD yet.
    if (f.domainJoined != Tri::No && f.preJoinDiagnostics) {
        return JoinType::DomainOnly;
    }
    return JoinType::Unknown;
}

DeviceAuthState deviceAuthState(const QString &value)
{
    if (value.isEmpty()) {
        return DeviceAuthState::Unknown;
    }
    const QString upper = value.toUpper();
    if (upper.startsWith(QStringLiteral("SUCCESS"))) {
        return DeviceAuthState::Success;
    }
    if (upper.contains(QStringLiteral("DISABLED")) || upper.contains(QStringLiteral("DELETED"))) {
        return DeviceAuthState::DisabledOrDeleted;
    }
    if (upper.startsWith(QStringLiteral("FAILED"))) {
        return DeviceAuthState::TestError;
    }
    return DeviceAuthState::Other;
}

bool isStaleRegistration(const RegistrationAttempt &reg)
{
    if (reg.serverErrorSubCode.contains(QStringLiteral("missing_device"), Qt::CaseInsensitive)) {
        return true;
    }
    // Renewing (not creating) a registration that Azure AD answers with "not found".
    const bool renewing =
        reg.serverOperation.contains(QStringLiteral("Renew"), Qt::CaseInsensitive);
    const bool notFound =
        reg.serverMessage.contains(QStringLiteral("not found"), Qt::CaseInsensitive) ||
        reg.clientErrorCode == u"0x801c03f2" ||
        reg.serverErrorCode.contains(QStringLiteral("DirectoryError"), Qt::CaseInsensitive);
    return renewing && notFound;
}

QString firstCode(const QString &value)
{
    const QStringList codes = findErrorCodes(value);
    return codes.isEmpty() ? value.trimmed() : codes.first();
}

} // namespace

Facts buildFacts(DsregDocument document, const QString &sourceName)
{
    Facts f;
    f.document = std::move(document);
    f.sourceName = sourceName;
    const Reader r(f.document);

    f.azureAdJoined = r.yesNo("AzureAdJoined", {"Device State"});
    f.domainJoined = r.yesNo("DomainJoined", {"Device State"});
    f.enterpriseJoined = r.yesNo("EnterpriseJoined", {"Device State"});
    f.workplaceJoined = r.yesNo("WorkplaceJoined", {"User State"});
    f.deviceName = r.value("Device Name", {"Device State"});
    f.domainName = r.value("DomainName", {"Device State"});
    f.tenantName = r.value("TenantName", {"Tenant Details"});
    f.tenantId = r.value("TenantId", {"Tenant Details"});
    f.deviceId = r.value("DeviceId", {"Device Details"});
    f.workplaceTenantId = r.value("WorkplaceTenantId");

    f.userContext = r.value("User Context", {"Diagnostic Data"});
    f.ranAsSystem = f.userContext.compare(QStringLiteral("SYSTEM"), Qt::CaseInsensitive) == 0;
    f.clientTime = parseUtcTimestamp(r.value("Client Time", {"Diagnostic Data"}));

    f.adConnectivity = r.test("AD Connectivity Test");
    f.adConfiguration = r.test("AD Configuration Test");
    f.drsDiscovery = r.test("DRS Discovery Test");
    f.drsConnectivity = r.test("DRS Connectivity Test");
    f.tokenAcquisition = r.test("Token acquisition Test");
    f.fallbackToSyncJoin = r.test("Fallback to Sync-Join");
    f.preJoinDiagnostics = f.adConnectivity.present() || f.adConfiguration.present() ||
                           f.drsDiscovery.present() || f.drsConnectivity.present();

    const std::initializer_list<const char *> diag = {"Diagnostic Data"};
    RegistrationAttempt &reg = f.lastRegistration;
    reg.time = parseUtcTimestamp(r.own("Previous Registration", "Diagnostic Data"));
    reg.registrationType = r.own("Registration Type", "Diagnostic Data");
    reg.errorPhase = r.own("Error Phase", "Diagnostic Data").toLower();
    reg.clientErrorCode = firstCode(r.own("Client ErrorCode", "Diagnostic Data"));
    reg.serverErrorCode = r.own("Server ErrorCode", "Diagnostic Data");
    reg.serverMessage = r.own("Server Message", "Diagnostic Data");
    reg.httpsStatus = r.own("Https Status", "Diagnostic Data");
    reg.httpError = firstCode(r.own("HTTP Error", "Diagnostic Data"));
    reg.serverOperation = r.own("Server Operation", "Diagnostic Data");
    reg.serverErrorSubCode = r.own("Server ErrorSubCode", "Diagnostic Data");
    reg.present = !reg.errorPhase.isEmpty() || !reg.clientErrorCode.isEmpty() ||
                  !reg.serverErrorCode.isEmpty() || !reg.serverErrorSubCode.isEmpty();
    if (!reg.present) {
        reg.httpError.clear(); // a PRT attempt's field in a fragment without section titles
    }
    r.collect(reg.evidence,
              {"Previous Registration", "Registration Type", "Error Phase", "Client ErrorCode",
               "Server ErrorCode", "Server ErrorSubCode", "Server Operation", "Server Message",
               "Https Status", "HTTP Error", "Request Id"},
              diag);
    reg.staleObject = isStaleRegistration(reg);

    // A /join /debug trace without the status output: the code it ended with is the last
    // registration error.
    f.trace = readTraceFacts(f.document);
    if (!reg.present && !f.trace.failureCode.isEmpty()) {
        reg.present = true;
        reg.clientErrorCode = f.trace.failureCode;
        reg.evidence.append(f.trace.failure);
    }

    const std::initializer_list<const char *> sso = {"SSO State"};
    f.prt = [&] {
        const Tri prt = r.yesNo("AzureAdPrt", sso);
        // Run as SYSTEM there is no signed-in user, so "AzureAdPrt : NO" says nothing.
        if (prt == Tri::Unknown || (f.ranAsSystem && prt == Tri::No)) {
            return PrtState::Unknown;
        }
        return prt == Tri::Yes ? PrtState::Present : PrtState::Missing;
    }();
    f.prtUpdateTime = parseUtcTimestamp(r.value("AzureAdPrtUpdateTime", sso));
    const PrtAttempts attempts = readPrtAttempts(f.document);
    f.prtAttempt = attempts.azureAd;

    EnterprisePrtFacts &eprt = f.enterprisePrt;
    eprt.present = r.yesNo("EnterprisePrt", sso);
    eprt.authority = r.value("EnterprisePrtAuthority", sso);
    eprt.adfsRefreshToken = r.yesNo("AdfsRefreshToken", {"Ngc Prerequisite Check"});
    eprt.attempt = attempts.enterprise;
    for (const PrtAttempt *attempt : {&attempts.azureAd, &attempts.enterprise}) {
        eprt.msisCodes +=
            findMsisCodes(attempt->serverErrorDescription + u' ' + attempt->serverErrorCode);
        eprt.federated = eprt.federated || attempt->endpointUri.contains(QStringLiteral("/adfs/"),
                                                                         Qt::CaseInsensitive);
    }
    // An AD FS error pasted next to the output (its event log text) counts as well.
    for (const QString &line : f.document.otherLines) {
        eprt.msisCodes += findMsisCodes(line);
    }
    eprt.msisCodes.removeDuplicates();
    eprt.federated = eprt.federated || !eprt.authority.isEmpty() || !eprt.msisCodes.isEmpty();
    eprt.certificateTrust =
        r.value("CertEnrollment", {"Ngc Prerequisite Check"})
            .contains(QStringLiteral("enrollment authority"), Qt::CaseInsensitive);

    f.deviceAuth = deviceAuthState(r.value("DeviceAuthStatus", {"Device Details"}));
    f.aadRecoveryEnabled = r.yesNo("AadRecoveryEnabled", diag);
    if (const DsregField *keySign = r.field("KeySignTest", diag)) {
        f.keySignTest = parseTestValue(keySign->value);
    }

    ProxyFacts &proxy = f.proxy;
    if (const DsregSection *winHttp =
            f.document.section(QStringLiteral("WinHttp Default Proxy Config"))) {
        proxy.winHttpSectionPresent = true;
        for (const DsregField &field : winHttp->fields) {
            if (field.key == u"accesstype") {
                proxy.winHttpAccessType = field.value;
            } else if (field.key.startsWith(u"proxyserver") || field.key == u"proxy") {
                proxy.winHttpProxy = field.value;
            } else if (field.key.contains(u"bypass")) {
                proxy.winHttpBypass = field.value;
            }
        }
        static const QRegularExpression direct(QStringLiteral("direct access|\\(none\\)|^none$"),
                                               QRegularExpression::CaseInsensitiveOption);
        if (direct.match(proxy.winHttpProxy).hasMatch()) {
            proxy.winHttpProxy.clear();
        }
    }
    const std::initializer_list<const char *> ie = {"IE Proxy Config for Current User"};
    if (f.document.section(QStringLiteral("IE Proxy Config for Current User"))) {
        proxy.ieSectionPresent = true;
        proxy.ieAutoDetect = r.yesNo("Auto Detect Settings", ie);
        proxy.ieAutoConfigUrl = r.value("Auto-Configuration URL", ie);
        proxy.ieProxyServer = r.value("Proxy Server List", ie);
        proxy.ieBypass = r.value("Proxy Bypass List", ie);
    }

    f.joinType = classify(f);
    return f;
}

} // namespace jd
