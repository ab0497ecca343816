#include "fail_on_qt_warnings.h"

#include <gtest/gtest.h>
#include <QString>

namespace jd::test {

namespace {
void handler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // The test machine's own set-up, not ours.
    if (message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR"))) {
        return;
    }
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        ADD_FAILURE() << "Qt warning: " << message.toStdString();
    }
}
} // namespace

void failOnQtWarnings()
{
    qInstallMessageHandler(handler);
}

} // namespace jd::test
