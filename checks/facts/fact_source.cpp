#include "facts/fact_source.h"

#include "facts/bundle_facts.h"
#include "facts/capture_folder.h"
#include "input/capture_bundle.h"
#include "input/reg_export.h"

#include "facts/facts_builder.h"
#include "input/demo_captures.h"
#include "input/dsreg_parser.h"
#include "input/input_reader.h"
#include "input/text_decoder.h"

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

TrText FactSource::displayLabel() const
{
    switch (kind) {
    case Kind::Live:
        //: The source of the results in every page's footer: read from this device just now.
        return checksText(QT_TRANSLATE_NOOP("Checks", "this computer"));
    case Kind::Capture:
        return checksText(QT_TRANSLATE_NOOP("Checks", "file %1"))
            .with({QFileInfo(name).fileName()});
    case Kind::Paste:
        return checksText(QT_TRANSLATE_NOOP("Checks", "pasted text"));
    case Kind::Demo:
        break;
    }
    return checksText(QT_TRANSLATE_NOOP("Checks", "demo %1")).with({name});
}

bool liveSourceAvailable(TrText *reason)
{
#ifdef Q_OS_WIN
    Q_UNUSED(reason)
    return true;
#else
    if (reason) {
        *reason = checksText(QT_TRANSLATE_NOOP(
            "Checks", "Only available on Windows: this computer is not a Windows device."));
    }
    return false;
#endif
}

LoadedFacts parseFacts(const QByteArray &bytes, const QString &sourceName)
{
    LoadedFacts loaded;
    if (looksLikeCaptureBundle(bytes)) {
        auto bundle = parseCaptureBundle(bytes, &loaded.problem);
        if (!bundle) {
            return loaded;
        }
        loaded = factsFromBundle(*bundle, sourceName);
        loaded.bundle = std::make_shared<const CaptureBundle>(std::move(*bundle));
        return loaded;
    }
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
    // Any input can be saved as a capture: the text as it was understood.
    auto bundle = std::make_shared<CaptureBundle>();
    bundle->joinDoctorVersion = QStringLiteral(JOINDOCTOR_VERSION_STRING);
    bundle->set({QLatin1String(capture_item::kDsregcmd), true, QString(),
                 QStringLiteral("%1 (%2)").arg(sourceName, loaded.encoding),
                 decoded.text.toUtf8()});
    loaded.bundle = bundle;
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
        // Read by loadThisComputer() (live_collector.h): kept out of here, so that reading a
        // file never links the live collectors and the network libraries they need.
        TrText reason;
        liveSourceAvailable(&reason);
        loaded.problem = {InputProblemKind::Unreadable, reason};
        return loaded;
    }
    case FactSource::Kind::Capture:
        if (QFileInfo(source.name).isDir()) {
            return loadCaptureFolder(source.name, cancel);
        }
        // Capture bundles hold event logs and JoinDoctor's log besides dsregcmd's output.
        input = readInputFile(source.name,
                              source.name.endsWith(QLatin1String(".jdcapture"), Qt::CaseInsensitive)
                                  ? kMaxCaptureBundleBytes
                                  : kMaxInputBytes);
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
