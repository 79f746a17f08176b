#include "gigamap/importers/uk_date.h"

#include <chrono>
#include <cstdio>

#include "gigamap/importers/text_values.h"

namespace gigamap::importers {
namespace {

using namespace std::chrono;

std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// The last Sunday of a month, at 01:00 UTC: when British Summer Time starts or ends.
sys_seconds lastSundayOneAm(int year, unsigned month) {
    const sys_days last{
        year_month_day_last{std::chrono::year{year}, month_day_last{std::chrono::month{month}}}};
    const weekday wd{last};
    const sys_days sunday = last - (wd - Sunday);
    return sunday + hours{1};
}

bool isBritishSummerTime(sys_seconds utc) {
    const int year = static_cast<int>(year_month_day{floor<days>(utc)}.year());
    return utc >= lastSundayOneAm(year, 3) && utc < lastSundayOneAm(year, 10);
}

std::string format(year_month_day day) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return text;
}

std::string formatInstant(sys_seconds instant) {
    const auto day = floor<days>(instant);
    const hh_mm_ss time{instant - day};
    char text[32];
    std::snprintf(text, sizeof text, "%sT%02d:%02d:%02d.000Z", format(year_month_day{day}).c_str(),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return text;
}

}  // namespace

std::string ukMidnightAsUtc(std::string_view day) {
    const auto y = digits(day, 0, 4);
    const auto m = digits(day, 5, 2);
    const auto d = digits(day, 8, 2);
    if (!y || !m || !d) {
        return std::string(day);
    }
    const sys_seconds midnight{sys_days{
        year_month_day{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                       std::chrono::day{static_cast<unsigned>(*d)}}}};
    // Local midnight is 23:00 UTC the day before while summer time is in force.
    const sys_seconds summer = midnight - hours{1};
    return formatInstant(isBritishSummerTime(summer) ? summer : midnight);
}

std::optional<std::string> ukDate(std::string_view text) {
    text = trim(text);
    const auto y = digits(text, 0, 4);
    const auto m = digits(text, 5, 2);
    const auto d = digits(text, 8, 2);
    if (!y || !m || !d || text.size() < 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const year_month_day date{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                              std::chrono::day{static_cast<unsigned>(*d)}};
    if (!date.ok()) {
        return std::nullopt;
    }
    if (text.size() == 10) {
        return format(date);
    }
    if (text[10] != 'T' && text[10] != ' ') {
        return std::nullopt;
    }
    const auto hh = digits(text, 11, 2);
    const auto mm = digits(text, 14, 2);
    const auto ss = digits(text, 17, 2);
    if (!hh || !mm || !ss || *hh > 23 || *mm > 59 || *ss > 60) {
        return std::nullopt;
    }
    std::size_t at = 19;
    if (at < text.size() && text[at] == '.') {
        ++at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
            ++at;
        }
    }
    const std::string_view zone = text.substr(at);
    sys_seconds instant = sys_days{date} + hours{*hh} + minutes{*mm} + seconds{*ss};
    if (zone.empty()) {
        return format(year_month_day{floor<days>(instant)});  // already local
    }
    if (zone != "Z") {
        const auto oh = digits(zone, 1, 2);
        const auto om = digits(zone, 4, 2);
        if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' || !oh ||
            !om) {
            return std::nullopt;
        }
        const auto offset = hours{*oh} + minutes{*om};
        instant = zone[0] == '+' ? instant - offset : instant + offset;
    }
    if (isBritishSummerTime(instant)) {
        instant += hours{1};
    }
    return format(year_month_day{floor<days>(instant)});
}

}  // namespace gigamap::importers
