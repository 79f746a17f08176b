#include "map/pan_tool.h"

#include <QMouseEvent>

#include "map/map_canvas.h"

namespace gigamap::desktop {

void PanTool::mousePress(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        last_ = event->position();
    }
}

void PanTool::mouseMove(QMouseEvent* event) {
    if (last_) {
        canvas().dragBy(event->position() - *last_);
        last_ = event->position();
    }
}

void PanTool::mouseRelease(QMouseEvent* event) {
    if (last_ && event->button() == Qt::LeftButton) {
        canvas().dragBy(event->position() - *last_);
        last_.reset();
        canvas().refresh();
    }
}

}  // namespace gigamap::desktop
