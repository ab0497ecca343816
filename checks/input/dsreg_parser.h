#pragma once
// Parser for the text of `dsregcmd /status` (and `/debug` traces), tolerant of what real pastes
// look like: fragments, missing or reordered sections, re-indented or left-aligned lines (older
// builds), console line wraps, e-mail quoting, HTML from forum and ticket pages, Markdown, comment
// markers, prompts and chatter in any language around the output, and notes typed after a value.

#include "input/dsreg_document.h"
#include "input/input_problem.h"

namespace jd {

struct ParseOutcome
{
    DsregDocument document;
    InputProblem problem; // NotDsregcmd when the text holds no dsregcmd fields
};

ParseOutcome parseDsregStatus(const QString &text);

// The value without a note typed after it ("NO   <-- here"), trimmed.
QString stripAnnotation(const QString &value);

} // namespace jd
