#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace gigamap::render {

// Collects labels while layers draw and paints them last, on top, with a
// white halo, never overlapping: a label that collides with one already placed
// (first come, first placed: layers higher in the tree win) tries its other
// positions and is left out when none is free.
class LabelPlacer {
public:
    // A label centred on `anchor` (an area's interior point, a line's middle).
    void add(const QString& text, QPointF anchor, const QColor& colour, double pointSize);
    // A label beside a marker of `clearance` pixels' radius at `point`: above
    // it, else below, right or left.
    void addBeside(const QString& text, QPointF point, double clearance, const QColor& colour,
                   double pointSize);
    void paint(QPainter& painter, const QRectF& area);

    [[nodiscard]] std::size_t size() const { return labels_.size(); }

private:
    struct Label {
        QString text;
        QPointF anchor;
        QColor colour;
        double pointSize;
        double clearance = -1.0;  // negative: centred on the anchor only
    };
    std::vector<Label> labels_;
};

}  // namespace gigamap::render
