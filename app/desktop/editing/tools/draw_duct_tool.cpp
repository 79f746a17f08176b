#include "editing/tools/draw_duct_tool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>
#include <cmath>

#include "map/map_canvas.h"
#include "map/measurement.h"

namespace gigamap::desktop {

DrawDuctTool::DrawDuctTool(MapCanvas& canvas, const EditSession& session)
    : MapTool(canvas), snapper_(canvas, session) {}

double DrawDuctTool::length() const {
    double total = 0.0;
    for (std::size_t i = 0; i < vertices_.size(); ++i) {
        const core::Coordinate& next = i + 1 < vertices_.size() ? vertices_[i + 1] : cursor_;
        total += std::hypot(next.x - vertices_[i].x, next.y - vertices_[i].y);
    }
    return total;
}

void DrawDuctTool::track(QPointF pixel) {
    snap_ = snapper_.snap(pixel);
    cursor_ = snap_ ? snap_->at : snapper_.toMap(pixel);
    canvas().update();
    if (!vertices_.empty()) {
        emit lengthChanged(tr("Duct length %1").arg(Measurement::formatDistance(length())));
    }
}

void DrawDuctTool::mousePress(QMouseEvent* event) {
    if (event->button() == Qt::RightButton) {
        finish();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        return;
    }
    track(event->position());
    if (vertices_.empty() || !(vertices_.back() == cursor_)) {
        vertices_.push_back(cursor_);
    }
    canvas().update();
}

void DrawDuctTool::mouseMove(QMouseEvent* event) {
    track(event->position());
}

void DrawDuctTool::mouseDoubleClick(QMouseEvent* event) {
    // The double-click's first press has normally added its vertex already.
    track(event->position());
    if (!vertices_.empty() && !(vertices_.back() == cursor_)) {
        vertices_.push_back(cursor_);
    }
    finish();
}

bool DrawDuctTool::wantsKey(int key) const {
    return !vertices_.empty() && (key == Qt::Key_Escape || key == Qt::Key_Backspace ||
                                  key == Qt::Key_Return || key == Qt::Key_Enter);
}

bool DrawDuctTool::keyPress(QKeyEvent* event) {
    if (vertices_.empty()) {
        return false;
    }
    switch (event->key()) {
        case Qt::Key_Escape:
            cancel();
            return true;
        case Qt::Key_Backspace:
            vertices_.pop_back();
            canvas().update();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            finish();
            return true;
        default:
            return false;
    }
}

void DrawDuctTool::finish() {
    const std::vector<core::Coordinate> drawn = std::exchange(vertices_, {});
    canvas().update();
    if (drawn.size() >= 2) {
        emit ductDrawn(drawn);
    }
}

void DrawDuctTool::cancel() {
    vertices_.clear();
    canvas().update();
    emit lengthChanged(tr("Duct cancelled"));
}

void DrawDuctTool::deactivate() {
    vertices_.clear();
    snap_.reset();
}

void DrawDuctTool::paintOverlay(QPainter& painter) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (!vertices_.empty()) {
        QPolygonF line;
        for (const auto& vertex : vertices_) {
            line << snapper_.toPixel(vertex);
        }
        line << snapper_.toPixel(cursor_);
        painter.setPen(QPen(QColor(255, 140, 0), 3.0));
        painter.drawPolyline(line);
        painter.setPen(QPen(QColor(120, 60, 0), 1.5));
        painter.setBrush(Qt::white);
        for (qsizetype i = 0; i + 1 < line.size(); ++i) {
            painter.drawEllipse(line[i], 3.5, 3.5);
        }
        // The length follows the cursor, above it.
        const QString text = Measurement::formatDistance(length());
        const QPointF where = line.back() + QPointF(10, -12);
        painter.setPen(Qt::white);
        for (const QPointF offset :
             {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)}) {
            painter.drawText(where + offset, text);
        }
        painter.setPen(QColor(120, 60, 0));
        painter.drawText(where, text);
    }
    painter.restore();
    if (snap_) {
        snapper_.paint(painter, *snap_);
    }
}

}  // namespace gigamap::desktop
