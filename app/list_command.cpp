#include "list_command.h"

#include "exit_codes.h"
#include "input/demo_captures.h"
#include "output.h"
#include "report/report_labels.h"
#include "steps/error_catalogue.h"
#include "steps/result_codes.h"
#include "steps/step_check.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jd {

namespace {

TrText c(const char *source)
{
    return cliText(source);
}

QJsonArray translatedList(const QList<TrText> &texts, const Language &lang)
{
    QJsonArray array;
    for (const TrText &t : texts) {
        array.append(lang.tr(t));
    }
    return array;
}

QByteArray codesAsJson(const Language &lang)
{
    QJsonArray results;
    for (const ResultCodeDef *def : allResultCodes()) {
        results.append(QJsonObject{
            {QStringLiteral("code"), QString::fromLatin1(def->code)},
            {QStringLiteral("step"), def->step},
            {QStringLiteral("stepTitle"), lang.tr(stepInfo(def->step).title)},
            {QStringLiteral("status"), statusId(def->status)},
            {QStringLiteral("summary"), lang.tr(def->summary)},
            {QStringLiteral("explanation"), lang.tr(def->explanation)},
            {QStringLiteral("nextSteps"), translatedList(def->nextSteps, lang)},
        });
    }
    QJsonArray errors;
    for (const ErrorCodeInfo &info : errorCatalogue()) {
        errors.append(QJsonObject{
            {QStringLiteral("hex"), QString::fromLatin1(info.id)},
            {QStringLiteral("decimal"), decimalForm(info)},
            {QStringLiteral("name"), QString::fromLatin1(info.name)},
            {QStringLiteral("phase"), QString::fromLatin1(info.phase)},
            {QStringLiteral("step"), info.step},
            {QStringLiteral("meaning"), lang.tr(info.cause)},
            {QStringLiteral("fix"), lang.tr(info.fix)},
        });
    }
    const QJsonObject root{{QStringLiteral("language"), lang.isoCode()},
                           {QStringLiteral("resultCodes"), results},
                           {QStringLiteral("errorCodes"), errors}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString codesAsText(const Language &lang)
{
    QString out;
    out += lang.tr(c(QT_TRANSLATE_NOOP(
               "Cli", "JOINDOCTOR RESULT CODES (the code the user reads aloud)"))) +
           QStringLiteral("\n");
    int currentStep = 0;
    for (const ResultCodeDef *def : allResultCodes()) {
        if (def->step != currentStep) {
            currentStep = def->step;
            out += QStringLiteral("\n%1 %2: %3\n")
                       .arg(lang.tr(c(QT_TRANSLATE_NOOP("Cli", "Step"))),
                            QString::number(def->step), lang.tr(stepInfo(def->step).title));
        }
        out += QStringLiteral("  %1 [%2] %3\n")
                   .arg(QString::fromLatin1(def->code).leftJustified(30),
                        lang.tr(statusLabel(def->status)), lang.tr(def->summary));
        out += QStringLiteral("      %1\n").arg(lang.tr(def->explanation));
        for (const TrText &next : def->nextSteps) {
            out += QStringLiteral("      - %1\n").arg(lang.tr(next));
        }
    }
    out += QStringLiteral("\n") +
           lang.tr(
               c(QT_TRANSLATE_NOOP("Cli", "WINDOWS AND AZURE AD ERROR CODES JOINDOCTOR DECODES"))) +
           QStringLiteral("\n\n");
    for (const ErrorCodeInfo &info : errorCatalogue()) {
        const QString decimal = decimalForm(info);
        out += QStringLiteral("  %1%2  %3  [%4, %5 %6]\n")
                   .arg(QString::fromLatin1(info.id),
                        decimal.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(decimal),
                        QString::fromLatin1(info.name), QString::fromLatin1(info.phase),
                        lang.tr(c(QT_TRANSLATE_NOOP("Cli", "step"))), QString::number(info.step));
        out += QStringLiteral("      %1\n      %2 %3\n")
                   .arg(lang.tr(info.cause), lang.tr(c(QT_TRANSLATE_NOOP("Cli", "Fix:"))),
                        lang.tr(info.fix));
    }
    return out;
}

} // namespace

int runListCodesCommand(const CommandLine &cl, const Language &lang)
{
    if (cl.format == ReportFormat::Json) {
        writeStdout(codesAsJson(lang));
    } else {
        writeStdout(codesAsText(lang));
    }
    return ExitHealthy;
}

int runListDemosCommand(const Language &lang)
{
    QString out;
    for (const DemoCapture &demo : demoCaptures()) {
        out +=
            QStringLiteral("%1  %2\n")
                .arg(QString::fromLatin1(demo.name).leftJustified(20), lang.tr(demo.description));
    }
    writeStdout(out);
    return ExitHealthy;
}

} // namespace jd
