#pragma once

#include <optional>
#include <string>
#include <vector>

#include "editing/tools/canvas_snapper.h"
#include "map/drag_start.h"
#include "map/map_tool.h"

namespace gigamap::desktop {

class EditSession;

// Drags a chamber, node or hotspot to a new place (snapped to the network);
// the ends of the ducts attached to a chamber or node follow it on screen as
// it moves. The move is handed on once, on release (one edit, one undo step);
// Esc drops the drag.
class MoveFeatureTool : public MapTool {
    Q_OBJECT

public:
    MoveFeatureTool(MapCanvas& canvas, const EditSession& session);

    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseRelease(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    [[nodiscard]] bool wantsKey(int key) const override;
    void paintOverlay(QPainter& painter) override;
    void deactivate() override;
    [[nodiscard]] QCursor cursor() const override { return Qt::SizeAllCursor; }

signals:
    void moveRequested(const std::string& table, std::int64_t fid,
                       const gigamap::core::Coordinate& to);

private:
    struct Drag {
        std::string table;
        std::int64_t fid = 0;
        core::Coordinate from;
        core::Coordinate to;
        std::vector<std::vector<core::Coordinate>> ducts;  // attached, as they were
        core::Snapper::Exclusions exclude;
        std::optional<DragStart> start;
    };
    [[nodiscard]] std::optional<Drag> grab(QPointF pixel) const;

    const EditSession& session_;
    CanvasSnapper snapper_;
    std::optional<Drag> drag_;
    std::optional<core::SnapMatch> snap_;
};

}  // namespace gigamap::desktop
