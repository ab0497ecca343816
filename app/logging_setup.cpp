#include "logging_setup.h"

#include "core/logging.h"
#include "core/tr_text.h"

#include <atomic>
#include <cstdio>
#include <QDir>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <vector>

namespace jd {

namespace {

void forwardQtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    auto logger = log::app();
    switch (type) {
    case QtDebugMsg:
        logger->debug("qt: {}", message);
        break;
    case QtInfoMsg:
        logger->info("qt: {}", message);
        break;
    case QtWarningMsg:
        logger->warn("qt: {}", message);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger->error("qt: {}", message);
        break;
    }
}

std::string g_logFailureText; // "%1" stands for spdlog's reason; set once before any logging

// A log that cannot be written (full disk) must not stop the tool or flood the terminal: say so
// once on stderr and go on.
void reportLogFailureOnce(const std::string &message)
{
    static std::atomic_flag reported = ATOMIC_FLAG_INIT;
    if (!reported.test_and_set()) {
        const QString line =
            QString::fromStdString(g_logFailureText).arg(QString::fromStdString(message)) + u'\n';
        std::fputs(line.toUtf8().constData(), stderr);
    }
}

// The log's path as spdlog opens it. On Windows a narrow name goes through the ANSI code page, so
// a profile folder such as C:\Users\Søren would not be found: the Windows builds give spdlog wide
// file names (SPDLOG_WCHAR_FILENAMES: cmake/cross_windows_deps.cmake for mingw-w64,
// cmake/vcpkg-triplets for MSVC).
#if defined(_WIN32) && !defined(SPDLOG_WCHAR_FILENAMES)
#error "spdlog without SPDLOG_WCHAR_FILENAMES: a log under a non-ASCII profile folder would fail"
#endif
spdlog::filename_t logFileName(const QString &path)
{
#if defined(_WIN32)
    return QDir::toNativeSeparators(path).toStdWString();
#else
    return QDir::toNativeSeparators(path).toStdString();
#endif
}

} // namespace

QString setUpLogging(bool verbose, const Language &lang)
{
    g_logFailureText = QStringLiteral("joindoctor: %1")
                           .arg(lang.tr(cliText(QT_TRANSLATE_NOOP(
                               "Cli", "The log file could not be written (%1); JoinDoctor goes "
                                      "on without it."))))
                           .toStdString();
    std::vector<spdlog::sink_ptr> sinks;
    QString path;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                        QStringLiteral("/logs");
    if (QDir().mkpath(dir)) {
        path = dir + QStringLiteral("/joindoctor.log");
        try {
            // 1 MiB per file, 3 old files kept: a ticket can carry the whole log.
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                logFileName(path), 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex &) {
            path.clear(); // read-only or full disk: go on without a log file
        }
    }
    if (verbose) {
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    }
    for (const char *name : {"app", "wizard", "checks", "net"}) {
        auto logger = log::get(name);
        logger->set_error_handler(reportLogFailureOnce);
        logger->sinks() = sinks;
        logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
        logger->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%n] [%l] %v");
        logger->flush_on(spdlog::level::info);
    }
    qInstallMessageHandler(forwardQtMessage);
    return path;
}

} // namespace jd
