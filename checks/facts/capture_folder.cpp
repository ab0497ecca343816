#include "facts/capture_folder.h"

#include "core/logging.h"
#include "facts/client_scp.h"
#include "input/input_reader.h"
#include "input/reg_export.h"
#include "input/text_decoder.h"

#include <QDir>

namespace jd {

LoadedFacts loadCaptureFolder(const QString &folder, const CancelToken &cancel)
{
    LoadedFacts loaded;
    const QDir dir(folder);
    const QFileInfoList files =
        dir.entryInfoList(QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDir::Name);
    if (files.size() > kMaxCaptureFiles) {
        loaded.problem = {
            InputProblemKind::TooLarge,
            checksText(QT_TRANSLATE_NOOP("Checks", "The folder %1 holds more than "
                                                   "%2 files; this is not a capture."))
                .with({folder, QString::number(kMaxCaptureFiles)})};
        return loaded;
    }
    ClientScpFacts clientScp;
    LoadedFacts dsreg;
    for (const QFileInfo &file : files) {
        if (cancel.isCancelled()) {
            return {};
        }
        const RawInput input = readInputFile(file.filePath());
        if (input.problem) {
            log::checks()->info("capture: skipped {} ({})", file.fileName(),
                                input.problem.message.source);
            continue;
        }
        const DecodedText decoded = decodeText(input.bytes);
        if (decoded.problem) {
            continue;
        }
        if (looksLikeRegExport(decoded.text)) {
            const ClientScpFacts scp =
                clientScpFromExport(parseRegExport(decoded.text), file.fileName());
            if (scp.read && !clientScp.present) {
                clientScp = scp;
            }
            continue;
        }
        if (!dsreg.facts) {
            LoadedFacts parsed = parseFacts(
                input.bytes, QStringLiteral("capture: ") + dir.dirName() + u'/' + file.fileName());
            if (parsed.facts) {
                dsreg = std::move(parsed);
            }
        }
    }
    if (!dsreg.facts) {
        loaded.problem = {InputProblemKind::NotDsregcmd,
                          checksText(QT_TRANSLATE_NOOP("Checks", "The folder %1 holds no dsregcmd "
                                                                 "/status output."))
                              .with({folder})};
        return loaded;
    }
    auto facts = std::make_shared<Facts>(*dsreg.facts);
    facts->clientScp = clientScp;
    loaded.facts = facts;
    loaded.encoding = dsreg.encoding;
    return loaded;
}

} // namespace jd
