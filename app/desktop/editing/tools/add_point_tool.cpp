#include "editing/tools/add_point_tool.h"

#include <QMouseEvent>
#include <utility>

#include "map/map_canvas.h"

namespace gigamap::desktop {

AddPointTool::AddPointTool(MapCanvas& canvas, const EditSession& session, std::string table,
                           std::string kind)
    : MapTool(canvas),
      snapper_(canvas, session),
      table_(std::move(table)),
      kind_(std::move(kind)) {}

void AddPointTool::mouseMove(QMouseEvent* event) {
    snap_ = snapper_.snap(event->position());
    canvas().update();
}

void AddPointTool::mousePress(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        return;
    }
    snap_ = snapper_.snap(event->position());
    const core::Coordinate at = snap_ ? snap_->at : snapper_.toMap(event->position());
    snap_.reset();
    canvas().update();
    emit pointClicked(table_, kind_, at);
}

void AddPointTool::paintOverlay(QPainter& painter) {
    if (snap_) {
        snapper_.paint(painter, *snap_);
    }
}

}  // namespace gigamap::desktop
