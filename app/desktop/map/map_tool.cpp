#include "map/map_tool.h"

namespace gigamap::desktop {

MapTool::MapTool(MapCanvas& canvas) : canvas_(canvas) {}

void MapTool::mousePress(QMouseEvent* /*event*/) {}
void MapTool::mouseMove(QMouseEvent* /*event*/) {}
void MapTool::mouseRelease(QMouseEvent* /*event*/) {}
void MapTool::mouseDoubleClick(QMouseEvent* /*event*/) {}
bool MapTool::keyPress(QKeyEvent* /*event*/) {
    return false;
}
bool MapTool::wantsKey(int /*key*/) const {
    return false;
}
void MapTool::paintOverlay(QPainter& /*painter*/) {}

}  // namespace gigamap::desktop
