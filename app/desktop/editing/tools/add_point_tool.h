#pragma once

#include <optional>
#include <string>

#include "editing/tools/canvas_snapper.h"
#include "map/map_tool.h"

namespace gigamap::desktop {

class EditSession;

// Adds a point feature (chamber, node of a kind, hotspot) where the map is
// clicked, snapped to the network: a chamber snapped onto a duct splits it.
class AddPointTool : public MapTool {
    Q_OBJECT

public:
    // `kind` is a node's kind (cabinet, pole...), empty for other layers.
    AddPointTool(MapCanvas& canvas, const EditSession& session, std::string table,
                 std::string kind = {});

    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void paintOverlay(QPainter& painter) override;
    void deactivate() override { snap_.reset(); }
    [[nodiscard]] QCursor cursor() const override { return Qt::CrossCursor; }

    [[nodiscard]] const std::string& table() const { return table_; }
    [[nodiscard]] const std::string& kind() const { return kind_; }

signals:
    void pointClicked(const std::string& table, const std::string& kind,
                      const gigamap::core::Coordinate& at);

private:
    CanvasSnapper snapper_;
    std::string table_;
    std::string kind_;
    std::optional<core::SnapMatch> snap_;
};

}  // namespace gigamap::desktop
