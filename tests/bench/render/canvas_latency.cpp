// gigamap-canvas-latency PROJECT.sqlite: how long the GUI thread is kept busy
// while the user pans and zooms the map. Opens the real main window offscreen,
// zooms to the whole project and then moves the map 60 times, one move every
// 30 ms (faster than a hand), while a zero-timeout timer measures each gap
// between two turns of the event loop. Prints the longest gap and the 99th
// percentile: the longest the window would have been unresponsive.
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "map/map_canvas.h"
#include "map/map_settled.h"
#include "window/main_window.h"

int main(int argc, char** argv) {
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: gigamap-canvas-latency PROJECT.sqlite\n");
        return 1;
    }
    gigamap::desktop::MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.openProject(argv[1])) {
        return 1;
    }
    auto& canvas = window.canvas();
    gigamap::desktop::waitUntilMapSettled(canvas, std::chrono::seconds(60));

    std::vector<double> gaps;
    QElapsedTimer sinceLastTurn;
    QTimer tick;
    tick.setInterval(0);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        gaps.push_back(static_cast<double>(sinceLastTurn.nsecsElapsed()) / 1e6);
        sinceLastTurn.restart();
    });
    int moves = 0;
    QTimer mover;
    mover.setInterval(30);
    QObject::connect(&mover, &QTimer::timeout, [&] {
        switch (moves % 4) {
            case 0:
                canvas.zoomBy(1.6);
                break;
            case 1:
                canvas.panBy(QPointF(120, -40));
                break;
            case 2:
                canvas.zoomBy(1.0 / 1.6);
                break;
            default:
                canvas.panBy(QPointF(-120, 40));
        }
        if (++moves == 60) {
            mover.stop();
            QTimer::singleShot(0, &app, [&] { app.quit(); });
        }
    });
    sinceLastTurn.start();
    tick.start();
    mover.start();
    QApplication::exec();
    tick.stop();
    gigamap::desktop::waitUntilMapSettled(canvas, std::chrono::seconds(60));

    std::sort(gaps.begin(), gaps.end());
    const double p99 = gaps[static_cast<std::size_t>(static_cast<double>(gaps.size() - 1) * 0.99)];
    std::printf(
        "%zu event-loop turns during 60 map moves: longest %.1f ms, 99th percentile %.1f ms\n",
        gaps.size(), gaps.back(), p99);
    return 0;
}
