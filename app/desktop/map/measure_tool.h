#pragma once

#include <QPointF>
#include <vector>

#include "map/map_tool.h"

namespace gigamap::desktop {

// Click vertices to measure a distance or an area; double-click or right-click
// finishes, the next click starts again. Vertices are kept in map units so the
// drawing follows the map as it moves.
class MeasureTool : public MapTool {
    Q_OBJECT

public:
    enum class Kind { Distance, Area };

    MeasureTool(MapCanvas& canvas, Kind kind);

    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseDoubleClick(QMouseEvent* event) override;
    void paintOverlay(QPainter& painter) override;
    void deactivate() override;
    [[nodiscard]] QCursor cursor() const override { return Qt::CrossCursor; }

    // What has been measured so far, e.g. "Distance 1.250 km" or "Area 3.20 ha (perimeter 720.0
    // m)".
    [[nodiscard]] QString result() const;

signals:
    void measured(const QString& result);

private:
    [[nodiscard]] std::vector<QPointF> vertices(bool withCursor) const;

    Kind kind_;
    std::vector<QPointF> points_;  // map units
    QPointF cursor_;               // map units
    bool finished_ = false;
};

}  // namespace gigamap::desktop
