#include "status_view.h"

#include "text_widgets.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace jd {

QIcon statusIcon(StepStatus status, const QWidget *widget)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (status) {
    case StepStatus::Passed:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case StepStatus::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case StepStatus::Failed:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case StepStatus::Unknown:
        pixmap = QStyle::SP_MessageBoxQuestion;
        break;
    case StepStatus::NotApplicable:
    case StepStatus::NotRun:
        break;
    }
    return widget->style()->standardIcon(pixmap, nullptr, widget);
}

StatusView::StatusView(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_word(new QLabel(this)),
      m_codeCaption(new QLabel(this)), m_code(new QLabel(this))
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_word->setFont(big);
    m_word->setTextFormat(Qt::PlainText);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 2.0);
    mono.setBold(true);
    m_code->setFont(mono);
    m_code->setTextFormat(Qt::PlainText);
    selectableOnceReached(m_code);
    m_codeCaption->setTextFormat(Qt::PlainText);

    auto *codeColumn = new QVBoxLayout;
    codeColumn->addWidget(m_codeCaption);
    codeColumn->addWidget(m_code);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_icon);
    row->addWidget(m_word, 1);
    row->addLayout(codeColumn);
    setStatus(StepStatus::NotRun, QString(), QString());
    retranslate();
}

void StatusView::setStatus(StepStatus status, const QString &word, const QString &code)
{
    if (word.isEmpty()) {
        m_icon->clear(); // nothing to show yet: no icon is drawn for it
    } else {
        const int size = fontMetrics().height() * 3;
        m_icon->setPixmap(statusIcon(status, this).pixmap(size, size));
    }
    m_icon->setVisible(!word.isEmpty());
    m_icon->setAccessibleName(word);
    m_word->setText(word);
    m_word->setAccessibleName(word);
    m_code->setText(code);
    m_code->setAccessibleName(code);
    m_codeCaption->setVisible(!code.isEmpty());
    m_code->setVisible(!code.isEmpty());
}

void StatusView::retranslate()
{
    //: Caption above the large result code, e.g. "S2-PROXY-AUTH".
    m_codeCaption->setText(tr("Code for the helpdesk:"));
    m_code->setAccessibleDescription(tr("Read this code aloud to the helpdesk."));
}

QString StatusView::codeText() const
{
    return m_code->text();
}

QString StatusView::wordText() const
{
    return m_word->text();
}

} // namespace jd
