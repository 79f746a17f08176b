#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gigamap::importers {

// The calendar day in the UK (Europe/London) of an ISO 8601 date or date-time,
// as "YYYY-MM-DD". Street Manager writes dates as the UTC instant of local
// midnight, so "2020-06-23T23:00:00.000Z" is 24 June (BST) and
// "2020-01-10T00:00:00.000Z" is 10 January (GMT). A date-time with no zone is
// taken as local time already; an offset other than Z is applied first.
// Nothing when the text is not such a date.
[[nodiscard]] std::optional<std::string> ukDate(std::string_view text);

// The reverse, as Street Manager writes it: the UTC instant of midnight in the
// UK on a "YYYY-MM-DD" day ("2026-06-24" -> "2026-06-23T23:00:00.000Z").
[[nodiscard]] std::string ukMidnightAsUtc(std::string_view day);

}  // namespace gigamap::importers
