#pragma once

#include <string_view>

namespace gigamap::core {

// Section 58 restrictions, the restrictions layer (docs/design.md, One Dig).
// `kind` s58 or s58a restricts digging; proposed_s58 is announced but not yet
// in force. `status` is Street Manager's section_58_status: proposed,
// in_force, closed or cancelled, NULL read as in_force. Closed and cancelled
// restrictions restrict nothing any more, whatever their dates.

// SQL: a restrictions row's status in lower case, NULL read as in_force.
inline constexpr std::string_view kSection58StatusSql = "lower(coalesce(status, 'in_force'))";

// SQL condition on a restrictions row: neither closed nor cancelled.
inline constexpr std::string_view kSection58OpenSql =
    "lower(coalesce(status, 'in_force')) NOT IN ('closed', 'cancelled')";

// Whether a restriction with this (lower-case) status still restricts.
[[nodiscard]] constexpr bool section58IsOpen(std::string_view status) {
    return status != "closed" && status != "cancelled";
}

// Whether an open restriction is only proposed.
[[nodiscard]] constexpr bool section58IsProposed(std::string_view kind, std::string_view status) {
    return kind == "proposed_s58" || status == "proposed";
}

}  // namespace gigamap::core
