#include "facts/capture_runner.h"

namespace jd {

CaptureRunner captureRunnerOf(const Facts &facts)
{
    const QString context = facts.userContext.toUpper();
    if (facts.ranAsSystem || context.startsWith(u"SYSTEM")) {
        return CaptureRunner::System;
    }
    if (context.startsWith(u"UN-ELEVATED") || context.startsWith(u"UNELEVATED")) {
        return CaptureRunner::User;
    }
    if (context.startsWith(u"ELEVATED") || facts.trace.hint == TraceHint::RunNotElevated) {
        return CaptureRunner::ElevatedUser;
    }
    const DsregField *keyTest = facts.document.find(QStringLiteral("KeySignTest"));
    const QString value = keyTest ? keyTest->value.toUpper() : QString();
    if (value.contains(u"ELEVATED")) {
        return CaptureRunner::User; // "MUST Run elevated to test."
    }
    if (value.startsWith(u"PASS") || value.startsWith(u"FAIL")) {
        return CaptureRunner::ElevatedUser;
    }
    return CaptureRunner::Unknown;
}

} // namespace jd
