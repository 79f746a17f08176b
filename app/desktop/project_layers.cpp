#include "project_layers.h"

#include <array>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/project.h"
#include "gigamap/core/transaction.h"
#include "gigamap/render/default_styles.h"
#include "gigamap/render/style_store.h"
#include "layer_tree_state.h"

namespace gigamap::desktop {
namespace {

// Drawing order, top first; layers of the schema not listed here go at the bottom.
constexpr std::array kTopFirst{"nodes",        "chambers",  "hotspots", "ducts",     "street_works",
                               "restrictions", "postcodes", "roads",    "boundaries"};
constexpr std::array kHiddenAtFirst{"mobile_postcodes", "mobile_coverage"};

bool listed(const auto& names, const std::string& table) {
    return std::find(names.begin(), names.end(), table) != names.end();
}

}  // namespace

std::vector<render::MapLayer> loadProjectLayers(core::Project& project) {
    std::vector<std::string> tables(kTopFirst.begin(), kTopFirst.end());
    for (const auto& schema : core::projectLayers()) {
        if (!listed(tables, schema.table)) {
            tables.push_back(schema.table);
        }
    }
    render::StyleStore store(project.database());
    const auto saved = store.loadAll();
    std::vector<render::MapLayer> layers;
    std::optional<core::Transaction> transaction;
    if (!project.isReadOnly()) {
        transaction.emplace(project.database());
    }
    for (const auto& table : tables) {
        const auto it = saved.find(table);
        render::LayerStyle style = it != saved.end() ? it->second : render::defaultStyle(table);
        if (it == saved.end() && transaction) {
            store.save(table, style);
        }
        render::MapLayer layer = render::MapLayer::projectLayer(table, std::move(style));
        layer.visible = !listed(kHiddenAtFirst, table) && project.layer(table).count() > 0;
        layers.push_back(std::move(layer));
    }
    if (transaction) {
        transaction->commit();
    }
    if (const auto state = project.metaValue(kLayerTreeStateKey)) {
        return withLayerTreeState(*state, std::move(layers));
    }
    return layers;
}

}  // namespace gigamap::desktop
