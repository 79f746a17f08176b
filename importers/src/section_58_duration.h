#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gigamap::importers {

// The last day of a Section 58 restriction that starts on `startDay`
// ("YYYY-MM-DD") and lasts `duration` as Street Manager writes it
// (section_58_duration: "one_month", "six_months", "two_years", ...) or as
// people do ("6 months", "1 year", "90 days", "2 weeks"): the day before the
// same date that much later, so six months from 1 May end on 31 October.
// Nothing when the duration is not one of these.
[[nodiscard]] std::optional<std::string> endAfter(std::string_view startDay,
                                                  std::string_view duration);

}  // namespace gigamap::importers
