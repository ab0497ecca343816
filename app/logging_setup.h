#pragma once
// Sets up the named loggers: one rotating file in the user's app-data folder for all of them,
// plus stderr with --verbose. Qt's own messages go to the "app" logger.

#include "core/language.h"

#include <QString>

namespace jd {

// Returns the log file path, or an empty string when no log file could be opened. `lang` is the
// language of the one line printed if the log file later cannot be written.
QString setUpLogging(bool verbose, const Language &lang);

} // namespace jd
