#include "identify_tool.h"

#include <QMouseEvent>

#include "click_box.h"
#include "map_canvas.h"

namespace gigamap::desktop {

void IdentifyTool::mouseRelease(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        emit identifyRequested(clickBox(canvas().viewport(), event->position()));
    }
}

}  // namespace gigamap::desktop
