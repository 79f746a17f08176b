#include "gigamap/core/attribute_rules.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "gigamap/core/day_range.h"
#include "gigamap/core/layer_schema.h"

namespace gigamap::core {
namespace {

const std::vector<std::string> kNetworkStatus{"existing", "planned", "proposed", "abandoned"};
// Suggestions only: every council has its own owners and duct products.
const std::vector<std::string> kOwners{"Council", "Openreach", "CityFibre", "Virgin Media O2",
                                       "Other"};

bool isEmpty(const Value& value) {
    if (const auto* text = std::get_if<std::string>(&value)) {
        return text->empty();
    }
    return isNull(value);
}

std::optional<double> number(const Value& value) {
    if (const auto* d = std::get_if<double>(&value)) {
        return *d;
    }
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        return static_cast<double>(*i);
    }
    return std::nullopt;
}

}  // namespace

FieldRule fieldRule(std::string_view table, std::string_view field) {
    if (field == "owner") {
        return {kOwners, false, false};
    }
    if (table == "ducts") {
        if (field == "status") {
            return {kNetworkStatus, true, true};
        }
        if (field == "surface") {
            return {{"verge", "footway", "carriageway", "unknown"}, true, false};
        }
        if (field == "duct_type") {
            return {{"ductile 110 mm", "ductile 90 mm", "ductile 54 mm", "microduct bundle",
                     "direct buried"},
                    false,
                    false};
        }
    }
    if (table == "chambers") {
        if (field == "ref") {
            return {{}, false, true};
        }
        if (field == "status") {
            return {kNetworkStatus, true, true};
        }
        if (field == "chamber_type") {
            return {{"JB", "JC", "JBC4", "FW2", "FW4", "FW6", "FW10", "CW"}, false, false};
        }
    }
    if (table == "nodes") {
        if (field == "kind") {
            return {{"exchange", "digital_exchange", "cabinet", "pole", "data_centre"}, true, true};
        }
        if (field == "status") {
            return {kNetworkStatus, true, true};
        }
    }
    if (table == "hotspots" && field == "status") {
        return {{"live", "planned"}, true, true};
    }
    return {};
}

bool isDateField(std::string_view field) {
    return field == "planned_start" || field == "planned_end" || field == "installed";
}

std::vector<std::string> validateAttributes(const LayerSchema& layer,
                                            const std::map<std::string, Value>& attributes) {
    std::vector<std::string> problems;
    const auto valueOf = [&](const std::string& name) -> Value {
        const auto it = attributes.find(name);
        return it == attributes.end() ? Value{} : it->second;
    };
    for (const auto& field : layer.fields) {
        const FieldRule rule = fieldRule(layer.table, field.name);
        const Value value = valueOf(field.name);
        if (rule.mandatory && isEmpty(value)) {
            problems.push_back(fmt::format("{} is required", field.name));
            continue;
        }
        if (const auto* text = std::get_if<std::string>(&value);
            text != nullptr && !text->empty() && rule.closedList &&
            std::find(rule.values.begin(), rule.values.end(), *text) == rule.values.end()) {
            problems.push_back(
                fmt::format("{} must be one of: {}", field.name, fmt::join(rule.values, ", ")));
        }
        if (isDateField(field.name) && !isEmpty(value)) {
            const auto* text = std::get_if<std::string>(&value);
            if (text == nullptr || !dayNumber(*text)) {
                problems.push_back(fmt::format("{} must be a date written YYYY-MM-DD", field.name));
            }
        }
    }
    for (const char* positive : {"diameter_mm", "radius_m"}) {
        if (layer.field(positive) == nullptr) {
            continue;
        }
        if (const auto n = number(valueOf(positive)); n && !(*n > 0.0)) {
            problems.push_back(fmt::format("{} must be positive", positive));
        }
    }
    for (const char* notNegative : {"depth_m", "subducts", "spare_subducts"}) {
        if (layer.field(notNegative) == nullptr) {
            continue;
        }
        if (const auto n = number(valueOf(notNegative)); n && *n < 0.0) {
            problems.push_back(fmt::format("{} cannot be negative", notNegative));
        }
    }
    const auto subducts = number(valueOf("subducts"));
    const auto spare = number(valueOf("spare_subducts"));
    if (subducts && spare && *spare > *subducts) {
        problems.emplace_back("spare_subducts cannot exceed subducts");
    }
    const Value startValue = valueOf("planned_start");
    const Value endValue = valueOf("planned_end");
    const auto* startText = std::get_if<std::string>(&startValue);
    const auto* endText = std::get_if<std::string>(&endValue);
    if (startText != nullptr && endText != nullptr) {
        const auto first = dayNumber(*startText);
        const auto last = dayNumber(*endText);
        if (first && last && *last < *first) {
            problems.emplace_back("planned_end cannot be before planned_start");
        }
    }
    return problems;
}

}  // namespace gigamap::core
