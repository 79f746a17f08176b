#include "gigamap/core/working_days.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "gigamap/core/day_range.h"
#include "gigamap/core/error.h"

namespace gigamap::core {

namespace detail {
extern const char* const kBankHolidaysEnglandAndWales;
}

const WorkingDays& WorkingDays::englandAndWales() {
    static const WorkingDays calendar = fromCsv(detail::kBankHolidaysEnglandAndWales);
    return calendar;
}

WorkingDays WorkingDays::fromCsv(std::string_view csv) {
    WorkingDays calendar;
    std::size_t lineNumber = 0;
    bool header = true;
    while (!csv.empty()) {
        const auto newline = csv.find('\n');
        std::string_view line = csv.substr(0, newline);
        csv = newline == std::string_view::npos ? std::string_view{} : csv.substr(newline + 1);
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        if (header) {
            header = false;  // date,title
            continue;
        }
        const auto day = dayNumber(line.substr(0, line.find(',')));
        if (!day || (line.size() > 10 && line[10] != ',')) {
            throw AnalysisError(
                fmt::format("bank holidays line {}: '{}' does not start with a "
                            "YYYY-MM-DD date",
                            lineNumber, line));
        }
        calendar.holidays_.insert(*day);
    }
    if (!calendar.holidays_.empty()) {
        const std::string first = isoDate(*calendar.holidays_.begin());
        const std::string last = isoDate(*calendar.holidays_.rbegin());
        calendar.firstDay_ = *dayNumber(first.substr(0, 4) + "-01-01");
        calendar.lastDay_ = *dayNumber(last.substr(0, 4) + "-12-31");
    }
    return calendar;
}

bool WorkingDays::isWorkingDay(int day) const {
    return weekday(day) < 5 && !isBankHoliday(day);
}

bool WorkingDays::covers(int day) const {
    return day >= firstDay_ && day <= lastDay_;
}

int WorkingDays::workingDaysBefore(int day, int count) const {
    int found = 0;
    while (found < count) {
        --day;
        if (isWorkingDay(day)) {
            ++found;
        }
    }
    return day;
}

}  // namespace gigamap::core
