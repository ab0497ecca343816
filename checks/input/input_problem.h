#pragma once
// Why an input could not be analysed. Every kind maps to exit code 2 and a one-line message.

#include "core/tr_text.h"

namespace jd {

enum class InputProblemKind
{
    None,
    Unreadable,  // the file could not be opened or read
    Empty,       // nothing but whitespace
    TooLarge,    // over the size cap
    Binary,      // not text
    NotDsregcmd, // text, but no dsregcmd /status fields in it
    UnknownDemo, // --demo with a name that is not built in
};

struct InputProblem
{
    InputProblemKind kind = InputProblemKind::None;
    TrText message; // one line, with the details as arguments

    explicit operator bool() const { return kind != InputProblemKind::None; }
};

} // namespace jd
