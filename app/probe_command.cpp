#include "probe_command.h"

#include "exit_codes.h"
#include "logging_setup.h"
#include "output.h"
#include "probe_options.h"
#include "probes/endpoint_probe.h"
#include "probes/system_proxy.h"
#include "report/report_labels.h"
#include "report/report_renderers.h"
#include "steps/step2_probe_result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

struct ProbeOptions
{
    ProbeSettings settings;
    ReportFormat format = ReportFormat::Text;
    bool verbose = false;
};

// Parses the probe's own options; returns an error message (translated) or an empty string.
QString parseProbeOptions(const QStringList &arguments, const Language &lang, ProbeOptions *options)
{
    auto text = [&lang](const char *source) {
        return lang.tr(c(source));
    };
    QCommandLineParser parser;
    const QCommandLineOption probe(QStringLiteral("probe-connectivity"));
    const QCommandLineOption cloud(QStringLiteral("cloud"), QString(), QStringLiteral("cloud"),
                                   QStringLiteral("global"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QString(), QStringLiteral("name"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), QString(),
                                      QStringLiteral("kind=url"));
    const QCommandLineOption proxy(QStringLiteral("proxy"), QString(), QStringLiteral("url"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QString(), QStringLiteral("pem"));
    const QCommandLineOption issuer(QStringLiteral("expect-issuer"), QString(),
                                    QStringLiteral("text"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"), QString(), QStringLiteral("ms"),
                                     QStringLiteral("10000"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("format"),
                                    QStringLiteral("text"));
    const QCommandLineOption language(QStringLiteral("lang"), QString(), QStringLiteral("lang"));
    const QCommandLineOption verbose(QStringLiteral("verbose"));
    parser.addOptions({probe, cloud, tenant, endpoint, proxy, caFile, issuer, timeout, format,
                       language, verbose});
    if (!parser.parse(arguments)) {
        return parser.errorText();
    }
    if (!parser.positionalArguments().isEmpty()) {
        return text(QT_TRANSLATE_NOOP("Cli", "--probe-connectivity takes no file."));
    }
    ProbeSettings &s = options->settings;
    options->verbose = parser.isSet(verbose);
    if (QString e = parseProbeFormat(parser.value(format), lang, &options->format); !e.isEmpty()) {
        return e;
    }
    const auto cloudId = cloudFromId(parser.value(cloud).toLower());
    if (!cloudId) {
        return lang
            .tr(c(QT_TRANSLATE_NOOP("Cli", "Unknown cloud \"%1\"; use global, usgov or china.")))
            .arg(parser.value(cloud));
    }
    const QString tenantName = parser.value(tenant).trimmed();
    static const QRegularExpression guid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (guid.match(tenantName).hasMatch()) {
        s.tenantId = tenantName.toLower();
    }
    bool ok = false;
    const int ms = parser.value(timeout).toInt(&ok);
    if (!ok || ms < 100 || ms > 600000) {
        return text(QT_TRANSLATE_NOOP("Cli", "--timeout-ms takes a number from 100 to 600000."));
    }
    s.timeout = std::chrono::milliseconds(ms);
    s.expectedIssuer = parser.value(issuer);

    if (parser.isSet(endpoint)) {
        // Explicit endpoints replace the cloud's list, each keeping its kind's validation.
        for (const QString &spec : parser.values(endpoint)) {
            const qsizetype eq = spec.indexOf(u'=');
            const auto kind = eq > 0 ? endpointKindFromId(spec.left(eq).trimmed()) : std::nullopt;
            const QUrl url(spec.mid(eq + 1).trimmed(), QUrl::StrictMode);
            if (!kind || !url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
                return lang
                    .tr(c(QT_TRANSLATE_NOOP(
                        "Cli", "Bad --endpoint \"%1\": use KIND=URL with KIND one of login, "
                               "device-login, drs-discovery, autologon, openid-configuration.")))
                    .arg(spec);
            }
            s.endpoints.append({*kind, url});
        }
    } else {
        s.endpoints = cloudEndpoints(*cloudId, tenantName);
    }

    const QString proxyValue = parser.value(proxy).trimmed();
    if (proxyValue.isEmpty()) {
        // Without --proxy: the WinHTTP default proxy, as SYSTEM uses it (Windows), else direct.
        if (const auto system = readSystemWinHttpProxy()) {
            s.proxy = system->proxy;
            s.bypass = system->bypass;
        }
    } else if (proxyValue.compare(QStringLiteral("direct"), Qt::CaseInsensitive) != 0) {
        QUrl proxyUrl(proxyValue.contains(QStringLiteral("://"))
                          ? proxyValue
                          : QStringLiteral("http://") + proxyValue);
        if (!proxyUrl.isValid() || proxyUrl.host().isEmpty() || proxyUrl.scheme() != u"http") {
            return lang
                .tr(c(QT_TRANSLATE_NOOP("Cli",
                                        "Bad --proxy \"%1\": use http://HOST:PORT or direct.")))
                .arg(proxyValue);
        }
        s.proxy = proxyUrl;
    }
    if (parser.isSet(caFile)) {
        if (QString e = readCaFile(parser.value(caFile), lang, &s.extraCaCertificates);
            !e.isEmpty()) {
            return e;
        }
    }
    return {};
}

QByteArray probeJson(const ProbeOptions &o, const QList<EndpointResult> &results,
                     const CheckResult &step, const Language &lang)
{
    QJsonArray endpoints;
    for (const EndpointResult &r : results) {
        QJsonObject e{
            {QStringLiteral("kind"), endpointKindId(r.kind)},
            {QStringLiteral("url"), r.url.toString()},
            {QStringLiteral("cause"), probeCauseId(r.cause)},
            {QStringLiteral("httpStatus"), r.httpStatus ? QJsonValue(r.httpStatus) : QJsonValue()},
            {QStringLiteral("tlsIssuer"),
             r.tlsIssuer.isEmpty() ? QJsonValue() : QJsonValue(r.tlsIssuer)},
            {QStringLiteral("elapsedMs"), r.elapsedMs},
            {QStringLiteral("detail"), r.detail}};
        if (!r.tenantId.isEmpty()) {
            e.insert(QStringLiteral("tenantId"), r.tenantId);
        }
        endpoints.append(e);
    }
    const QJsonObject root{{QStringLiteral("proxy"),
                            o.settings.proxy ? o.settings.proxy->toString(QUrl::RemoveUserInfo)
                                             : QStringLiteral("direct")},
                           {QStringLiteral("timeoutMs"), qint64(o.settings.timeout.count())},
                           {QStringLiteral("endpoints"), endpoints},
                           {QStringLiteral("step"), stepJsonObject(step, lang)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString probeText(const ProbeOptions &o, const QList<EndpointResult> &results,
                  const CheckResult &step, const Language &lang)
{
    QString out;
    QTextStream s(&out);
    s << lang.tr(c(QT_TRANSLATE_NOOP("Cli", "Proxy:"))) << ' '
      << (o.settings.proxy ? o.settings.proxy->toString(QUrl::RemoveUserInfo)
                           : QStringLiteral("direct"))
      << "\n\n";
    for (const EndpointResult &r : results) {
        s << endpointKindId(r.kind).leftJustified(22) << probeCauseId(r.cause).leftJustified(20)
          << QStringLiteral("%1 ms").arg(r.elapsedMs).rightJustified(8) << "  " << r.url.toString()
          << '\n'
          << QString(44, u' ') << r.detail;
        if (!r.tlsIssuer.isEmpty()) {
            s << " | " << r.tlsIssuer;
        }
        s << '\n';
    }
    s << '\n' << stepResultText(step, lang);
    s.flush();
    return out;
}

} // namespace

int runProbeCommand(const QStringList &arguments, const Language &lang)
{
    ProbeOptions options;
    const QString error = parseProbeOptions(arguments, lang, &options);
    if (!error.isEmpty()) {
        writeError(error);
        return ExitUsageOrInput;
    }
    setUpLogging(options.verbose, lang);
    ConnectivityProbe probe;
    QObject::connect(&probe, &ConnectivityProbe::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit, Qt::QueuedConnection);
    probe.start(options.settings);
    QCoreApplication::exec();

    const CheckResult step = connectivityStepResult(probe.results(), options.settings.proxy);
    writeStdout(options.format == ReportFormat::Json
                    ? probeJson(options, probe.results(), step, lang)
                    : probeText(options, probe.results(), step, lang).toUtf8());
    return step.status == StepStatus::Passed ? ExitHealthy : ExitProblem;
}

} // namespace jd
