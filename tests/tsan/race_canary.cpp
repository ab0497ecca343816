// A deliberate data race between the GUI thread and a worker started the way JoinDoctor starts
// every worker (runInBackground). Run only in the ThreadSanitizer build, where ctest expects TSan
// to report it: proof that the TSan stage's settings (cmake/tsan_defaults.cpp) do not hide races in
// JoinDoctor's own threads.
#include "core/background_call.h"

#include <memory>
#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QThreadPool pool;
    auto shared = std::make_shared<int>(0);
    jd::runInBackground<int>(
        &pool, &app,
        [shared]() {
            *shared = 1; // the worker's write...
            return 1;
        },
        [](int) { QCoreApplication::quit(); });
    *shared = 2; // ...and this one are not ordered: a race, whichever runs first
    QCoreApplication::exec();
    pool.waitForDone();
    return 0;
}
