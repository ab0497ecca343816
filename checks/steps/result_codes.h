#pragma once
// Every result code JoinDoctor can show, in step order: the helpdesk code sheet.

#include "steps/check_result.h"

#include <QList>

namespace jd {

QList<const ResultCodeDef *> allResultCodes();

} // namespace jd
