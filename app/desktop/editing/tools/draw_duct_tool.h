#pragma once

#include <QPointF>
#include <optional>
#include <vector>

#include "editing/tools/canvas_snapper.h"
#include "gigamap/core/coordinate.h"
#include "map/map_tool.h"

namespace gigamap::desktop {

class EditSession;

// Draws a duct: click vertices, double-click, right-click or Enter to finish,
// Esc to cancel, Backspace to take back the last vertex. Each point snaps to
// chambers, nodes and ducts within the tolerance, with a marker and a label
// saying what it snapped to; the length so far (metres, project CRS) follows
// the cursor. A finished line is handed on with ductDrawn (the controller
// asks for attributes and commits it).
class DrawDuctTool : public MapTool {
    Q_OBJECT

public:
    DrawDuctTool(MapCanvas& canvas, const EditSession& session);

    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseDoubleClick(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    [[nodiscard]] bool wantsKey(int key) const override;
    void paintOverlay(QPainter& painter) override;
    void deactivate() override;
    [[nodiscard]] QCursor cursor() const override { return Qt::CrossCursor; }

    [[nodiscard]] const std::vector<core::Coordinate>& vertices() const { return vertices_; }
    [[nodiscard]] const std::optional<core::SnapMatch>& currentSnap() const { return snap_; }
    // The length drawn so far including the stretch to the cursor, in metres.
    [[nodiscard]] double length() const;

signals:
    void ductDrawn(const std::vector<gigamap::core::Coordinate>& vertices);
    void lengthChanged(const QString& text);

private:
    void finish();
    void cancel();
    void track(QPointF pixel);

    CanvasSnapper snapper_;
    std::vector<core::Coordinate> vertices_;
    core::Coordinate cursor_;
    std::optional<core::SnapMatch> snap_;
};

}  // namespace gigamap::desktop
