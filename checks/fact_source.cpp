#include "fact_source.h"

#include "capture_folder.h"
#include "reg_export.h"

#include "demo_captures.h"
#include "dsreg_parser.h"
#include "facts_builder.h"
#include "input_reader.h"
#include "text_decoder.h"

#include <QFileInfo>

namespace jd {

QString FactSource::label() const
{
    switch (kind) {
    case Kind::Live:
        return QStringLiteral("live");
    case Kind::Capture:
        return QStringLiteral("capture: ") + QFileInfo(name).fileName();
    case Kind::Paste:
        return QStringLiteral("pasted text");
    case Kind::Demo:
        break;
    }
    return QStringLiteral("demo: ") + name;
}

bool liveSourceAvailable(TrText *reason)
{
    // The live Windows source (dsregcmd, registry, WinHTTP, LDAP) is read by the Windows platform
    // layer; until that layer is linked in, no build reads this computer.
    if (reason) {
#ifdef Q_OS_WIN
        *reason = checksText(QT_TRANSLATE_NOOP(
            "Checks", "Reading this computer directly is not part of this version yet; run "
                      "dsregcmd /status and open its output instead."));
#else
        *reason = checksText(QT_TRANSLATE_NOOP(
            "Checks", "Only available on Windows: this computer is not a Windows device."));
#endif
    }
    return false;
}

LoadedFacts parseFacts(const QByteArray &bytes, const QString &sourceName)
{
    LoadedFacts loaded;
    const DecodedText decoded = decodeText(bytes);
    if (decoded.problem) {
        loaded.problem = decoded.problem;
        return loaded;
    }
    if (looksLikeRegExport(decoded.text)) {
        loaded.problem = {InputProblemKind::NotDsregcmd,
                          checksText(QT_TRANSLATE_NOOP(
                              "Checks", "This is a registry export, not dsregcmd /status output. "
                                        "Put both in one folder and open the folder."))};
        return loaded;
    }
    ParseOutcome parsed = parseDsregStatus(decoded.text);
    if (parsed.problem) {
        loaded.problem = parsed.problem;
        return loaded;
    }
    loaded.encoding = encodingName(decoded.encoding);
    loaded.facts =
        std::make_shared<const Facts>(buildFacts(std::move(parsed.document), sourceName));
    return loaded;
}

LoadedFacts loadFacts(const FactSource &source, const CancelToken &cancel)
{
    LoadedFacts loaded;
    RawInput input;
    switch (source.kind) {
    case FactSource::Kind::Live: {
        TrText reason;
        liveSourceAvailable(&reason);
        loaded.problem = {InputProblemKind::Unreadable, reason};
        return loaded;
    }
    case FactSource::Kind::Capture:
        if (QFileInfo(source.name).isDir()) {
            return loadCaptureFolder(source.name, cancel);
        }
        input = readInputFile(source.name);
        break;
    case FactSource::Kind::Paste:
        input.bytes = source.pasted;
        if (input.bytes.size() > kMaxInputBytes) {
            input.bytes.clear();
            input.problem = {
                InputProblemKind::TooLarge,
                checksText(QT_TRANSLATE_NOOP(
                               "Checks", "The pasted text is larger than %1 MiB; paste only the "
                                         "output of dsregcmd /status."))
                    .with({QString::number(kMaxInputBytes / (1024 * 1024))})};
        }
        break;
    case FactSource::Kind::Demo:
        if (const auto bytes = demoCaptureBytes(source.name)) {
            input.bytes = *bytes;
        } else {
            input.problem = {
                InputProblemKind::UnknownDemo,
                checksText(QT_TRANSLATE_NOOP("Checks", "There is no demo called \"%1\"."))
                    .with({source.name})};
        }
        break;
    }
    if (input.problem) {
        loaded.problem = input.problem;
        return loaded;
    }
    if (cancel.isCancelled()) {
        return loaded;
    }
    return parseFacts(input.bytes, source.label());
}

} // namespace jd
