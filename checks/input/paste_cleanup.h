#pragma once
// Undoes what web pages, chat, e-mail, wikis and editors do to a console output pasted into them,
// so the parser sees the lines dsregcmd printed.

#include <QString>

namespace jd {

// Text taken from HTML (a forum post, a ticket system's source view): "<br/>" and block tags
// become line breaks, other tags go, and entities ("&gt;", "&amp;", "&#58;") are decoded. Text
// without any tag or entity is returned unchanged.
QString unwrapHtml(const QString &text);

// One line: non-breaking and invisible characters, e-mail quoting ("> "), bullets ("- ", "1. "),
// and comment markers put in front of every line ("# ", "// ", "REM ", ":: ").
QString normalisePastedLine(QString line);
// False when normalisePastedLine would return the line unchanged: plain ASCII without tabs,
// emphasis or a leading quote, comment or list marker. Most lines of dsregcmd's own output.
bool lineNeedsCleanup(QStringView line);

} // namespace jd
