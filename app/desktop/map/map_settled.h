#pragma once

#include <chrono>

namespace gigamap::desktop {

class MapCanvas;

// Runs the event loop until the canvas shows a finished image of its current
// view (nothing left to draw), or `timeout` passes; whether it settled. For
// screenshots and tests, which must not sleep.
bool waitUntilMapSettled(MapCanvas& canvas, std::chrono::milliseconds timeout);

}  // namespace gigamap::desktop
