#pragma once

#include <cstdint>
#include <set>

#include "gigamap/render/label_placer.h"
#include "gigamap/render/map_layer.h"
#include "gigamap/render/map_viewport.h"

class QPainter;

namespace gigamap::core {
class Feedback;
class SqliteDatabase;
}  // namespace gigamap::core

namespace gigamap::render {

// Draws one project layer with its style: reads the visible features through
// the spatial index, projects them to pixels, draws each with the symbol its
// values choose, queues labels, and draws selected features highlighted on top.
class ProjectLayerPainter {
public:
    ProjectLayerPainter(const core::SqliteDatabase& db, const MapViewport& viewport,
                        LabelPlacer& labels, const core::Feedback& feedback);

    void paint(QPainter& painter, const MapLayer& layer,
               const std::set<std::int64_t>* selected) const;

private:
    const core::SqliteDatabase& db_;
    MapViewport viewport_;
    LabelPlacer& labels_;
    const core::Feedback& feedback_;
};

}  // namespace gigamap::render
