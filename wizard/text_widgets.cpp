#include "text_widgets.h"

#include <QEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QStringList>

namespace jd {

namespace {
// Turns on selection at the first Enter (the I-beam shows in time) or press (touch, a mouse
// that was already there), then removes itself. The press is passed on, so it starts the
// selection as if the label had been selectable all along.
class SelectOnReach : public QObject
{
public:
    explicit SelectOnReach(QLabel *label) : QObject(label), m_label(label)
    {
        label->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label &&
            (event->type() == QEvent::Enter || event->type() == QEvent::MouseButtonPress)) {
            m_label->removeEventFilter(this);
            m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            deleteLater();
        }
        return false;
    }

private:
    QLabel *m_label;
};
} // namespace

void selectableOnceReached(QLabel *label)
{
    new SelectOnReach(label);
}

QLabel *plainTextLabel(QWidget *parent, bool selectable)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (selectable) {
        // By mouse only: text is no stop for Tab, which goes from control to control; a screen
        // reader reads the labels anyway, and "Copy details" copies the evidence.
        selectableOnceReached(label);
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

QString keepCodesWhole(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("\\bS\\d(?:-[A-Z0-9]+)+\\b"));
    QString out;
    qsizetype done = 0;
    for (QRegularExpressionMatchIterator it = code.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(done, m.capturedStart() - done);
        out += m.captured().replace(u'-', QStringLiteral("-") + QChar(0x2060));
        done = m.capturedEnd();
    }
    return out + text.mid(done);
}

QString withoutWordJoiners(QString text)
{
    return text.remove(QChar(0x2060));
}

} // namespace jd
