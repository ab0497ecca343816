#include "remote_join_help.h"

#include "text_widgets.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextDocument>
#include <QVBoxLayout>

namespace jd {

RemoteJoinHelp::RemoteJoinHelp(QWidget *parent)
    : QWidget(parent), m_text(plainTextLabel(this)), m_commands(new QPlainTextEdit(this)),
      m_copy(new QPushButton(this))
{
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Both commands and the scroll bar under them, no more: the summary has little room.
    m_commands->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_commands->setFixedHeight(m_commands->fontMetrics().lineSpacing() * 2 +
                               int(m_commands->document()->documentMargin()) * 2 +
                               m_commands->frameWidth() * 2 +
                               m_commands->horizontalScrollBar()->sizeHint().height() + 2);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_commands);
    layout->addLayout(copyRow);
    setTabOrder(m_commands, m_copy);
    connect(m_copy, &QPushButton::clicked, this,
            [this]() { QGuiApplication::clipboard()->setText(m_commands->toPlainText()); });
    setVisible(false);
    retranslate();
}

void RemoteJoinHelp::showFor(const QString &code, const QStringList &commands)
{
    m_code = code;
    m_commands->setPlainText(commands.join(u'\n'));
    retranslate();
    setVisible(true);
}

void RemoteJoinHelp::retranslate()
{
    // Under the message that the rights were refused: who can do it instead, and how.
    const QString who =
        m_code.isEmpty()
            ? tr("Call the helpdesk or a technician.")
            : tr("Call the helpdesk or a technician and read them this code: %1.").arg(m_code);
    m_text->setText(who + u' ' +
                    tr("From their own desk they can start the registration on this computer "
                       "with one of these commands:"));
    m_commands->setAccessibleName(tr("Commands for the helpdesk"));
    m_copy->setText(tr("Copy commands"));
}

QWidget *RemoteJoinHelp::firstFocus() const
{
    return m_commands;
}

QWidget *RemoteJoinHelp::lastFocus() const
{
    return m_copy;
}

} // namespace jd
