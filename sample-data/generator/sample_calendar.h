#pragma once

#include <fmt/format.h>

#include <string>

namespace gigamap::sample {

// The sample's year of works is 2026. Day 0 is 1 January; days past the end
// of the year run on into 2027.
inline std::string isoDay(int dayOf2026) {
    static constexpr int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int year = 2026;
    int month = 0;
    int day = dayOf2026;
    while (day >= kMonthDays[month]) {
        day -= kMonthDays[month];
        if (++month == 12) {
            month = 0;
            ++year;
        }
    }
    return fmt::format("{}-{:02d}-{:02d}", year, month + 1, day + 1);
}

}  // namespace gigamap::sample
