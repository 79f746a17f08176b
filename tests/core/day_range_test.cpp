#include <gtest/gtest.h>

#include "gigamap/core/day_range.h"

namespace gigamap::core {
namespace {

TEST(DayRangeTest, DayNumbersRoundTripAcrossLeapYearsAndCenturies) {
    EXPECT_EQ(dayNumber("1970-01-01"), 0);
    EXPECT_EQ(dayNumber("1970-01-02"), 1);
    EXPECT_EQ(dayNumber("1969-12-31"), -1);
    EXPECT_EQ(*dayNumber("2024-03-01") - *dayNumber("2024-02-28"), 2);  // 29 Feb 2024
    EXPECT_EQ(*dayNumber("2100-03-01") - *dayNumber("2100-02-28"), 1);  // no 29 Feb 2100
    EXPECT_EQ(*dayNumber("2000-03-01") - *dayNumber("2000-02-28"), 2);
    for (int day = -800000; day < 800000; day += 997) {
        EXPECT_EQ(dayNumber(isoDate(day)), day);
    }
    EXPECT_EQ(isoDate(*dayNumber("2026-11-27")), "2026-11-27");
    EXPECT_EQ(dayNumber("2026-11-27T09:00:00Z"), dayNumber("2026-11-27"));
}

TEST(DayRangeTest, NotDatesAreNothing) {
    for (const char* text : {"", "2026-02-29", "2026-13-01", "2026-00-10", "2026/08/25", "26-08-25",
                             "2026-08-2x", "2026-08-25X"}) {
        EXPECT_FALSE(dayNumber(text)) << text;
    }
    EXPECT_FALSE(DayRange::fromIso("2026-05-04", "2026-05-03"));  // ends before it starts
    EXPECT_FALSE(DayRange::fromIso("", "2026-05-03"));
}

TEST(DayRangeTest, RangesIncludeBothEnds) {
    const auto may = *DayRange::fromIso("2026-05-01", "2026-05-03");
    const auto touching = *DayRange::fromIso("2026-05-03", "2026-05-09");
    const auto adjacent = *DayRange::fromIso("2026-05-04", "2026-05-09");
    EXPECT_TRUE(may.overlaps(touching));
    EXPECT_TRUE(touching.overlaps(may));
    EXPECT_FALSE(may.overlaps(adjacent));
    EXPECT_FALSE(adjacent.overlaps(may));
    EXPECT_EQ(may.overlap(touching).days(), 1);
    EXPECT_EQ(isoDate(may.overlap(touching).start), "2026-05-03");
    EXPECT_EQ(may.days(), 3);
}

}  // namespace
}  // namespace gigamap::core
