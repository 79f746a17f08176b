#include "map/identify_tool.h"

#include <QMouseEvent>

#include "map/click_box.h"
#include "map/map_canvas.h"

namespace gigamap::desktop {

void IdentifyTool::mouseRelease(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        emit identifyRequested(clickBox(canvas().viewport(), event->position()));
    }
}

}  // namespace gigamap::desktop
