#include "map_tool.h"

namespace gigamap::desktop {

MapTool::MapTool(MapCanvas& canvas) : canvas_(canvas) {}

void MapTool::mousePress(QMouseEvent* /*event*/) {}
void MapTool::mouseMove(QMouseEvent* /*event*/) {}
void MapTool::mouseRelease(QMouseEvent* /*event*/) {}
void MapTool::mouseDoubleClick(QMouseEvent* /*event*/) {}
void MapTool::paintOverlay(QPainter& /*painter*/) {}

}  // namespace gigamap::desktop
