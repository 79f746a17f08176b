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

// The same day of the month `months` later (earlier when negative); the
// month's last day when it is shorter (31 January + 1 month = 28 or 29 February).
[[nodiscard]] int addMonths(int day, int months);

// Today's day number (UTC).
[[nodiscard]] int today();

// Monday 0 .. Sunday 6.
[[nodiscard]] int weekday(int day);

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
