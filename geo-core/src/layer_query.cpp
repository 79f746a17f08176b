#include "gigamap/core/layer_query.h"

#include <fmt/format.h>

namespace gigamap::core {

FieldCondition FieldCondition::equal(std::string field, Value value) {
    return {std::move(field), Op::Equal, {std::move(value)}};
}

FieldCondition FieldCondition::in(std::string field, std::vector<Value> values) {
    return {std::move(field), Op::In, std::move(values)};
}

FieldCondition FieldCondition::notEmpty(std::string field) {
    return {std::move(field), Op::NotEmpty, {}};
}

std::string FeatureRow::text(std::size_t i, std::string_view fallback) const {
    const Value& value = values.at(i);
    if (const auto* text = std::get_if<std::string>(&value)) {
        return *text;
    }
    if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        return std::to_string(*integer);
    }
    if (const auto* real = std::get_if<double>(&value)) {
        return fmt::format("{}", *real);
    }
    return std::string(fallback);
}

double FeatureRow::number(std::size_t i, double fallback) const {
    const Value& value = values.at(i);
    if (const auto* real = std::get_if<double>(&value)) {
        return *real;
    }
    if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        return static_cast<double>(*integer);
    }
    return fallback;
}

}  // namespace gigamap::core
