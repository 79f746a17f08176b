#include "map/map_settled.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include "map/map_canvas.h"

namespace gigamap::desktop {
namespace {

bool settled(const MapCanvas& canvas) {
    return !canvas.isRendering() && !canvas.mapImage().isNull() &&
           canvas.mapImageViewport() == canvas.viewport();
}

}  // namespace

bool waitUntilMapSettled(MapCanvas& canvas, std::chrono::milliseconds timeout) {
    QCoreApplication::processEvents();
    if (settled(canvas)) {
        return true;
    }
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto check = [&] {
        if (settled(canvas)) {
            loop.quit();
        }
    };
    QObject::connect(&canvas, &MapCanvas::mapRendered, &loop, check, Qt::QueuedConnection);
    QObject::connect(&canvas, &MapCanvas::renderingChanged, &loop, check, Qt::QueuedConnection);
    deadline.start(timeout);
    loop.exec();
    return settled(canvas);
}

}  // namespace gigamap::desktop
