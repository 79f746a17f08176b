#pragma once

#include <QPointF>
#include <QString>
#include <vector>

namespace gigamap::desktop {

// Lengths and areas of what a user draws, in the project's CRS (metres), and
// how they read: metres up to a kilometre, then km; m² up to a hectare, then
// hectares, then km² from a square kilometre.
class Measurement {
public:
    explicit Measurement(std::vector<QPointF> vertices);

    [[nodiscard]] double length() const;
    // The polygon closed back to the first vertex: the ring's length.
    [[nodiscard]] double perimeter() const;
    // The area of the closed polygon (shoelace), whichever way it winds.
    [[nodiscard]] double area() const;

    [[nodiscard]] static QString formatDistance(double metres);
    [[nodiscard]] static QString formatArea(double squareMetres);

private:
    std::vector<QPointF> vertices_;
};

}  // namespace gigamap::desktop
