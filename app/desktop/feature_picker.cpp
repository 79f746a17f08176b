#include "feature_picker.h"

#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/render/feature_reader.h"

namespace gigamap::desktop {

FeaturePicker::FeaturePicker(const core::SqliteDatabase& db) : db_(db) {}

render::FeatureIds FeaturePicker::featuresIn(const core::BoundingBox& box,
                                             const std::vector<render::MapLayer>& layers) const {
    const core::GeosContext geos;
    const core::Geometry area = geos.box(box);
    render::FeatureIds found;
    for (const auto& layer : layers) {
        if (!layer.visible || layer.source != render::MapLayer::Source::Project) {
            continue;
        }
        render::FeatureReader reader(db_, core::layerSchema(layer.table), {});
        reader.forEachInBox(box, [&](const render::FeatureRow& row) {
            if (geos.readWkb(row.wkb).intersects(area)) {
                found[layer.table].insert(row.fid);
            }
            return true;
        });
    }
    return found;
}

}  // namespace gigamap::desktop
