#pragma once

#include <QPointF>
#include <optional>

#include "gigamap/core/bounding_box.h"
#include "map/map_tool.h"

namespace gigamap::desktop {

// Click or drag a rectangle to select; with Shift the selection grows.
class SelectTool : public MapTool {
    Q_OBJECT

public:
    using MapTool::MapTool;

    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseRelease(QMouseEvent* event) override;
    void paintOverlay(QPainter& painter) override;
    void deactivate() override;
    [[nodiscard]] QCursor cursor() const override { return Qt::CrossCursor; }

signals:
    void selectRequested(const gigamap::core::BoundingBox& box, bool add);

private:
    std::optional<QPointF> start_;
    QPointF current_;
};

}  // namespace gigamap::desktop
