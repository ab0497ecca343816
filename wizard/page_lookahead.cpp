#include "page_lookahead.h"

#include <QEvent>
#include <QLayout>
#include <QWizard>
#include <QWizardPage>

namespace jd {

PageLookahead::PageLookahead(QWizard *wizard) : QObject(wizard), m_wizard(wizard)
{
    m_fallback.setSingleShot(true);
    m_fallback.setInterval(250);
    connect(&m_fallback, &QTimer::timeout, this, &PageLookahead::prepare);
    connect(wizard, &QWizard::currentIdChanged, this, &PageLookahead::schedule);
}

void PageLookahead::schedule()
{
    if (m_watched) {
        m_watched->removeEventFilter(this);
    }
    m_watched = m_wizard->currentPage();
    if (m_watched) {
        m_watched->installEventFilter(this);
        m_fallback.start();
    }
}

bool PageLookahead::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched && event->type() == QEvent::Paint) {
        m_watched->removeEventFilter(this);
        m_watched.clear();
        m_fallback.stop();
        // After this paint the frame goes out; the layout waits for the next turn of the loop.
        QTimer::singleShot(0, this, &PageLookahead::prepare);
    }
    return QObject::eventFilter(watched, event);
}

void PageLookahead::prepare()
{
    m_fallback.stop();
    QWizardPage *current = m_wizard->currentPage();
    QWizardPage *next = current ? m_wizard->page(m_wizard->nextId()) : nullptr;
    if (!next || next == current || next->isVisible() || !next->layout()) {
        return;
    }
    // At the size it will be shown at: all pages share the wizard's page area.
    next->resize(current->size());
    next->layout()->activate();
}

} // namespace jd
