#pragma once
// Small helpers for the texts on the pages: labels that take plain text only (nothing from an
// input is ever read as rich text) and can be selected with the mouse and copied, and numbered
// "what to do" lists.

#include "core/language.h"

#include <QList>
#include <QString>

class QLabel;
class QWidget;

namespace jd {

QLabel *plainTextLabel(QWidget *parent, bool selectable = true);
// Makes a label selectable by mouse once the mouse first reaches it. A selectable label lays its
// text out as a whole text document at every width a layout asks about, which made turning to a
// page take tens of milliseconds; a plain label is cheap, and nobody can tell the difference.
void selectableOnceReached(QLabel *label);
QString numberedList(const QList<TrText> &items, const Language &language);

// The result codes in running text (S2-WINHTTP-PROXY-MISSING) with a word joiner (U+2060, not
// drawn) after each hyphen, so that a wrapped line never splits a code the helpdesk reads aloud.
QString keepCodesWhole(const QString &text);
QString withoutWordJoiners(QString text);

} // namespace jd
