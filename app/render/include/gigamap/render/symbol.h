#pragma once

#include <QColor>

namespace gigamap::render {

enum class MarkerShape { Circle, Square, Triangle, Diamond, Star, Cross };

enum class LineDash { Solid, Dash, Dot, DashDot };

// How one feature is drawn: outline or line, fill for polygons and markers,
// and the marker for points. Sizes are in pixels at 96 dpi.
struct Symbol {
    QColor stroke{Qt::black};
    double strokeWidth = 1.0;
    LineDash dash = LineDash::Solid;
    QColor fill{Qt::transparent};
    // Diagonal hatching instead of a solid fill (restrictions, exclusions).
    bool hatched = false;
    double opacity = 1.0;  // of the whole symbol, 0..1
    MarkerShape marker = MarkerShape::Circle;
    double size = 6.0;  // marker diameter

    friend bool operator==(const Symbol&, const Symbol&) = default;
};

}  // namespace gigamap::render
