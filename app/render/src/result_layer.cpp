#include "gigamap/render/result_layer.h"

#include <fmt/format.h>

#include <algorithm>

#include "gigamap/core/error.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/render/extent.h"

namespace gigamap::render {

ResultLayer::ResultLayer(core::LayerSchema schema, std::vector<core::Feature> features)
    : schema_(std::move(schema)), features_(std::move(features)) {
    std::ranges::sort(features_, {}, &core::Feature::fid);
    const core::GeosContext context;
    boxes_.reserve(features_.size());
    for (const auto& feature : features_) {
        if (feature.geometry.empty()) {
            boxes_.push_back({1.0, 1.0, 0.0, 0.0});  // meets nothing
            continue;
        }
        boxes_.push_back(context.readWkb(feature.geometry).envelope());
        extendBy(extent_, boxes_.back());
    }
}

const core::Feature* ResultLayer::feature(std::int64_t fid) const {
    const auto it = std::ranges::lower_bound(features_, fid, {}, &core::Feature::fid);
    return it != features_.end() && it->fid == fid ? &*it : nullptr;
}

std::optional<core::BoundingBox> ResultLayer::extent() const {
    return extent_;
}

void ResultLayer::forEachInBox(const core::BoundingBox& box, const std::vector<std::string>& fields,
                               const std::function<bool(const FeatureRow&)>& visit) const {
    for (const auto& name : fields) {
        if (schema_.field(name) == nullptr) {
            throw core::StoreError(fmt::format("layer {} has no field '{}'", schema_.table, name));
        }
    }
    FeatureRow row;
    row.values.resize(fields.size());
    for (std::size_t i = 0; i < features_.size(); ++i) {
        const core::BoundingBox& b = boxes_[i];
        if (b.minX > box.maxX || b.maxX < box.minX || b.minY > box.maxY || b.maxY < box.minY) {
            continue;
        }
        const core::Feature& feature = features_[i];
        row.fid = feature.fid;
        for (std::size_t f = 0; f < fields.size(); ++f) {
            row.values[f] = feature.attribute(fields[f]);
        }
        row.wkb = feature.geometry;
        if (!visit(row)) {
            return;
        }
    }
}

}  // namespace gigamap::render
