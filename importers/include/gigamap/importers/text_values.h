#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "gigamap/core/layer_schema.h"
#include "gigamap/core/value.h"

namespace gigamap::importers {

// Strict parsing of numbers in source files: the whole text, spaces around it
// allowed, must be the number; nothing otherwise.
[[nodiscard]] std::optional<double> parseDouble(std::string_view text);
[[nodiscard]] std::optional<std::int64_t> parseInteger(std::string_view text);

// A value converted for a field of the given type, or why it cannot be
// ("not a number"). Empty text is NULL for numeric fields.
using ConvertedValue = std::variant<core::Value, std::string>;
[[nodiscard]] ConvertedValue valueFromText(std::string_view text, core::FieldType type);

[[nodiscard]] std::string_view trim(std::string_view text);
[[nodiscard]] std::string lowerCase(std::string_view text);

}  // namespace gigamap::importers
