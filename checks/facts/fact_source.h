#pragma once
// Where the facts come from: this computer (live), a saved capture file, pasted text, or a
// built-in demo. The checks never see which; the source only loads and parses.

#include "core/cancel_token.h"
#include "core/tr_text.h"
#include "facts/facts.h"
#include "input/input_problem.h"

#include <memory>
#include <QByteArray>
#include <QString>

namespace jd {

struct FactSource
{
    enum class Kind
    {
        Live,
        Capture,
        Paste,
        Demo
    };
    Kind kind = Kind::Demo;
    QString name;      // file path for Capture, demo name for Demo
    QByteArray pasted; // the text for Paste

    static FactSource live() { return {Kind::Live, {}, {}}; }
    static FactSource capture(const QString &path) { return {Kind::Capture, path, {}}; }
    static FactSource paste(const QString &text) { return {Kind::Paste, {}, text.toUtf8()}; }
    static FactSource demo(const QString &name) { return {Kind::Demo, name, {}}; }

    // Untranslated label for logs: "live", "demo: vpn-user", "capture: x.txt", …
    QString label() const;
    // The same for people, in their language (the footer of every page): "this computer", …
    TrText displayLabel() const;
};

struct CaptureBundle;

struct LoadedFacts
{
    std::shared_ptr<const Facts> facts; // null when the input was refused
    QString encoding;
    InputProblem problem;
    // What the facts were read from, as a bundle (for "Save capture"); set for every source.
    std::shared_ptr<const CaptureBundle> bundle;
};

// Whether this build can read the live state of this computer, and if not, why (untranslated).
bool liveSourceAvailable(TrText *reason = nullptr);

// Reads and parses a capture, pasted text or a demo (this computer: loadThisComputer() in
// live_collector.h). Blocking (file I/O); call it off the GUI thread.
LoadedFacts loadFacts(const FactSource &source, const CancelToken &cancel);

// The same for bytes already in memory.
LoadedFacts parseFacts(const QByteArray &bytes, const QString &sourceName);

} // namespace jd
