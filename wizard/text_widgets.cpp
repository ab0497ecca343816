#include "text_widgets.h"

#include <QLabel>
#include <QStringList>

namespace jd {

QLabel *plainTextLabel(QWidget *parent, bool selectable)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (selectable) {
        // By mouse only: text is no stop for Tab, which goes from control to control; a screen
        // reader reads the labels anyway, and "Copy details" copies the evidence.
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    return label;
}

QString numberedList(const QList<TrText> &items, const Language &language)
{
    QStringList lines;
    int n = 1;
    for (const TrText &item : items) {
        lines << QStringLiteral("%1. %2").arg(n++).arg(language.tr(item));
    }
    return lines.join(u'\n');
}

} // namespace jd
