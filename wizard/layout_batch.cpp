#include "layout_batch.h"

#include <QLayout>
#include <QWidget>

namespace jd {

LayoutBatch::LayoutBatch(QWidget *page)
{
    // A hidden page is laid out when it is shown anyway; a nested batch leaves it to the outer.
    QLayout *layout = page->layout();
    if (page->isVisible() && layout && layout->isEnabled()) {
        layout->setEnabled(false);
        m_layout = layout;
    }
}

LayoutBatch::~LayoutBatch()
{
    if (m_layout) {
        m_layout->setEnabled(true);
        m_layout->invalidate();
        m_layout->activate(); // now: whoever looks next (a screenshot, a test) sees the new state
    }
}

} // namespace jd
