#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "gigamap/core/value.h"

namespace gigamap::core {

struct LayerSchema;

// What the network's domain says about one field: its list of values (a
// closed list refuses others; an open one only suggests), and whether a
// feature must have it.
struct FieldRule {
    std::vector<std::string> values;
    bool closedList = false;
    bool mandatory = false;
};

// The rule of a field of an editable layer (chambers, nodes, hotspots,
// ducts): an empty rule for a field the domain says nothing about.
[[nodiscard]] FieldRule fieldRule(std::string_view table, std::string_view field);

// Whether a field holds an ISO calendar date (YYYY-MM-DD).
[[nodiscard]] bool isDateField(std::string_view field);

// What is wrong with `attributes` for a feature of `layer`, one sentence each
// naming the field (mandatory fields missing, values off a closed list, a
// diameter or radius that is not positive, bad dates, a planned end before
// the planned start); empty when they may be stored.
[[nodiscard]] std::vector<std::string> validateAttributes(
    const LayerSchema& layer, const std::map<std::string, Value>& attributes);

}  // namespace gigamap::core
