#pragma once
// Lays out the page after the current one while the user reads this one, so that Next only has
// to paint it. Laying out a page of wrapped text takes several milliseconds on a slow laptop and
// painting it as many again; both in one turn of the event loop is a stall the user can feel.

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWizard;

namespace jd {

class PageLookahead : public QObject
{
public:
    explicit PageLookahead(QWizard *wizard);
    // The next page (again) once the current one has been painted: call it when the pages'
    // contents change. Page changes schedule it by themselves.
    void schedule();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void prepare();

    QWizard *m_wizard;
    QPointer<QWidget> m_watched;
    QTimer m_fallback; // when the current page does not need painting again
};

} // namespace jd
