#pragma once
// Runs something once a widget has been painted for the first time. `joindoctor
// --exit-after-first-paint` and the start-up baseline in bench/ quit there, so the start-up
// benchmark compares the same thing in both; the wizard defers work the first frame does not need
// (the window icon) to the same moment.

#include <functional>
#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>
#include <utility>

namespace jd {

class AfterFirstPaint : public QObject
{
public:
    // Owned by `widget`; `then` runs on the turn of the event loop after its first paint event.
    AfterFirstPaint(QWidget *widget, std::function<void()> then)
        : QObject(widget), m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            // After this paint event the frame is flushed; act on the next turn of the loop.
            QTimer::singleShot(0, this, std::exchange(m_then, {}));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

// Quits the application as soon as `widget` has been painted once.
class QuitAfterFirstPaint : public AfterFirstPaint
{
public:
    explicit QuitAfterFirstPaint(QWidget *widget)
        : AfterFirstPaint(widget, []() { QCoreApplication::quit(); })
    {
    }
};

} // namespace jd
