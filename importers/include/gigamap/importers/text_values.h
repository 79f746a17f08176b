#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gigamap::importers {

// Strict parsing of numbers in source files: the whole text, spaces around it
// allowed, must be the number; nothing otherwise.
[[nodiscard]] std::optional<double> parseDouble(std::string_view text);
[[nodiscard]] std::optional<std::int64_t> parseInteger(std::string_view text);

[[nodiscard]] std::string_view trim(std::string_view text);
[[nodiscard]] std::string lowerCase(std::string_view text);

}  // namespace gigamap::importers
