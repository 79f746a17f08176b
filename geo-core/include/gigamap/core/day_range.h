#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gigamap::core {

// Days since 1970-01-01 of an ISO "YYYY-MM-DD" date (anything after the tenth
// character, such as a time, is ignored); nothing when it is not a real date.
[[nodiscard]] std::optional<int> dayNumber(std::string_view isoDate);

// The ISO "YYYY-MM-DD" of a day number.
[[nodiscard]] std::string isoDate(int day);

// A range of whole days, both ends included (docs/design.md, The analyses): a range
// ending on 3 May and one starting on 4 May do not overlap.
struct DayRange {
    int start = 0;
    int end = 0;

    // Nothing when either date is missing or not a date, or end < start: such
    // a range overlaps nothing, as in SQL.
    [[nodiscard]] static std::optional<DayRange> fromIso(std::string_view start,
                                                         std::string_view end);

    [[nodiscard]] bool overlaps(const DayRange& other) const {
        return start <= other.end && other.start <= end;
    }
    // The common days of two overlapping ranges.
    [[nodiscard]] DayRange overlap(const DayRange& other) const;
    [[nodiscard]] int days() const { return end - start + 1; }
};

}  // namespace gigamap::core
