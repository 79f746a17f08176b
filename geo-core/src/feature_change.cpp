#include "gigamap/core/feature_change.h"

#include <algorithm>

namespace gigamap::core {

FeatureChange::Action FeatureChange::action() const {
    if (!before) {
        return Action::Insert;
    }
    return after ? Action::Update : Action::Delete;
}

std::int64_t FeatureChange::fid() const {
    return before ? before->fid : (after ? after->fid : 0);
}

ChangeSet inverted(const ChangeSet& changes) {
    ChangeSet inverse;
    inverse.reserve(changes.size());
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        inverse.push_back({it->table, it->after, it->before});
    }
    return inverse;
}

const char* actionName(FeatureChange::Action action) {
    switch (action) {
        case FeatureChange::Action::Insert:
            return "insert";
        case FeatureChange::Action::Update:
            return "update";
        case FeatureChange::Action::Delete:
            return "delete";
    }
    return "update";
}

}  // namespace gigamap::core
