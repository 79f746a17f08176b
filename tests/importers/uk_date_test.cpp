#include <gtest/gtest.h>

#include "gigamap/importers/uk_date.h"

namespace gigamap::importers {
namespace {

TEST(UkDate, StreetManagerMidnightsAreLocalDays) {
    EXPECT_EQ(ukDate("2020-06-23T23:00:00.000Z"), "2020-06-24");  // BST midnight
    EXPECT_EQ(ukDate("2020-06-10T00:00:00.000Z"), "2020-06-10");
    EXPECT_EQ(ukDate("2020-01-10T00:00:00.000Z"), "2020-01-10");  // GMT midnight
    EXPECT_EQ(ukDate("2020-01-09T23:59:59Z"), "2020-01-09");
}

TEST(UkDate, SummerTimeChangesAtOneInTheMorningUtc) {
    // 2026: BST from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
    EXPECT_EQ(ukDate("2026-03-29T00:59:59Z"), "2026-03-29");
    EXPECT_EQ(ukDate("2026-03-28T23:30:00Z"), "2026-03-28");  // still GMT
    EXPECT_EQ(ukDate("2026-10-24T23:30:00Z"), "2026-10-25");  // still BST
    EXPECT_EQ(ukDate("2026-10-25T23:30:00Z"), "2026-10-25");  // GMT again
}

TEST(UkDate, OffsetsPlainDatesAndLocalTimes) {
    EXPECT_EQ(ukDate("2026-03-22"), "2026-03-22");
    EXPECT_EQ(ukDate("2026-07-01T23:30:00+00:00"), "2026-07-02");
    EXPECT_EQ(ukDate("2026-07-02T01:30:00+02:00"), "2026-07-02");
    EXPECT_EQ(ukDate("2026-07-01T23:30:00"), "2026-07-01");
}

TEST(UkDate, MidnightsWrittenAsStreetManagerDoes) {
    EXPECT_EQ(ukMidnightAsUtc("2026-06-24"), "2026-06-23T23:00:00.000Z");
    EXPECT_EQ(ukMidnightAsUtc("2026-01-10"), "2026-01-10T00:00:00.000Z");
    EXPECT_EQ(ukMidnightAsUtc("2026-03-29"), "2026-03-29T00:00:00.000Z");  // BST starts at 01:00
    EXPECT_EQ(ukMidnightAsUtc("2026-03-30"), "2026-03-29T23:00:00.000Z");
    EXPECT_EQ(ukMidnightAsUtc("2026-10-25"), "2026-10-24T23:00:00.000Z");  // BST ends at 01:00 UTC
    EXPECT_EQ(ukMidnightAsUtc("2026-10-26"), "2026-10-26T00:00:00.000Z");
    for (const char* day : {"2026-02-01", "2026-03-29", "2026-03-30", "2026-07-15", "2026-10-25",
                            "2026-10-26", "2026-12-31"}) {
        EXPECT_EQ(ukDate(ukMidnightAsUtc(day)), day);
    }
}

TEST(UkDate, RefusesWhatIsNotADate) {
    EXPECT_FALSE(ukDate(""));
    EXPECT_FALSE(ukDate("22/03/2026"));
    EXPECT_FALSE(ukDate("2026-02-30"));
    EXPECT_FALSE(ukDate("2026-03-22T25:00:00Z"));
    EXPECT_FALSE(ukDate("2026-03-22Tnoon"));
    EXPECT_FALSE(ukDate("2026-03-22T10:00:00+5"));
}

}  // namespace
}  // namespace gigamap::importers
