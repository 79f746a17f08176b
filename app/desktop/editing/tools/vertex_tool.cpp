#include "editing/tools/vertex_tool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>

#include "editing/edit_session.h"
#include "map/map_canvas.h"

namespace gigamap::desktop {
namespace {

bool isVertex(const core::SnapMatch& match) {
    return match.kind == core::SnapMatch::Kind::DuctEnd ||
           match.kind == core::SnapMatch::Kind::DuctVertex;
}

}  // namespace

VertexTool::VertexTool(MapCanvas& canvas, const EditSession& session)
    : MapTool(canvas), session_(session), snapper_(canvas, session) {}

void VertexTool::mousePress(QMouseEvent* event) {
    const auto match = snapper_.snapToDucts(event->position());
    if (!match || !isVertex(*match)) {
        return;
    }
    if (event->button() == Qt::RightButton) {
        emit vertexDeleteRequested(match->fid, match->vertex);
    } else if (event->button() == Qt::LeftButton) {
        drag_ = Drag{match->fid, match->vertex, session_.editor().ductVertices(match->fid),
                     match->at, DragStart(event->position(), snapper_.toMap(event->position()))};
    }
    canvas().update();
}

void VertexTool::mouseMove(QMouseEvent* event) {
    if (drag_) {
        if (!drag_->start.reached(event->position())) {
            return;
        }
        hover_ = snapper_.snap(event->position(), {{"ducts", drag_->duct}});
        drag_->to = hover_ ? hover_->at
                           : drag_->start.moved(drag_->vertices[drag_->vertex],
                                                snapper_.toMap(event->position()));
    } else {
        hover_ = snapper_.snapToDucts(event->position());
    }
    canvas().update();
}

void VertexTool::mouseRelease(QMouseEvent* event) {
    if (!drag_ || event->button() != Qt::LeftButton) {
        return;
    }
    mouseMove(event);
    const Drag done = *std::exchange(drag_, std::nullopt);
    canvas().update();
    if (done.start.started() && !(done.to == done.vertices[done.vertex])) {
        emit vertexMoveRequested(done.duct, done.vertex, done.to);
    }
}

void VertexTool::mouseDoubleClick(QMouseEvent* event) {
    drag_.reset();
    const auto match = snapper_.snapToDucts(event->position());
    if (match && match->kind == core::SnapMatch::Kind::DuctSegment) {
        emit vertexAddRequested(match->fid, match->vertex + 1, match->at);
    }
}

bool VertexTool::wantsKey(int key) const {
    return drag_ && key == Qt::Key_Escape;
}

bool VertexTool::keyPress(QKeyEvent* event) {
    if (drag_ && event->key() == Qt::Key_Escape) {
        drag_.reset();
        canvas().update();
        return true;
    }
    return false;
}

void VertexTool::deactivate() {
    drag_.reset();
    hover_.reset();
}

void VertexTool::paintOverlay(QPainter& painter) {
    if (drag_) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        QPolygonF line;
        for (std::size_t i = 0; i < drag_->vertices.size(); ++i) {
            line << snapper_.toPixel(i == drag_->vertex ? drag_->to : drag_->vertices[i]);
        }
        painter.setPen(QPen(QColor(255, 140, 0), 2.0, Qt::DashLine));
        painter.drawPolyline(line);
        painter.setBrush(Qt::white);
        painter.setPen(QPen(QColor(120, 60, 0), 1.5));
        for (const QPointF& vertex : line) {
            painter.drawRect(QRectF(vertex - QPointF(3, 3), QSizeF(6, 6)));
        }
        painter.restore();
    }
    if (hover_) {
        snapper_.paint(painter, *hover_);
    }
}

}  // namespace gigamap::desktop
