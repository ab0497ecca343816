#pragma once
// Lays a visible page out once after a batch of changes instead of once per change. Showing a
// child of a visible widget makes Qt lay out the page and every window layout above it at once
// (QWidget::setVisible), so a page that shows five parts and sets their texts laid the whole
// wizard out five times, measuring every wrapped label again each time.

class QLayout;
class QWidget;

namespace jd {

class LayoutBatch
{
public:
    explicit LayoutBatch(QWidget *page);
    ~LayoutBatch();
    LayoutBatch(const LayoutBatch &) = delete;
    LayoutBatch &operator=(const LayoutBatch &) = delete;

private:
    QLayout *m_layout = nullptr;
};

} // namespace jd
