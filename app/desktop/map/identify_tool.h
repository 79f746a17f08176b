#pragma once

#include "gigamap/core/bounding_box.h"
#include "map/map_tool.h"

namespace gigamap::desktop {

// Click: asks for every feature within a few pixels of the cursor.
class IdentifyTool : public MapTool {
    Q_OBJECT

public:
    using MapTool::MapTool;

    void mouseRelease(QMouseEvent* event) override;
    [[nodiscard]] QCursor cursor() const override { return Qt::WhatsThisCursor; }

signals:
    void identifyRequested(const gigamap::core::BoundingBox& box);
};

}  // namespace gigamap::desktop
