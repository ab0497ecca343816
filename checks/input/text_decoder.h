#pragma once
// Turns the bytes of a pasted or saved dsregcmd output into text. Real files come as UTF-8 (with
// or without BOM), UTF-16LE from PowerShell 5.1 redirection (with or without BOM), UTF-16BE, or the
// console's OEM code page (850 on Danish Windows) or ANSI (1252) when cmd.exe redirected them.

#include "input/input_problem.h"

#include <QByteArray>
#include <QString>

namespace jd {

enum class TextEncoding
{
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Cp850,
    Cp1252
};

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
    InputProblem problem;
};

DecodedText decodeText(const QByteArray &bytes);
QString encodingName(TextEncoding encoding);

// The upper halves (0x80..0xFF) of the two single-byte code pages Windows uses for console output.
QString decodeCp850(const QByteArray &bytes);
QString decodeCp1252(const QByteArray &bytes);

} // namespace jd
