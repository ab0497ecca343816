#include "report/capture_trust.h"

#include "steps/check_support.h"

#include <algorithm>
#include <QJsonArray>

namespace jd {

namespace {

TrText r(const char *source)
{
    return reportText(source);
}

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

QString runnerId(CaptureRunner runner)
{
    switch (runner) {
    case CaptureRunner::System:
        return QStringLiteral("system");
    case CaptureRunner::ElevatedUser:
        return QStringLiteral("elevatedUser");
    case CaptureRunner::User:
        return QStringLiteral("user");
    case CaptureRunner::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

TrText runnerText(CaptureRunner runner)
{
    switch (runner) {
    case CaptureRunner::System:
        return r(QT_TRANSLATE_NOOP("Report", "taken as SYSTEM"));
    case CaptureRunner::ElevatedUser:
        return r(QT_TRANSLATE_NOOP("Report", "taken as administrator (elevated)"));
    case CaptureRunner::User:
        return r(QT_TRANSLATE_NOOP("Report", "taken as the signed-in user"));
    case CaptureRunner::Unknown:
        break;
    }
    return r(QT_TRANSLATE_NOOP("Report", "taken by an unknown account"));
}

// "3 days", "5 h", "12 min": no plural forms needed in either language.
QString ageText(qint64 seconds, const Language &lang)
{
    if (seconds >= 2 * kDay) {
        return lang.tr(r(QT_TRANSLATE_NOOP("Report", "%1 days"))).arg(seconds / kDay);
    }
    if (seconds >= 2 * kHour) {
        return lang.tr(r(QT_TRANSLATE_NOOP("Report", "%1 h"))).arg(seconds / kHour);
    }
    return lang.tr(r(QT_TRANSLATE_NOOP("Report", "%1 min"))).arg(std::max<qint64>(0, seconds / 60));
}

} // namespace

CaptureTrust captureTrustOf(const Facts &facts, const QDateTime &analysedAt)
{
    CaptureTrust trust;
    trust.runner = captureRunnerOf(facts);
    const Tri notRemote = parseYesNo(fieldValue(facts, "SessionIsNotRemote"));
    trust.remoteSession = notRemote == Tri::No    ? Tri::Yes
                          : notRemote == Tri::Yes ? Tri::No
                                                  : Tri::Unknown;
    trust.ageApplies = !facts.sourceName.startsWith(u"demo");
    if (facts.clientTime.isValid()) {
        trust.takenAt = facts.clientTime;
    } else if (facts.collectedAt.isValid()) {
        trust.takenAt = facts.collectedAt;
        trust.takenAtFromCapture = true;
    }
    if (trust.ageApplies && trust.takenAt.isValid() && analysedAt.isValid()) {
        trust.ageSeconds = trust.takenAt.secsTo(analysedAt);
    }

    switch (trust.runner) {
    case CaptureRunner::System:
        trust.limitations.append(r(QT_TRANSLATE_NOOP(
            "Report", "As SYSTEM, dsregcmd does not show the user's sign-in state (PRT, single "
                      "sign-on, Windows Hello), so step 6 cannot be judged from this output.")));
        break;
    case CaptureRunner::User:
        trust.limitations.append(r(QT_TRANSLATE_NOOP(
            "Report", "Without elevation, the key test (KeySignTest) and the pre-join tests "
                      "are not run, so their findings cannot appear.")));
        break;
    case CaptureRunner::ElevatedUser:
        trust.limitations.append(r(QT_TRANSLATE_NOOP(
            "Report", "Run elevated, WamDefaultSet can show an error the user does not have; "
                      "such an error is not judged.")));
        break;
    case CaptureRunner::Unknown:
        trust.limitations.append(r(QT_TRANSLATE_NOOP(
            "Report", "The output does not say who ran dsregcmd (no User Context), so whether "
                      "the sign-in state is the user's is not certain.")));
        break;
    }
    if (trust.remoteSession == Tri::Yes) {
        trust.limitations.append(r(QT_TRANSLATE_NOOP(
            "Report", "In a remote session Windows Hello is never set up, and the sign-in state "
                      "can differ from a sign-in at the computer itself.")));
    }
    if (trust.ageApplies && !trust.ageSeconds) {
        trust.limitations.append(r(QT_TRANSLATE_NOOP(
            "Report", "The output does not say when it was taken (no Client Time), so its age is "
                      "unknown and it is not compared with today's date.")));
    } else if (trust.ageSeconds && *trust.ageSeconds > kDay) {
        trust.limitations.append(r(QT_TRANSLATE_NOOP(
            "Report", "The output is more than a day old: the device may have changed since. "
                      "Take a new one to be sure.")));
    }
    return trust;
}

QString captureTrustLine(const CaptureTrust &trust, const Language &lang)
{
    QStringList parts{lang.tr(runnerText(trust.runner))};
    if (trust.remoteSession == Tri::Yes) {
        parts << lang.tr(r(QT_TRANSLATE_NOOP("Report", "in a remote session")));
    } else if (trust.remoteSession == Tri::No) {
        parts << lang.tr(r(QT_TRANSLATE_NOOP("Report", "at the computer (not remote)")));
    }
    if (!trust.ageApplies) {
        parts << lang.tr(r(QT_TRANSLATE_NOOP("Report", "from a built-in demo")));
    } else if (trust.ageSeconds) {
        parts << lang.tr(r(QT_TRANSLATE_NOOP("Report", "%1 before the analysis")))
                     .arg(ageText(*trust.ageSeconds, lang));
    } else {
        parts << lang.tr(r(QT_TRANSLATE_NOOP("Report", "at an unknown time")));
    }
    QString line = lang.tr(r(QT_TRANSLATE_NOOP("Report", "Output %1."))).arg(parts.join(u", "));
    return line;
}

QString captureTrustText(const CaptureTrust &trust, const Language &lang)
{
    QStringList lines{captureTrustLine(trust, lang)};
    for (const TrText &t : trust.limitations) {
        lines << QStringLiteral("- ") + lang.tr(t);
    }
    return lines.join(u'\n');
}

QJsonObject captureTrustJson(const CaptureTrust &trust, const Language &lang)
{
    QJsonArray limitations;
    for (const TrText &t : trust.limitations) {
        limitations.append(lang.tr(t));
    }
    return QJsonObject{
        {QStringLiteral("runAs"), runnerId(trust.runner)},
        {QStringLiteral("remoteSession"), trust.remoteSession == Tri::Unknown
                                              ? QJsonValue()
                                              : QJsonValue(trust.remoteSession == Tri::Yes)},
        {QStringLiteral("takenAt"), trust.takenAt.isValid()
                                        ? QJsonValue(trust.takenAt.toUTC().toString(Qt::ISODate))
                                        : QJsonValue()},
        {QStringLiteral("takenAtSource"), !trust.takenAt.isValid() ? QJsonValue()
                                          : trust.takenAtFromCapture
                                              ? QJsonValue(QStringLiteral("capture"))
                                              : QJsonValue(QStringLiteral("clientTime"))},
        {QStringLiteral("ageMinutes"),
         trust.ageSeconds ? QJsonValue(qint64(*trust.ageSeconds / 60)) : QJsonValue()},
        {QStringLiteral("summary"), captureTrustLine(trust, lang)},
        {QStringLiteral("limitations"), limitations},
    };
}

} // namespace jd
