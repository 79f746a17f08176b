#include "map/select_tool.h"

#include <QMouseEvent>
#include <QPainter>

#include "map/click_box.h"
#include "map/map_canvas.h"

namespace gigamap::desktop {
namespace {

// A drag shorter than this is a click.
constexpr double kDragPixels = 3.0;

}  // namespace

void SelectTool::mousePress(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        start_ = event->position();
        current_ = event->position();
    }
}

void SelectTool::mouseMove(QMouseEvent* event) {
    if (start_) {
        current_ = event->position();
        canvas().update();
    }
}

void SelectTool::mouseRelease(QMouseEvent* event) {
    if (!start_ || event->button() != Qt::LeftButton) {
        return;
    }
    current_ = event->position();
    const QPointF drag = current_ - *start_;
    const bool add = (event->modifiers() & Qt::ShiftModifier) != 0;
    const auto box = drag.manhattanLength() < kDragPixels
                         ? clickBox(canvas().viewport(), current_)
                         : canvas().viewport().toMap(QRectF(*start_, current_));
    start_.reset();
    canvas().update();
    emit selectRequested(box, add);
}

void SelectTool::paintOverlay(QPainter& painter) {
    if (!start_) {
        return;
    }
    painter.setPen(QPen(QColor(255, 170, 0), 1.0, Qt::DashLine));
    painter.setBrush(QColor(255, 214, 0, 50));
    painter.drawRect(QRectF(*start_, current_).normalized());
}

void SelectTool::deactivate() {
    start_.reset();
}

}  // namespace gigamap::desktop
