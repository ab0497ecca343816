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
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
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
