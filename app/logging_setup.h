#pragma once
// Sets up the named loggers: one rotating file in the user's app-data folder for all of them,
// plus stderr with --verbose. Qt's own messages go to the "app" logger.

#include <QString>

namespace jd {

// Returns the log file path, or an empty string when no log file could be opened.
QString setUpLogging(bool verbose);

} // namespace jd
