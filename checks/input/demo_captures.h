#pragma once
// Built-in demo captures, compiled into resources: one dsregcmd /status output per typical
// failure, so the tool can be shown and tried without a broken device at hand.

#include "core/tr_text.h"

#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>

namespace jd {

struct DemoCapture
{
    const char *name; // stable id used on the command line, e.g. "proxy-blocks-system"
    TrText description;
};

const QList<DemoCapture> &demoCaptures();
std::optional<QByteArray> demoCaptureBytes(const QString &name);

} // namespace jd
