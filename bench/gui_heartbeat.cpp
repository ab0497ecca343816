// How long can the GUI thread be away? A 5 ms heartbeat timer runs while the real wizard loads a
// capture, runs all six checks on its worker threads and then shows every page in turn; the
// longest gap between two beats is printed as JSON (goal: ≤ 16 ms, one frame at 60 Hz).
//   gui_heartbeat CAPTURE_FILE   (use QT_QPA_PLATFORM=offscreen without a display)
#include "joindoctor_wizard.h"
#include "page_ids.h"
#include "wizard_environment.h"

#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: gui_heartbeat CAPTURE_FILE\n", stderr);
        return 2;
    }
    jd::JoinDoctorWizard wizard(jd::WizardEnvironment::standard(), jd::LanguageCode::English);
    wizard.setSource(jd::FactSource::capture(args.at(1)));
    wizard.show();

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;
    qint64 longestGapEnd = 0;
    int longestGapPage = -1;
    int beats = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&]() {
        const qint64 now = clock.nsecsElapsed() / 1000;
        if (now - last > longestGap) {
            // Where it happened, to find the culprit: the time and the page on screen after it.
            longestGap = now - last;
            longestGapEnd = now;
            longestGapPage = wizard.currentId();
        }
        last = now;
        ++beats;
    });
    bool finished = false;
    QTimer walk; // after the checks: one page after the other, as a user clicking Next
    walk.setInterval(40);
    QObject::connect(&walk, &QTimer::timeout, [&]() {
        if (wizard.currentId() == jd::SummaryPageId) {
            walk.stop();
            QTimer::singleShot(100, &app, &QCoreApplication::quit);
            return;
        }
        wizard.next();
    });
    qint64 finishedAt = -1;
    QObject::connect(&wizard.runner(), &jd::CheckRunner::runFinished, [&]() {
        finished = true;
        finishedAt = clock.elapsed();
        walk.start();
    });
    QObject::connect(&wizard.runner(), &jd::CheckRunner::inputRefused, &app,
                     &QCoreApplication::quit);
    // Start once the welcome page is on screen, as a user pressing Next.
    QTimer::singleShot(200, [&]() {
        clock.start();
        heartbeat.start();
        wizard.next();
    });
    QTimer::singleShot(30000, &app, &QCoreApplication::quit); // never hang a benchmark run
    QApplication::exec();
    heartbeat.stop();
    std::printf("{\"longestGapMs\": %.2f, \"endedAtMs\": %.1f, \"pageAfterGap\": %d, "
                "\"beats\": %d, \"checksFinishedAtMs\": %lld, \"elapsedMs\": %lld}\n",
                double(longestGap) / 1000.0, double(longestGapEnd) / 1000.0, longestGapPage, beats,
                static_cast<long long>(finishedAt), static_cast<long long>(clock.elapsed()));
    return finished ? 0 : 1;
}
