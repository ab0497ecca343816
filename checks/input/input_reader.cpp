#include "input/input_reader.h"

#include <QFile>
#include <QFileInfo>

namespace jd {

namespace {

InputProblem tooLarge(qint64 maxBytes)
{
    TrText text = checksText(QT_TRANSLATE_NOOP(
        "Checks", "The input is larger than %1 MiB; a dsregcmd /status output is much smaller. "
                  "Save only the output of dsregcmd /status."));
    return {InputProblemKind::TooLarge, text.with({QString::number(maxBytes / (1024 * 1024))})};
}

} // namespace

RawInput readInputFile(const QString &path, qint64 maxBytes)
{
    RawInput input;
    input.sourceName = path;
    const QFileInfo info(path);
    if (info.isDir()) {
        input.problem = {
            InputProblemKind::Unreadable,
            checksText(QT_TRANSLATE_NOOP("Checks", "%1 is a folder, not a file.")).with({path})};
        return input;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        input.problem = {InputProblemKind::Unreadable,
                         checksText(QT_TRANSLATE_NOOP("Checks", "Cannot open %1: %2."))
                             .with({path, file.errorString()})};
        return input;
    }
    // Regular files announce their size; devices and pipes (size 0) are read with the cap below.
    if (file.size() > maxBytes) {
        input.problem = tooLarge(maxBytes);
        return input;
    }
    input.bytes = file.read(maxBytes + 1);
    if (input.bytes.size() > maxBytes) {
        input.bytes.clear();
        input.problem = tooLarge(maxBytes);
    } else if (file.error() != QFileDevice::NoError) {
        input.bytes.clear();
        input.problem = {InputProblemKind::Unreadable,
                         checksText(QT_TRANSLATE_NOOP("Checks", "Cannot read %1: %2."))
                             .with({path, file.errorString()})};
    }
    return input;
}

RawInput readInputStream(std::FILE *stream, const QString &sourceName, qint64 maxBytes)
{
    RawInput input;
    input.sourceName = sourceName;
    char buffer[64 * 1024];
    while (true) {
        const size_t n = std::fread(buffer, 1, sizeof buffer, stream);
        if (n > 0) {
            input.bytes.append(buffer, static_cast<qsizetype>(n));
            if (input.bytes.size() > maxBytes) {
                // Stop reading at once: an endless stream must not be drained.
                input.bytes.clear();
                input.problem = tooLarge(maxBytes);
                return input;
            }
        }
        if (n < sizeof buffer) {
            if (std::ferror(stream)) {
                input.bytes.clear();
                input.problem = {
                    InputProblemKind::Unreadable,
                    checksText(QT_TRANSLATE_NOOP("Checks", "Cannot read %1.")).with({sourceName})};
            }
            return input;
        }
    }
}

} // namespace jd
