#pragma once
// A loop over every character or byte of an input, eight at a time with one loop test per
// eight. The per-character work in the decoder and the line tests is a table lookup; in the
// fuzzing build every loop test also calls into the coverage runtime, which then cost more than
// the work itself.

#include <QtGlobal>

namespace jd {

template <typename Body> inline void forEachIndex(qsizetype count, Body body)
{
    qsizetype i = 0;
    for (; i + 8 <= count; i += 8) {
        body(i);
        body(i + 1);
        body(i + 2);
        body(i + 3);
        body(i + 4);
        body(i + 5);
        body(i + 6);
        body(i + 7);
    }
    for (; i < count; ++i) {
        body(i);
    }
}

} // namespace jd
