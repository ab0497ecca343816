#include "steps/check_support.h"

#include "steps/error_catalogue.h"
#include "steps/prt_network.h"

namespace jd {

EvidenceList fieldEvidence(const Facts &facts, std::initializer_list<const char *> keys)
{
    EvidenceList list;
    for (const char *key : keys) {
        if (const DsregField *f = facts.document.find(QLatin1StringView(key))) {
            list.append(evidenceOf(*f));
        }
    }
    return list;
}

QString fieldValue(const Facts &facts, const char *key,
                   std::initializer_list<const char *> sections)
{
    const DsregField *f = facts.document.find(QLatin1StringView(key), sections);
    return f ? f->value : QString();
}

EvidenceList joinStateEvidence(const Facts &facts)
{
    return fieldEvidence(facts, {"AzureAdJoined", "DomainJoined", "DomainName", "WorkplaceJoined"});
}

bool hybridStepsApply(JoinType type)
{
    return type == JoinType::Hybrid || type == JoinType::DomainOnly || type == JoinType::Unknown;
}

TrText joinTypeDescription(JoinType type)
{
    switch (type) {
    case JoinType::AzureAdJoined:
        return checksText(QT_TRANSLATE_NOOP(
            "Checks",
            "This device is Azure AD joined (cloud only) and not joined to an on-premises "
            "domain, so the hybrid join steps do not apply to it."));
    case JoinType::RegisteredOnly:
        return checksText(QT_TRANSLATE_NOOP(
            "Checks", "This device is only Azure AD registered (a work account was added) and not "
                      "joined to a domain, so the hybrid join steps do not apply to it."));
    case JoinType::Workgroup:
        return checksText(QT_TRANSLATE_NOOP(
            "Checks",
            "This device is in a workgroup: it is neither joined to a domain nor to Azure "
            "AD, so hybrid join does not apply. It must first be joined to the "
            "on-premises domain if it is meant to be hybrid joined."));
    case JoinType::Hybrid:
        return checksText(QT_TRANSLATE_NOOP(
            "Checks", "This device is hybrid Azure AD joined: joined to the on-premises domain and "
                      "registered in Azure AD."));
    case JoinType::DomainOnly:
        return checksText(QT_TRANSLATE_NOOP(
            "Checks", "This device is joined to the on-premises domain but not (yet) to Azure AD: "
                      "the hybrid join has not completed."));
    case JoinType::Unknown:
        break;
    }
    return checksText(QT_TRANSLATE_NOOP(
        "Checks", "The join state cannot be told from the input (the Device State section is "
                  "missing or incomplete)."));
}

namespace {
int phaseRank(const QString &phase)
{
    static const QStringList order = {QStringLiteral("pre-check"), QStringLiteral("discover"),
                                      QStringLiteral("auth"), QStringLiteral("join")};
    return int(order.indexOf(phase.trimmed().toLower()));
}
} // namespace

bool lastAttemptGotPast(const Facts &facts, const char *phase)
{
    const int reached = phaseRank(facts.lastRegistration.errorPhase);
    return facts.lastRegistration.present && reached >= 0 &&
           reached > phaseRank(QString::fromLatin1(phase));
}

CheckResult notApplicableResult(const ResultCodeDef &def, const Facts &facts)
{
    return makeResult(def, joinStateEvidence(facts), {joinTypeDescription(facts.joinType)});
}

CheckResult withDirectoryNote(CheckResult result, const Facts &facts)
{
    if (!facts.directory && result.status != StepStatus::Passed &&
        result.status != StepStatus::NotApplicable) {
        result.details.append(checksText(QT_TRANSLATE_NOOP(
            "Checks", "Active Directory itself was not read here; JoinDoctor reads it when it "
                      "checks this computer on the company network or VPN.")));
    }
    return result;
}

bool containsAny(const QStringList &codes, std::initializer_list<const char *> wanted)
{
    for (const char *code : wanted) {
        if (codes.contains(QString::fromLatin1(code), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QStringList httpErrorCodes(const QString &httpError)
{
    // WinHTTP errors may be written by name (ERROR_WINHTTP_TIMEOUT): judged as their HRESULT.
    if (const int winHttp = winHttpErrorNumber(httpError)) {
        return {QStringLiteral("0x8007%1").arg(winHttp, 4, 16, QLatin1Char('0'))};
    }
    return findErrorCodes(httpError);
}

QStringList registrationErrorCodes(const Facts &facts)
{
    QStringList codes;
    auto add = [&codes](const QStringList &more) {
        for (const QString &c : more) {
            if (!codes.contains(c)) {
                codes.append(c);
            }
        }
    };
    for (const TestFact *test : {&facts.adConnectivity, &facts.adConfiguration, &facts.drsDiscovery,
                                 &facts.drsConnectivity, &facts.tokenAcquisition}) {
        if (test->failed()) {
            add(test->value.codes);
        }
    }
    const RegistrationAttempt &reg = facts.lastRegistration;
    if (reg.present) {
        add(findErrorCodes(reg.clientErrorCode));
        add(httpErrorCodes(reg.httpError));
        add(findErrorCodes(reg.serverMessage));
        add(findAadstsCodes(reg.serverMessage));
    }
    return codes;
}

int stepOfLastRegistrationError(const Facts &facts)
{
    const RegistrationAttempt &reg = facts.lastRegistration;
    if (!reg.present) {
        return 0;
    }
    const QString message = reg.serverMessage;
    // A DirectoryError whose message names an unknown tenant is a wrong SCP, not a sync delay.
    if (message.contains(QStringLiteral("AADSTS90002")) ||
        (message.contains(QStringLiteral("tenant"), Qt::CaseInsensitive) &&
         message.contains(QStringLiteral("not found"), Qt::CaseInsensitive))) {
        return 1;
    }
    // The pre-check phase is about reaching a domain controller, whatever code it carries.
    if (reg.errorPhase == u"pre-check") {
        return 3;
    }
    // A transport error under the request (0x8007000d: the proxy answered with its own page)
    // is the connection's, whatever the client code on top says, unless the service answered.
    if (!httpErrorCodes(reg.httpError).isEmpty() && reg.serverErrorCode.isEmpty() &&
        reg.httpsStatus.isEmpty()) {
        return 2;
    }
    if (const ErrorCodeInfo *info = lookupErrorCode(reg.clientErrorCode)) {
        return info->step;
    }
    if (reg.serverErrorCode.contains(QStringLiteral("DirectoryError"), Qt::CaseInsensitive) ||
        reg.serverErrorCode.contains(QStringLiteral("AuthenticationError"), Qt::CaseInsensitive)) {
        return 4;
    }
    if (reg.errorPhase == u"discover" || reg.errorPhase == u"auth") {
        return 2;
    }
    if (reg.errorPhase == u"join") {
        return 5;
    }
    return 0;
}

QList<TrText> lastRegistrationDetails(const Facts &facts)
{
    const RegistrationAttempt &reg = facts.lastRegistration;
    if (!reg.present) {
        return {};
    }
    QList<TrText> details;
    const QString when = reg.time.isValid()
                             ? reg.time.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                             : QStringLiteral("?");
    const QString phase = reg.errorPhase.isEmpty() ? QStringLiteral("?") : reg.errorPhase;
    const QString code = reg.clientErrorCode.isEmpty() ? QStringLiteral("?") : reg.clientErrorCode;
    details.append(
        checksText(QT_TRANSLATE_NOOP("Checks", "The last registration attempt (%1) failed in the "
                                               "\"%2\" phase with error %3."))
            .with({when, phase, code}));
    if (!reg.serverErrorCode.isEmpty() || !reg.serverMessage.isEmpty()) {
        details.append(checksText(QT_TRANSLATE_NOOP("Checks", "The service answered: %1 %2"))
                           .with({reg.serverErrorCode, reg.serverMessage}));
    }
    if (!httpErrorCodes(reg.httpError).isEmpty()) {
        details.append(
            checksText(QT_TRANSLATE_NOOP("Checks", "Under the request the connection itself failed "
                                                   "(HTTP Error %1)."))
                .with({reg.httpError}));
    }
    return details;
}

} // namespace jd
