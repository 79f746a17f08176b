#pragma once

#include <QPointF>
#include <optional>

#include "map/map_tool.h"

namespace gigamap::desktop {

// Drag to move the map; what was under the cursor stays under it.
class PanTool : public MapTool {
    Q_OBJECT

public:
    using MapTool::MapTool;

    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseRelease(QMouseEvent* event) override;
    [[nodiscard]] QCursor cursor() const override { return Qt::OpenHandCursor; }

private:
    std::optional<QPointF> last_;
};

}  // namespace gigamap::desktop
