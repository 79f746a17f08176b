#include <gtest/gtest.h>

#include "gigamap/core/day_range.h"
#include "gigamap/core/error.h"
#include "gigamap/core/notice_period.h"
#include "gigamap/core/working_days.h"

namespace gigamap::core {
namespace {

int day(const char* iso) {
    return dayNumber(iso).value();
}

TEST(WorkingDaysTest, EnglandAndWalesSkipsWeekendsAndBankHolidays) {
    const auto& calendar = WorkingDays::englandAndWales();
    EXPECT_TRUE(calendar.isBankHoliday(day("2026-12-28")));  // Boxing Day's substitute
    EXPECT_FALSE(calendar.isWorkingDay(day("2026-12-26")));  // a Saturday
    EXPECT_TRUE(calendar.isWorkingDay(day("2026-12-29")));
    EXPECT_FALSE(calendar.isWorkingDay(day("2022-09-19")));  // the State Funeral
    EXPECT_TRUE(calendar.covers(day("2018-01-01")));
    EXPECT_TRUE(calendar.covers(day("2027-12-31")));
    EXPECT_FALSE(calendar.covers(day("2028-01-03")));
    // Over Christmas 2026: 3 working days before Wednesday 30 December are
    // 29, 24 and 23 December.
    EXPECT_EQ(isoDate(calendar.workingDaysBefore(day("2026-12-30"), 3)), "2026-12-23");
}

TEST(WorkingDaysTest, ABadDateInTheDataNamesItsLine) {
    try {
        (void)WorkingDays::fromCsv("# source\ndate,title\n2026-01-01,New Year\n2026-13-01,Bad\n");
        FAIL() << "a month 13 was accepted";
    } catch (const AnalysisError& error) {
        EXPECT_NE(std::string(error.what()).find("line 4"), std::string::npos) << error.what();
    }
}

TEST(NoticePeriodTest, CategoriesFromStreetManagerText) {
    EXPECT_EQ(workCategoryFromText(""), WorkCategory::Standard);
    EXPECT_EQ(workCategoryFromText(" Minor "), WorkCategory::Minor);
    EXPECT_EQ(workCategoryFromText("MAJOR"), WorkCategory::Major);
    EXPECT_EQ(workCategoryFromText("immediate_emergency"), WorkCategory::Immediate);
    EXPECT_EQ(workCategoryFromText("urgent-ish"), std::nullopt);
}

TEST(NoticePeriodTest, ApplyByAPlainWeek) {
    const auto& calendar = WorkingDays::englandAndWales();
    // Friday 16 October 2026: minor works from Tuesday 13th (13, 14, 15 are
    // the 3 working days), standard from Friday 2nd, major from 16 July.
    const int start = day("2026-10-16");
    EXPECT_EQ(isoDate(applyBy(WorkCategory::Minor, start, calendar)), "2026-10-13");
    EXPECT_EQ(isoDate(applyBy(WorkCategory::Standard, start, calendar)), "2026-10-02");
    EXPECT_EQ(isoDate(applyBy(WorkCategory::Major, start, calendar)), "2026-07-16");
    EXPECT_EQ(applyBy(WorkCategory::Immediate, start, calendar), start);
}

TEST(DayRangeTest, AddMonthsKeepsTheDayOrTheMonthsLast) {
    EXPECT_EQ(isoDate(addMonths(day("2026-01-31"), 1)), "2026-02-28");
    EXPECT_EQ(isoDate(addMonths(day("2028-01-31"), 1)), "2028-02-29");
    EXPECT_EQ(isoDate(addMonths(day("2026-04-07"), -3)), "2026-01-07");
    EXPECT_EQ(isoDate(addMonths(day("2026-02-15"), -14)), "2024-12-15");
    EXPECT_EQ(weekday(day("2026-12-07")), 0);  // a Monday
}

}  // namespace
}  // namespace gigamap::core
