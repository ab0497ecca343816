#pragma once
// Small helpers for the texts on the pages: labels that take plain text only (nothing from an
// input is ever read as rich text) and can be selected with the mouse and copied, and numbered
// "what to do" lists.

#include "language.h"

#include <QList>
#include <QString>

class QLabel;
class QWidget;

namespace jd {

QLabel *plainTextLabel(QWidget *parent, bool selectable = true);
QString numberedList(const QList<TrText> &items, const Language &language);

} // namespace jd
