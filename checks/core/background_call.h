#pragma once
// Runs a function on a thread pool and hands its value back on the owner's thread.
//
// One helper for every worker in JoinDoctor, so that the two hand-overs (start and result) are in
// one place and visible to ThreadSanitizer: Debian's Qt is not built with TSan, so the locks inside
// QThreadPool are invisible to it. The start is announced with a release/acquire pair on the task;
// the result travels through QPromise/QFuture, whose inline mutex Qt annotates for TSan itself.
// QtConcurrent::run reads its task object before any user code runs, so it cannot be annotated.

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QRunnable>
#include <QThreadPool>
#include <utility>

#if defined(__SANITIZE_THREAD__)
#define JD_THREAD_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define JD_THREAD_SANITIZER 1
#endif
#endif
#ifdef JD_THREAD_SANITIZER
#include <sanitizer/tsan_interface.h>
#endif

namespace jd {

namespace detail {

template <typename T, typename Work> class BackgroundCall final : public QRunnable
{
public:
    explicit BackgroundCall(Work work) : m_work(std::move(work)) { m_promise.start(); }

    QFuture<T> future() { return m_promise.future(); }

    // Called on the starting thread after the last write to this task.
    void handOver()
    {
#ifdef JD_THREAD_SANITIZER
        __tsan_release(this);
#endif
    }

    void run() override
    {
#ifdef JD_THREAD_SANITIZER
        __tsan_acquire(this);
#endif
        m_promise.addResult(m_work());
        m_promise.finish();
    }

private:
    Work m_work;
    QPromise<T> m_promise;
};

} // namespace detail

// Starts `work` on `pool`; `done(value)` runs later on `owner`'s thread, never after `owner` is
// gone.
template <typename T, typename Work, typename Done>
void runInBackground(QThreadPool *pool, QObject *owner, Work work, Done done)
{
    auto *call = new detail::BackgroundCall<T, Work>(std::move(work));
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done]() {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(call->future());
    call->handOver();
    pool->start(call); // the pool deletes the task after run()
}

} // namespace jd
