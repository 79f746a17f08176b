#pragma once

#include <optional>
#include <string_view>

namespace gigamap::core {

class WorkingDays;

// Street Manager's work categories, which set how early a permit must be
// applied for (the permit scheme's notice periods, as Street Manager's
// business rules apply them): immediate works none; minor works 3 working
// days; standard works 10 working days; major works a provisional advance
// authorisation (PAA) 3 months ahead, then the permit 10 working days ahead.
enum class WorkCategory { Immediate, Minor, Standard, Major };

// "minor", "Standard", "major", "immediate", "Immediate - urgent", ... as a
// category; empty text is Standard (a planned duct's default); nothing for
// text that is none of these.
[[nodiscard]] std::optional<WorkCategory> workCategoryFromText(std::string_view text);
[[nodiscard]] std::string_view workCategoryName(WorkCategory category);

// The last day an application can be made for a dig of this category that
// starts on `start` (day numbers): for major works the PAA's day (3 calendar
// months before, the earlier of its two notices), for minor and standard
// works the day the working days of notice begin (see
// WorkingDays::workingDaysBefore), for immediate works the day itself.
[[nodiscard]] int applyBy(WorkCategory category, int start, const WorkingDays& calendar);

}  // namespace gigamap::core
