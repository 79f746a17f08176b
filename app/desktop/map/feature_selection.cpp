#include "map/feature_selection.h"

#include <utility>

namespace gigamap::desktop {

std::set<std::int64_t> FeatureSelection::ids(const std::string& layer) const {
    const auto it = ids_.find(layer);
    return it == ids_.end() ? std::set<std::int64_t>{} : it->second;
}

std::size_t FeatureSelection::count() const {
    std::size_t total = 0;
    for (const auto& [layer, fids] : ids_) {
        total += fids.size();
    }
    return total;
}

void FeatureSelection::select(const render::FeatureIds& features, Mode mode) {
    render::FeatureIds next = mode == Mode::Replace ? render::FeatureIds{} : ids_;
    for (const auto& [layer, fids] : features) {
        next[layer].insert(fids.begin(), fids.end());
    }
    std::erase_if(next, [](const auto& entry) { return entry.second.empty(); });
    if (next != ids_) {
        ids_ = std::move(next);
        emit changed();
    }
}

void FeatureSelection::setLayer(const std::string& layer, std::set<std::int64_t> fids) {
    if (ids(layer) == fids) {
        return;
    }
    if (fids.empty()) {
        ids_.erase(layer);
    } else {
        ids_[layer] = std::move(fids);
    }
    emit changed();
}

void FeatureSelection::clear() {
    if (!ids_.empty()) {
        ids_.clear();
        emit changed();
    }
}

}  // namespace gigamap::desktop
