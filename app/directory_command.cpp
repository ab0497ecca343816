#include "directory_command.h"

#include "exit_codes.h"
#include "facts/facts.h"
#include "guid_text.h"
#include "logging_setup.h"
#include "output.h"
#include "probe_options.h"
#include "probes/directory_probe.h"
#include "probes/system_proxy.h"
#include "probes/tenant_check.h"
#include "report/report_labels.h"
#include "report/report_renderers.h"
#include "steps/step1_tenant_discovery.h"
#include "steps/step3_computer_certificate.h"
#include "steps/step_check.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace jd {

namespace {

TrText c(const char *source)
{
    return cliText(source);
}

struct DirectoryOptions
{
    DirectoryProbeSettings settings;
    bool checkTenant = false;
    QString openidUrl = QLatin1String(kOpenidUrlTemplate);
    ProbeSettings tenantProbe; // proxy, CA file and issuer for the tenant check
    ReportFormat format = ReportFormat::Text;
    bool verbose = false;
};

QString parseDirectoryOptions(const QStringList &arguments, const Language &lang,
                              DirectoryOptions *options)
{
    auto text = [&lang](const char *source) {
        return lang.tr(c(source));
    };
    QCommandLineParser parser;
    const QCommandLineOption probe(QStringLiteral("probe-directory"));
    const QCommandLineOption url(QStringLiteral("ldap-url"), QString(), QStringLiteral("url"));
    const QCommandLineOption base(QStringLiteral("base-dn"), QString(), QStringLiteral("dn"));
    const QCommandLineOption computer(QStringLiteral("computer"), QString(),
                                      QStringLiteral("name"));
    const QCommandLineOption bindDn(QStringLiteral("bind-dn"), QString(), QStringLiteral("dn"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), QString(),
                                          QStringLiteral("file"));
    const QCommandLineOption domain(QStringLiteral("domain"), QString(), QStringLiteral("name"));
    const QCommandLineOption dnsServer(QStringLiteral("dns-server"), QString(),
                                       QStringLiteral("ip"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"), QString(), QStringLiteral("ms"),
                                     QStringLiteral("5000"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("format"),
                                    QStringLiteral("text"));
    const QCommandLineOption language(QStringLiteral("lang"), QString(), QStringLiteral("lang"));
    const QCommandLineOption checkTenant(QStringLiteral("check-tenant"));
    const QCommandLineOption openidUrl(QStringLiteral("openid-url"), QString(),
                                       QStringLiteral("url"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QString(), QStringLiteral("pem"));
    const QCommandLineOption issuer(QStringLiteral("expect-issuer"), QString(),
                                    QStringLiteral("text"));
    const QCommandLineOption verbose(QStringLiteral("verbose"));
    parser.addOptions({probe, url, base, computer, bindDn, passwordFile, domain, dnsServer, timeout,
                       format, language, checkTenant, openidUrl, caFile, issuer, verbose});
    if (!parser.parse(arguments)) {
        return parser.errorText();
    }
    if (!parser.positionalArguments().isEmpty()) {
        return text(QT_TRANSLATE_NOOP("Cli", "--probe-directory takes no file."));
    }
    DirectoryProbeSettings &s = options->settings;
    options->verbose = parser.isSet(verbose);
    if (QString e = parseProbeFormat(parser.value(format), lang, &options->format); !e.isEmpty()) {
        return e;
    }
    s.ldapUrl = parser.value(url).trimmed();
    s.domain = parser.value(domain).trimmed();
    if (s.ldapUrl.isEmpty() && s.domain.isEmpty()) {
        return text(QT_TRANSLATE_NOOP(
            "Cli", "--probe-directory needs --ldap-url ldap://HOST:PORT or --domain NAME."));
    }
    if (!s.ldapUrl.isEmpty() && !directory::parseLdapUrl(s.ldapUrl.toStdString()).valid) {
        return lang
            .tr(c(QT_TRANSLATE_NOOP(
                "Cli", "Bad --ldap-url \"%1\": use ldap://HOST:PORT or ldaps://HOST:PORT.")))
            .arg(s.ldapUrl);
    }
    if (parser.isSet(dnsServer)) {
        s.dnsServer = QHostAddress(parser.value(dnsServer).trimmed());
        if (s.dnsServer.isNull()) {
            return lang
                .tr(c(QT_TRANSLATE_NOOP("Cli", "Bad --dns-server \"%1\": give an IP address.")))
                .arg(parser.value(dnsServer));
        }
        if (s.domain.isEmpty()) {
            return text(QT_TRANSLATE_NOOP("Cli", "--dns-server is only used with --domain."));
        }
    }
    bool ok = false;
    const int ms = parser.value(timeout).toInt(&ok);
    if (!ok || ms < 100 || ms > 600000) {
        return text(QT_TRANSLATE_NOOP("Cli", "--timeout-ms takes a number from 100 to 600000."));
    }
    s.timeout = std::chrono::milliseconds(ms);
    options->checkTenant = parser.isSet(checkTenant) || parser.isSet(openidUrl);
    if (parser.isSet(openidUrl)) {
        options->openidUrl = parser.value(openidUrl).trimmed();
        if (!options->openidUrl.contains(QStringLiteral("{tenant}")) ||
            !QUrl(options->openidUrl).isValid()) {
            return text(QT_TRANSLATE_NOOP(
                "Cli", "--openid-url needs an https URL with {tenant} where the name goes."));
        }
    }
    ProbeSettings &tp = options->tenantProbe;
    tp.timeout = std::chrono::milliseconds(ms);
    tp.expectedIssuer = parser.value(issuer);
    if (const auto system = readSystemWinHttpProxy()) {
        tp.proxy = system->proxy; // the tenant check goes the way SYSTEM's traffic goes
        tp.bypass = system->bypass;
    }
    if (parser.isSet(caFile)) {
        if (QString e = readCaFile(parser.value(caFile), lang, &tp.extraCaCertificates);
            !e.isEmpty()) {
            return e;
        }
    }
    s.baseDn = parser.value(base).trimmed();
    s.computerName = parser.value(computer).trimmed();
    if (parser.isSet(computer) && directory::samAccountName(s.computerName.toStdString()).empty()) {
        return text(QT_TRANSLATE_NOOP("Cli", "--computer needs a computer name."));
    }
    s.bindDn = parser.value(bindDn).trimmed();
    if (parser.isSet(passwordFile) != !s.bindDn.isEmpty()) {
        return text(QT_TRANSLATE_NOOP("Cli", "--bind-dn and --password-file go together."));
    }
    if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            return lang.tr(c(QT_TRANSLATE_NOOP("Cli", "Cannot read the password file %1.")))
                .arg(parser.value(passwordFile));
        }
        // The first line; a password file is small, so anything bigger is refused.
        const QByteArray content = file.read(64 * 1024 + 1);
        if (content.size() > 64 * 1024) {
            return lang.tr(c(QT_TRANSLATE_NOOP("Cli", "The password file %1 is too large.")))
                .arg(parser.value(passwordFile));
        }
        s.password = QString::fromUtf8(content.left(content.indexOf('\n'))).remove(u'\r');
    } else {
#ifdef Q_OS_WIN
        s.currentUser = true; // Negotiate as the signed-in user, as ADSI does
#endif
    }
    return {};
}

QJsonValue orNull(const std::string &value)
{
    return value.empty() ? QJsonValue() : QJsonValue(qs(value));
}

QJsonObject errorJson(const directory::LdapError &e)
{
    return QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(ldapErrorKindId(e.kind))},
                       {QStringLiteral("code"), e.code},
                       {QStringLiteral("message"), qs(e.message)}};
}

QJsonArray stringArray(const std::vector<std::string> &values)
{
    QJsonArray out;
    for (const std::string &v : values) {
        out.append(qs(v));
    }
    return out;
}

QJsonObject directoryJson(const DirectoryFacts &d)
{
    const auto &r = d.readout;
    return QJsonObject{
        {QStringLiteral("url"), d.url.isEmpty() ? QJsonValue() : QJsonValue(d.url)},
        {QStringLiteral("backend"), orNull(r.backend)},
        {QStringLiteral("reachable"), d.ldapReached()},
        {QStringLiteral("error"),
         r.connection.failed() ? QJsonValue(errorJson(r.connection)) : QJsonValue()},
        {QStringLiteral("namingContexts"), stringArray(r.namingContexts)},
        {QStringLiteral("configurationNamingContext"), orNull(r.configurationNamingContext)},
        {QStringLiteral("defaultNamingContext"), orNull(r.defaultNamingContext)},
        {QStringLiteral("domainDn"), orNull(r.domainDn)},
        {QStringLiteral("bind"), orNull(r.bindMethod)},
        {QStringLiteral("bindError"),
         r.bindError.failed() ? QJsonValue(errorJson(r.bindError)) : QJsonValue()},
        {QStringLiteral("elapsedMs"), d.elapsedMs},
    };
}

QJsonValue discoveryJson(const DirectoryFacts &d)
{
    if (!d.discovery.attempted) {
        return QJsonValue();
    }
    QJsonArray records;
    for (const DcRecord &r : d.discovery.records) {
        records.append(
            QJsonObject{{QStringLiteral("target"), r.target},
                        {QStringLiteral("port"), r.port},
                        {QStringLiteral("priority"), r.priority},
                        {QStringLiteral("weight"), r.weight},
                        {QStringLiteral("addresses"), QJsonArray::fromStringList(r.addresses)}});
    }
    return QJsonObject{
        {QStringLiteral("domain"), d.discovery.domain},
        {QStringLiteral("dnsServer"),
         d.discovery.dnsServer.isEmpty() ? QJsonValue() : QJsonValue(d.discovery.dnsServer)},
        {QStringLiteral("query"), d.discovery.query},
        {QStringLiteral("records"), records},
        {QStringLiteral("error"),
         d.discovery.error.isEmpty() ? QJsonValue() : QJsonValue(d.discovery.error)},
    };
}

QJsonValue kerberosJson(const DirectoryFacts &d)
{
    if (!d.kerberos.attempted) {
        return QJsonValue();
    }
    return QJsonObject{
        {QStringLiteral("host"), d.kerberos.host},
        {QStringLiteral("port"), d.kerberos.port},
        {QStringLiteral("open"), d.kerberos.open},
        {QStringLiteral("error"),
         d.kerberos.error.isEmpty() ? QJsonValue() : QJsonValue(d.kerberos.error)},
    };
}

QJsonObject scpJson(const DirectoryFacts &d)
{
    const auto &scp = d.readout.scp;
    return QJsonObject{
        {QStringLiteral("found"), scp.found},
        {QStringLiteral("dn"), orNull(scp.dn)},
        {QStringLiteral("azureADName"),
         scp.hasAzureAdName ? QJsonValue(qs(scp.azureAdName)) : QJsonValue()},
        {QStringLiteral("azureADId"),
         scp.hasAzureAdId ? QJsonValue(qs(scp.azureAdId)) : QJsonValue()},
        {QStringLiteral("azureADIdValid"), scp.azureAdIdIsGuid},
        {QStringLiteral("keywords"), stringArray(scp.keywords)},
        {QStringLiteral("error"),
         scp.error.failed() ? QJsonValue(errorJson(scp.error)) : QJsonValue()},
    };
}

QJsonObject computerJson(const DirectoryFacts &d)
{
    const auto &pc = d.readout.computer;
    QJsonArray certificates;
    for (const auto &cert : pc.certificates) {
        const QString thumbprint = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::fromStdString(cert.der), QCryptographicHash::Sha1)
                .toHex());
        const bool parsed = cert.summary.parsed;
        certificates.append(QJsonObject{
            {QStringLiteral("subject"),
             parsed ? QJsonValue(qs(cert.summary.subject)) : QJsonValue()},
            {QStringLiteral("issuer"), parsed ? QJsonValue(qs(cert.summary.issuer)) : QJsonValue()},
            {QStringLiteral("notBefore"),
             parsed ? QJsonValue(qs(directory::formatUtcTime(cert.summary.notBefore)))
                    : QJsonValue()},
            {QStringLiteral("notAfter"),
             parsed ? QJsonValue(qs(directory::formatUtcTime(cert.summary.notAfter)))
                    : QJsonValue()},
            {QStringLiteral("matchesObjectGuid"), cert.matchesObjectGuid},
            {QStringLiteral("expired"), cert.expired},
            {QStringLiteral("notYetValid"), cert.notYetValid},
            {QStringLiteral("valid"), cert.usable()},
            {QStringLiteral("thumbprint"), thumbprint},
            {QStringLiteral("problem"),
             parsed ? QJsonValue() : QJsonValue(qs(cert.summary.problem))},
        });
    }
    return QJsonObject{
        {QStringLiteral("found"), pc.found},
        {QStringLiteral("name"), orNull(pc.name)},
        {QStringLiteral("dn"), orNull(pc.dn)},
        {QStringLiteral("objectGuid"), orNull(pc.objectGuid)},
        {QStringLiteral("certificates"), certificates},
        {QStringLiteral("error"),
         pc.error.failed() ? QJsonValue(errorJson(pc.error)) : QJsonValue()},
    };
}

QJsonValue tenantCheckJson(const TenantCheck &check)
{
    if (!check.attempted) {
        return QJsonValue();
    }
    return QJsonObject{
        {QStringLiteral("url"), check.url},
        {QStringLiteral("tenantId"),
         check.tenantId.isEmpty() ? QJsonValue() : QJsonValue(check.tenantId)},
        {QStringLiteral("error"), check.error.isEmpty() ? QJsonValue() : QJsonValue(check.error)},
    };
}

QByteArray directoryReportJson(const DirectoryFacts &d, const TenantCheck &tenantCheck,
                               const QList<CheckResult> &steps, const Language &lang)
{
    QJsonArray stepArray;
    for (const CheckResult &r : steps) {
        stepArray.append(stepJsonObject(r, lang));
    }
    const QJsonObject root{
        {QStringLiteral("directory"), directoryJson(d)},
        {QStringLiteral("dcDiscovery"), discoveryJson(d)},
        {QStringLiteral("kerberos"), kerberosJson(d)},
        {QStringLiteral("scp"), scpJson(d)},
        {QStringLiteral("computer"), computerJson(d)},
        {QStringLiteral("tenantCheck"), tenantCheckJson(tenantCheck)},
        {QStringLiteral("steps"), stepArray},
        {QStringLiteral("checkedAt"), d.checkedAt.toString(Qt::ISODate)},
        {QStringLiteral("language"), lang.isoCode()},
        {QStringLiteral("joinDoctorVersion"), joinDoctorVersion()},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString directoryReportText(const DirectoryFacts &d, const QList<CheckResult> &steps,
                            const Language &lang)
{
    QString out;
    QTextStream s(&out);
    const EvidenceList lines =
        directoryConnectionEvidence(d) + scpEvidence(d) + computerEvidence(d);
    for (const Evidence &e : lines) {
        s << (e.field + u':').leftJustified(28) << ' ' << e.value << '\n';
    }
    for (const CheckResult &r : steps) {
        s << '\n'
          << lang.tr(reportText(QT_TRANSLATE_NOOP("Report", "Step %1"))).arg(r.step) << ": "
          << lang.tr(stepInfo(r.step).title) << "  " << stepResultText(r, lang);
    }
    s.flush();
    return out;
}

} // namespace

int runDirectoryCommand(const QStringList &arguments, const Language &lang)
{
    DirectoryOptions options;
    const QString error = parseDirectoryOptions(arguments, lang, &options);
    if (!error.isEmpty()) {
        writeError(error);
        return ExitUsageOrInput;
    }
    setUpLogging(options.verbose, lang);
    Facts facts;
    facts.sourceName = QStringLiteral("directory");
    facts.directory = probeDirectory(options.settings, CancelToken());
    const auto &scp = facts.directory->readout.scp;
    if (options.checkTenant && scp.found && scp.hasAzureAdName && !scp.azureAdName.empty()) {
        facts.tenantCheck =
            checkTenantName(qs(scp.azureAdName), options.tenantProbe, options.openidUrl);
    }
    const QList<CheckResult> steps{TenantDiscoveryCheck().run(facts, CancelToken()),
                                   ComputerCertificateCheck().run(facts, CancelToken())};
    writeStdout(options.format == ReportFormat::Json
                    ? directoryReportJson(*facts.directory, facts.tenantCheck, steps, lang)
                    : directoryReportText(*facts.directory, steps, lang).toUtf8());
    for (const CheckResult &r : steps) {
        if (r.status != StepStatus::Passed) {
            return ExitProblem;
        }
    }
    return ExitHealthy;
}

} // namespace jd
