#pragma once

// Number and text formatting for the report: grouped thousands, pounds,
// metres, shares, and HTML escaping.
#include <cstdint>
#include <string>
#include <string_view>

namespace gigamap::report {

[[nodiscard]] std::string escape(std::string_view text);
[[nodiscard]] std::string grouped(std::int64_t value);
// Whole units with grouped thousands ("12,345").
[[nodiscard]] std::string whole(double value);
[[nodiscard]] std::string pounds(double value);                   // "£12,345"
[[nodiscard]] std::string metres(double value);                   // "1,234.5 m"
[[nodiscard]] std::string percent(double share);                  // 0.1234 -> "12.3 %"
[[nodiscard]] std::string squareKilometres(double squareMetres);  // "566.74 km²"

}  // namespace gigamap::report
