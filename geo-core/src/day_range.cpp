#include "gigamap/core/day_range.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>

namespace gigamap::core {
namespace {

// Howard Hinnant's days_from_civil and civil_from_days (public domain).
int daysFromCivil(int y, unsigned m, unsigned d) {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Civil {
    int year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(int z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(yoe) + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

bool isLeap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

unsigned daysInMonth(int year, unsigned month) {
    constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

template <typename T>
std::optional<T> digits(std::string_view text) {
    T value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

}  // namespace

std::optional<int> dayNumber(std::string_view isoDate) {
    if (isoDate.size() < 10 || isoDate[4] != '-' || isoDate[7] != '-' ||
        (isoDate.size() > 10 && isoDate[10] != 'T' && isoDate[10] != ' ')) {
        return std::nullopt;
    }
    const auto year = digits<int>(isoDate.substr(0, 4));
    const auto month = digits<unsigned>(isoDate.substr(5, 2));
    const auto day = digits<unsigned>(isoDate.substr(8, 2));
    if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1 ||
        *day > daysInMonth(*year, *month)) {
        return std::nullopt;
    }
    return daysFromCivil(*year, *month, *day);
}

std::string isoDate(int day) {
    const Civil civil = civilFromDays(day);
    return fmt::format("{:04}-{:02}-{:02}", civil.year, civil.month, civil.day);
}

int addMonths(int day, int months) {
    const Civil civil = civilFromDays(day);
    const int index = civil.year * 12 + static_cast<int>(civil.month) - 1 + months;
    const int year = index >= 0 ? index / 12 : (index - 11) / 12;
    const auto month = static_cast<unsigned>(index - year * 12 + 1);
    return daysFromCivil(year, month, std::min(civil.day, daysInMonth(year, month)));
}

int today() {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return static_cast<int>(now.time_since_epoch().count());
}

int weekday(int day) {
    // Day 0, 1 January 1970, was a Thursday (3).
    return ((day % 7) + 7 + 3) % 7;
}

std::optional<DayRange> DayRange::fromIso(std::string_view start, std::string_view end) {
    const auto first = dayNumber(start);
    const auto last = dayNumber(end);
    if (!first || !last || *last < *first) {
        return std::nullopt;
    }
    return DayRange{*first, *last};
}

DayRange DayRange::overlap(const DayRange& other) const {
    return {std::max(start, other.start), std::min(end, other.end)};
}

}  // namespace gigamap::core
