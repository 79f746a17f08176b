#pragma once

#include <QApplication>
#include <QPointF>

#include "gigamap/core/coordinate.h"

namespace gigamap::desktop {

// Where a drag began, so that a click is not a move: the drag starts only
// once the mouse has gone the platform's drag distance, and what it holds
// moves by the mouse's offset from the press, not to the cursor (a grab 10
// pixels off a chamber's centre must not jump the chamber 10 pixels).
class DragStart {
public:
    DragStart(QPointF pixel, core::Coordinate map) : pixel_(pixel), map_(map) {}

    // Whether the drag has started, given where the mouse is now.
    bool reached(QPointF pixel) {
        started_ = started_ || (pixel - pixel_).manhattanLength() >=
                                   static_cast<double>(QApplication::startDragDistance());
        return started_;
    }
    [[nodiscard]] bool started() const { return started_; }
    // `origin` moved as the mouse moved from the press to `cursor`.
    [[nodiscard]] core::Coordinate moved(core::Coordinate origin, core::Coordinate cursor) const {
        return {origin.x + cursor.x - map_.x, origin.y + cursor.y - map_.y};
    }

private:
    QPointF pixel_;
    core::Coordinate map_;
    bool started_ = false;
};

}  // namespace gigamap::desktop
