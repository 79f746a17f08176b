#include "gigamap/core/project_handle.h"

#include "gigamap/core/feature_store.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/postgis_project.h"
#include "gigamap/core/project.h"
#include "gigamap/core/project_locator.h"

namespace gigamap::core {

std::vector<LayerSummary> ProjectHandle::layerSummaries() const {
    const FeatureStore& store = features();
    std::vector<LayerSummary> summaries;
    for (const auto& schema : projectLayers()) {
        summaries.push_back({schema.table, schema.geometryType, store.count(schema.table),
                             store.extent(schema.table)});
    }
    return summaries;
}

std::unique_ptr<ProjectHandle> openProject(const ProjectLocator& locator,
                                           ProjectHandle::Access access) {
    if (locator.isServer()) {
        return std::make_unique<PostgisProject>(PostgisProject::open(locator, access));
    }
    return std::make_unique<Project>(Project::open(locator.path(), access));
}

}  // namespace gigamap::core
