#include "editing/tools/move_feature_tool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>

#include "editing/edit_session.h"
#include "map/map_canvas.h"

namespace gigamap::desktop {

MoveFeatureTool::MoveFeatureTool(MapCanvas& canvas, const EditSession& session)
    : MapTool(canvas), session_(session), snapper_(canvas, session) {}

std::optional<MoveFeatureTool::Drag> MoveFeatureTool::grab(QPointF pixel) const {
    std::optional<Drag> best;
    for (const char* table : {"chambers", "nodes", "hotspots"}) {  // in this order of precedence
        if (const auto hit = snapper_.nearestPoint(pixel, table)) {
            const std::int64_t fid = hit->feature.fid;
            best = Drag{table, fid, hit->at, hit->at, {}, {{table, fid}}, std::nullopt};
            break;
        }
    }
    if (best && best->table != "hotspots") {
        for (const auto duct : session_.editor().attachedDucts(best->table, best->fid)) {
            best->ducts.push_back(session_.editor().ductVertices(duct));
            best->exclude.insert({"ducts", duct});
        }
    }
    return best;
}

void MoveFeatureTool::mousePress(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        drag_ = grab(event->position());
        if (drag_) {
            drag_->start.emplace(event->position(), snapper_.toMap(event->position()));
        }
        canvas().update();
    }
}

void MoveFeatureTool::mouseMove(QMouseEvent* event) {
    if (!drag_ || !drag_->start->reached(event->position())) {
        return;
    }
    snap_ = snapper_.snap(event->position(), drag_->exclude);
    drag_->to =
        snap_ ? snap_->at : drag_->start->moved(drag_->from, snapper_.toMap(event->position()));
    canvas().update();
}

void MoveFeatureTool::mouseRelease(QMouseEvent* event) {
    if (!drag_ || event->button() != Qt::LeftButton) {
        return;
    }
    mouseMove(event);
    const Drag done = *std::exchange(drag_, std::nullopt);
    snap_.reset();
    canvas().update();
    if (done.start->started() && !(done.to == done.from)) {
        emit moveRequested(done.table, done.fid, done.to);
    }
}

bool MoveFeatureTool::wantsKey(int key) const {
    return drag_ && key == Qt::Key_Escape;
}

bool MoveFeatureTool::keyPress(QKeyEvent* event) {
    if (drag_ && event->key() == Qt::Key_Escape) {
        deactivate();
        canvas().update();
        return true;
    }
    return false;
}

void MoveFeatureTool::deactivate() {
    drag_.reset();
    snap_.reset();
}

void MoveFeatureTool::paintOverlay(QPainter& painter) {
    if (!drag_) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(255, 140, 0), 2.0, Qt::DashLine));
    for (const auto& duct : drag_->ducts) {
        QPolygonF line;
        for (std::size_t i = 0; i < duct.size(); ++i) {
            const bool end = i == 0 || i + 1 == duct.size();
            line << snapper_.toPixel(end && duct[i] == drag_->from ? drag_->to : duct[i]);
        }
        painter.drawPolyline(line);
    }
    painter.setPen(QPen(QColor(120, 60, 0), 2.0));
    painter.setBrush(QColor(255, 140, 0));
    painter.drawEllipse(snapper_.toPixel(drag_->to), 6.0, 6.0);
    painter.restore();
    if (snap_) {
        snapper_.paint(painter, *snap_);
    }
}

}  // namespace gigamap::desktop
