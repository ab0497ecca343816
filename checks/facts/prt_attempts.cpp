#include "facts/prt_attempts.h"

namespace jd {

namespace {

QString firstCodeOf(const QString &value)
{
    const QStringList codes = findErrorCodes(value);
    return codes.isEmpty() ? value.trimmed() : codes.first();
}

PrtAttempt attemptFrom(const QList<const DsregField *> &fields)
{
    PrtAttempt attempt;
    static const QStringList evidenceKeys = [] {
        QStringList keys;
        for (const char *name :
             {"AcquirePrtDiagnostics", "RefreshPrtDiagnostics", "Previous Prt Attempt",
              "Attempt Status", "User Identity", "Credential Type", "Correlation ID",
              "Endpoint URI", "HTTP Method", "HTTP Error", "HTTP status", "Server Error Code",
              "Server Error Description"}) {
            keys.append(normaliseFieldKey(QString::fromLatin1(name)));
        }
        return keys;
    }();
    for (const DsregField *f : fields) {
        const QString &k = f->key;
        QString *target = nullptr;
        if (k == u"previousprtattempt") {
            attempt.time = parseUtcTimestamp(f->value);
        } else if (k == u"attemptstatus") {
            attempt.attemptStatus = firstCodeOf(f->value);
        } else if (k == u"useridentity") {
            target = &attempt.userIdentity;
        } else if (k == u"credentialtype") {
            target = &attempt.credentialType;
        } else if (k == u"endpointuri") {
            target = &attempt.endpointUri;
        } else if (k == u"httperror") {
            target = &attempt.httpError;
        } else if (k == u"httpstatus") {
            target = &attempt.httpStatus;
        } else if (k == u"servererrorcode") {
            target = &attempt.serverErrorCode;
        } else if (k == u"servererrordescription") {
            target = &attempt.serverErrorDescription;
        }
        if (target && target->isEmpty()) {
            *target = f->value;
        }
        if (evidenceKeys.contains(k)) {
            attempt.evidence.append(evidenceOf(*f));
        }
    }
    attempt.present = !attempt.attemptStatus.isEmpty() || !attempt.serverErrorCode.isEmpty() ||
                      !attempt.serverErrorDescription.isEmpty();
    return attempt;
}

} // namespace

PrtAttempts readPrtAttempts(const DsregDocument &document)
{
    // Each diagnostics block starts with its marker ("AcquirePrtDiagnostics : PRESENT") or, in a
    // paste without it, with its first attempt field.
    QList<QList<const DsregField *>> blocks;
    bool blockHasAttemptTime = false;
    for (const DsregSection &section : document.sections) {
        if (section.title != u"SSO State" && !section.title.isEmpty()) {
            continue;
        }
        for (const DsregField &field : section.fields) {
            const bool marker = field.key.endsWith(u"prtdiagnostics");
            const bool attemptTime = field.key == u"previousprtattempt";
            if (blocks.isEmpty() || marker || (attemptTime && blockHasAttemptTime)) {
                blocks.append(QList<const DsregField *>());
                blockHasAttemptTime = false;
            }
            blockHasAttemptTime = blockHasAttemptTime || attemptTime;
            blocks.last().append(&field);
        }
    }
    // A block is the Enterprise PRT's when it went to AD FS's token endpoint (the Azure AD PRT of a
    // federated user goes to AD FS's WS-Trust endpoints instead), or, without an endpoint, when
    // AD FS answered it (MSIS); the first other one is Azure AD's.
    PrtAttempts attempts;
    for (const auto &block : blocks) {
        PrtAttempt attempt = attemptFrom(block);
        if (!attempt.present) {
            continue;
        }
        const bool adfs =
            attempt.endpointUri.contains(QStringLiteral("/adfs/oauth2"), Qt::CaseInsensitive) ||
            (attempt.endpointUri.isEmpty() &&
             !findMsisCodes(attempt.serverErrorDescription + u' ' + attempt.serverErrorCode)
                  .isEmpty());
        PrtAttempt &target = adfs ? attempts.enterprise : attempts.azureAd;
        if (!target.present) {
            target = attempt;
        }
    }
    return attempts;
}

} // namespace jd
