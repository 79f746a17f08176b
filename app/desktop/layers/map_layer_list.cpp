#include "layers/map_layer_list.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace gigamap::desktop {

std::size_t MapLayerList::indexOf(const std::string& table) const {
    const auto it = std::find_if(layers_.begin(), layers_.end(), [&](const render::MapLayer& l) {
        return l.source == render::MapLayer::Source::Project && l.table == table;
    });
    return static_cast<std::size_t>(it - layers_.begin());
}

void MapLayerList::setLayers(std::vector<render::MapLayer> layers) {
    layers_ = std::move(layers);
    emit changed();
}

void MapLayerList::add(render::MapLayer layer) {
    layers_.insert(layers_.begin(), std::move(layer));
    emit changed();
}

void MapLayerList::remove(std::size_t index) {
    layers_.erase(layers_.begin() + static_cast<std::ptrdiff_t>(index));
    emit changed();
}

void MapLayerList::setVisible(std::size_t index, bool visible) {
    if (layers_.at(index).visible != visible) {
        layers_[index].visible = visible;
        emit changed();
    }
}

void MapLayerList::setStyle(std::size_t index, const render::LayerStyle& style) {
    layers_.at(index).style = style;
    emit styleChanged(index);
    emit changed();
}

void MapLayerList::setDayFilter(std::size_t index, const std::optional<render::DayFilter>& filter) {
    if (layers_.at(index).dayFilter != filter) {
        layers_[index].dayFilter = filter;
        emit drawingChanged();
    }
}

void MapLayerList::putResult(render::MapLayer layer) {
    const auto it = std::find_if(layers_.begin(), layers_.end(), [&](const render::MapLayer& l) {
        return l.source == render::MapLayer::Source::Result && l.table == layer.table;
    });
    if (it != layers_.end()) {
        layer.style = it->style;  // the user's styling outlives a re-run
        layer.visible = it->visible;
        *it = std::move(layer);
    } else {
        layers_.insert(layers_.begin(), std::move(layer));
    }
    emit changed();
}

void MapLayerList::reorder(const std::vector<std::size_t>& order) {
    if (order.size() != layers_.size()) {
        throw std::invalid_argument("a new layer order must list every layer once");
    }
    std::vector<render::MapLayer> reordered;
    reordered.reserve(order.size());
    for (const std::size_t index : order) {
        reordered.push_back(layers_.at(index));
    }
    layers_ = std::move(reordered);
    emit changed();
}

}  // namespace gigamap::desktop
