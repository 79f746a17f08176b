#pragma once

#include <optional>
#include <vector>

#include "editing/tools/canvas_snapper.h"
#include "map/drag_start.h"
#include "map/map_tool.h"

namespace gigamap::desktop {

class EditSession;

// Edits the vertices of ducts: drag a vertex (or an end, which snaps onto a
// chamber) to move it, double-click a segment to add a vertex there,
// right-click a vertex to delete it. Each is handed on as one request.
class VertexTool : public MapTool {
    Q_OBJECT

public:
    VertexTool(MapCanvas& canvas, const EditSession& session);

    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseRelease(QMouseEvent* event) override;
    void mouseDoubleClick(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    [[nodiscard]] bool wantsKey(int key) const override;
    void paintOverlay(QPainter& painter) override;
    void deactivate() override;
    [[nodiscard]] QCursor cursor() const override { return Qt::PointingHandCursor; }

signals:
    void vertexMoveRequested(std::int64_t duct, std::size_t vertex,
                             const gigamap::core::Coordinate& to);
    void vertexAddRequested(std::int64_t duct, std::size_t index,
                            const gigamap::core::Coordinate& at);
    void vertexDeleteRequested(std::int64_t duct, std::size_t vertex);

private:
    struct Drag {
        std::int64_t duct = 0;
        std::size_t vertex = 0;
        std::vector<core::Coordinate> vertices;
        core::Coordinate to;
        DragStart start;
    };

    const EditSession& session_;
    CanvasSnapper snapper_;
    std::optional<Drag> drag_;
    std::optional<core::SnapMatch> hover_;
};

}  // namespace gigamap::desktop
