#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/feature.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/render/feature_reader.h"

namespace gigamap::render {

// Features an analysis made (gap polygons, One Dig pairs), held in memory as
// QGIS holds a memory layer: drawn, styled and exported like a project layer,
// never written into the project. Immutable once made, so the rendering
// thread can share it with the GUI.
class ResultLayer {
public:
    ResultLayer(core::LayerSchema schema, std::vector<core::Feature> features);

    [[nodiscard]] const core::LayerSchema& schema() const { return schema_; }
    [[nodiscard]] const std::vector<core::Feature>& features() const { return features_; }
    // The feature with this fid, or nullptr.
    [[nodiscard]] const core::Feature* feature(std::int64_t fid) const;
    [[nodiscard]] std::optional<core::BoundingBox> extent() const;

    // Calls `visit` for each feature whose box meets `box`, in fid order, with
    // the fields asked for (NULL for a field the feature lacks), until it
    // returns false. Throws core::StoreError for a field not in the schema.
    void forEachInBox(const core::BoundingBox& box, const std::vector<std::string>& fields,
                      const std::function<bool(const FeatureRow&)>& visit) const;

private:
    core::LayerSchema schema_;
    std::vector<core::Feature> features_;   // in fid order
    std::vector<core::BoundingBox> boxes_;  // of features_, empty box for no geometry
    std::optional<core::BoundingBox> extent_;
};

}  // namespace gigamap::render
