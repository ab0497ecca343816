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
    // The offscreen platform has no window manager: raising a window or passing its size limits
    // on is a no-op there that it reports ("This plugin does not support raise()").
    if (message.startsWith(QStringLiteral("This plugin does not support "))) {
        return;
    }
#if defined(Q_OS_WIN)
    // Under Wine a child process's files close a moment after its end is reported, so a test's
    // temporary folder can still be in use when it is removed. A leftover temporary folder says
    // nothing about JoinDoctor.
    if (message.startsWith(QStringLiteral("QTemporaryDir: Unable to remove"))) {
        return;
    }
#endif
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
