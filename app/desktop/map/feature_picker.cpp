#include "map/feature_picker.h"

#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/render/feature_reader.h"
#include "gigamap/render/result_layer.h"

namespace gigamap::desktop {

FeaturePicker::FeaturePicker(const core::SqliteDatabase& db) : db_(db) {}

render::FeatureIds FeaturePicker::featuresIn(const core::BoundingBox& box,
                                             const std::vector<render::MapLayer>& layers) const {
    const core::GeosContext geos;
    const core::Geometry area = geos.box(box);
    render::FeatureIds found;
    for (const auto& layer : layers) {
        if (!layer.visible || layer.source == render::MapLayer::Source::BackgroundFile) {
            continue;
        }
        const auto take = [&](const render::FeatureRow& row) {
            if (geos.readWkb(row.wkb).intersects(area)) {
                found[layer.table].insert(row.fid);
            }
            return true;
        };
        if (layer.result) {
            layer.result->forEachInBox(box, {}, take);
        } else {
            render::FeatureReader(db_, core::layerSchema(layer.table), {}).forEachInBox(box, take);
        }
    }
    return found;
}

}  // namespace gigamap::desktop
