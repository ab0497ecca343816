#include "ticket_info_bar.h"

#include "report/report_labels.h"
#include "text_widgets.h"

namespace jd {

TicketInfoBar::TicketInfoBar(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    selectableOnceReached(this);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    retranslate();
}

void TicketInfoBar::setFacts(const QString &device, const QString &source, const QString &when)
{
    m_device = device;
    m_source = source;
    m_when = when;
    retranslate();
}

void TicketInfoBar::retranslate()
{
    const QString none = QStringLiteral("\u2013");
    //: Footer on every page, for screenshots in tickets: device, source, time, version.
    setText(tr("Device: %1  |  Source: %2  |  %3  |  JoinDoctor %4")
                .arg(m_device.isEmpty() ? none : m_device, m_source.isEmpty() ? none : m_source,
                     m_when.isEmpty() ? none : m_when, joinDoctorVersion()));
    setAccessibleName(text());
}

} // namespace jd
