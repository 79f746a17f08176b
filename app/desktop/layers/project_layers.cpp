#include "layers/project_layers.h"

#include "gigamap/core/project.h"
#include "gigamap/core/transaction.h"
#include "gigamap/render/project_map_layers.h"
#include "gigamap/render/style_store.h"
#include "layers/layer_tree_state.h"

namespace gigamap::desktop {

std::vector<render::MapLayer> loadProjectLayers(core::Project& project) {
    auto layers = render::projectMapLayers(project);
    if (!project.isReadOnly()) {
        // The project keeps the styles it was first shown with, as QGIS does.
        render::StyleStore store(project.database());
        const auto saved = store.loadAll();
        core::Transaction transaction(project.database());
        for (const auto& layer : layers) {
            if (!saved.contains(layer.table)) {
                store.save(layer.table, layer.style);
            }
        }
        transaction.commit();
    }
    if (const auto state = project.metaValue(kLayerTreeStateKey)) {
        return withLayerTreeState(*state, std::move(layers));
    }
    return layers;
}

}  // namespace gigamap::desktop
