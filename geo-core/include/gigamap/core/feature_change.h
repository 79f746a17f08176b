#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/core/feature.h"

namespace gigamap::core {

// One feature's part of an edit: the row as it was (nothing for an insert)
// and as it becomes (nothing for a delete). Holding both states makes every
// edit reversible and lets the edit log say exactly what changed.
struct FeatureChange {
    enum class Action { Insert, Update, Delete };

    std::string table;
    std::optional<Feature> before;
    std::optional<Feature> after;

    [[nodiscard]] Action action() const;
    // The feature's fid: after's for an insert (0 until the store gives one), before's otherwise.
    [[nodiscard]] std::int64_t fid() const;
};

// The feature changes of one user action, applied together in one transaction.
using ChangeSet = std::vector<FeatureChange>;

// The change set that undoes `changes`: each change reversed, in reverse order.
[[nodiscard]] ChangeSet inverted(const ChangeSet& changes);

[[nodiscard]] const char* actionName(FeatureChange::Action action);

}  // namespace gigamap::core
