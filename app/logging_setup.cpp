#include "logging_setup.h"

#include "logging.h"

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

} // namespace

QString setUpLogging(bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    QString path;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                        QStringLiteral("/logs");
    if (QDir().mkpath(dir)) {
        path = dir + QStringLiteral("/joindoctor.log");
        try {
            // 1 MiB per file, 3 old files kept: a ticket can carry the whole log.
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir::toNativeSeparators(path).toStdString(), 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex &) {
            path.clear(); // read-only or full disk: go on without a log file
        }
    }
    if (verbose) {
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    }
    for (const char *name : {"app", "wizard", "checks", "net"}) {
        auto logger = log::get(name);
        logger->sinks() = sinks;
        logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
        logger->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%n] [%l] %v");
        logger->flush_on(spdlog::level::info);
    }
    qInstallMessageHandler(forwardQtMessage);
    return path;
}

} // namespace jd
