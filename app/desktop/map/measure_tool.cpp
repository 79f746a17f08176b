#include "map/measure_tool.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>

#include "map/map_canvas.h"
#include "map/measurement.h"

namespace gigamap::desktop {

MeasureTool::MeasureTool(MapCanvas& canvas, Kind kind) : MapTool(canvas), kind_(kind) {}

std::vector<QPointF> MeasureTool::vertices(bool withCursor) const {
    std::vector<QPointF> all = points_;
    if (withCursor && !finished_ && !points_.empty()) {
        all.push_back(cursor_);
    }
    return all;
}

QString MeasureTool::result() const {
    const Measurement measurement(vertices(true));
    if (kind_ == Kind::Distance) {
        return QStringLiteral("Distance %1").arg(Measurement::formatDistance(measurement.length()));
    }
    return QStringLiteral("Area %1 (perimeter %2)")
        .arg(Measurement::formatArea(measurement.area()),
             Measurement::formatDistance(measurement.perimeter()));
}

void MeasureTool::mousePress(QMouseEvent* event) {
    const QPointF point = canvas().viewport().toMap(event->position());
    if (event->button() == Qt::RightButton) {
        finished_ = true;
    } else if (event->button() == Qt::LeftButton) {
        if (finished_) {
            points_.clear();
            finished_ = false;
        }
        points_.push_back(point);
        cursor_ = point;
    }
    canvas().update();
    emit measured(result());
}

void MeasureTool::mouseMove(QMouseEvent* event) {
    cursor_ = canvas().viewport().toMap(event->position());
    if (!points_.empty() && !finished_) {
        canvas().update();
        emit measured(result());
    }
}

void MeasureTool::mouseDoubleClick(QMouseEvent* /*event*/) {
    // The double-click's first press has already added its vertex.
    finished_ = true;
    canvas().update();
    emit measured(result());
}

void MeasureTool::paintOverlay(QPainter& painter) {
    const auto points = vertices(true);
    if (points.empty()) {
        return;
    }
    QPolygonF pixels;
    for (const auto& point : points) {
        pixels.append(canvas().viewport().toPixel(point));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(220, 30, 60), 2.0));
    if (kind_ == Kind::Area) {
        painter.setBrush(QColor(220, 30, 60, 50));
        painter.drawPolygon(pixels);
    } else {
        painter.drawPolyline(pixels);
    }
    painter.setBrush(Qt::white);
    for (const auto& pixel : pixels) {
        painter.drawEllipse(pixel, 3.0, 3.0);
    }
}

void MeasureTool::deactivate() {
    points_.clear();
    finished_ = false;
}

}  // namespace gigamap::desktop
