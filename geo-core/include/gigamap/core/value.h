#pragma once

#include <cstdint>
#include <string>
#include <variant>

namespace gigamap::core {

// One attribute value as the store holds it: NULL, integer, real or text.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

[[nodiscard]] inline bool isNull(const Value& value) {
    return std::holds_alternative<std::monostate>(value);
}

}  // namespace gigamap::core
