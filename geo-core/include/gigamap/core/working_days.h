#pragma once

#include <set>
#include <string_view>

namespace gigamap::core {

// Working days in England and Wales: Monday to Friday except bank holidays.
// The bank holidays are data in the repository with their source
// (geo-core/data/bank_holidays_england_and_wales.csv, from GOV.UK), compiled
// in; days are day numbers (see day_range.h).
class WorkingDays {
public:
    // The calendar of geo-core/data/bank_holidays_england_and_wales.csv.
    [[nodiscard]] static const WorkingDays& englandAndWales();

    // From CSV text with a `date` column (YYYY-MM-DD) and `#` comment lines.
    // Throws AnalysisError naming the line of a date that is not a date.
    [[nodiscard]] static WorkingDays fromCsv(std::string_view csv);

    [[nodiscard]] bool isBankHoliday(int day) const { return holidays_.count(day) != 0; }
    [[nodiscard]] bool isWorkingDay(int day) const;
    // Whether the bank holidays cover the day's year (outside them, only
    // weekends are skipped).
    [[nodiscard]] bool covers(int day) const;
    // The day `count` working days before `day`: the latest day D such that
    // [D, day) holds `count` working days. D is itself a working day.
    [[nodiscard]] int workingDaysBefore(int day, int count) const;

private:
    std::set<int> holidays_;
    int firstDay_ = 0;  // 1 January of the first year listed
    int lastDay_ = -1;  // 31 December of the last
};

}  // namespace gigamap::core
