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
// white halo, skipping any label that would overlap one already placed
// (first come, first placed: layers higher in the tree win).
class LabelPlacer {
public:
    void add(const QString& text, QPointF anchor, const QColor& colour, double pointSize);
    void paint(QPainter& painter, const QRectF& area);

    [[nodiscard]] std::size_t size() const { return labels_.size(); }

private:
    struct Label {
        QString text;
        QPointF anchor;
        QColor colour;
        double pointSize;
    };
    std::vector<Label> labels_;
};

}  // namespace gigamap::render
