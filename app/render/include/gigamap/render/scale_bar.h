#pragma once

#include <QString>

#include "gigamap/render/map_viewport.h"

class QPainter;

namespace gigamap::render {

// A scale bar in the map's bottom-left corner: a round length (1, 2 or 5 times
// a power of ten metres) close to a fifth of the map's width.
class ScaleBar {
public:
    explicit ScaleBar(const MapViewport& viewport);

    [[nodiscard]] double lengthMetres() const { return metres_; }
    [[nodiscard]] double lengthPixels() const;
    // "500 m", "2 km".
    [[nodiscard]] QString label() const;
    void paint(QPainter& painter) const;

private:
    MapViewport viewport_;
    double metres_ = 0.0;
};

}  // namespace gigamap::render
