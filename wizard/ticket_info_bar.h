#pragma once
// The line every page carries so a screenshot stands on its own in a ticket: device, source,
// date and time, JoinDoctor version.

#include <QLabel>

namespace jd {

class TicketInfoBar : public QLabel
{
    Q_OBJECT
public:
    explicit TicketInfoBar(QWidget *parent = nullptr);
    void setFacts(const QString &device, const QString &source, const QString &when);
    void retranslate();

private:
    QString m_device;
    QString m_source;
    QString m_when;
};

} // namespace jd
