#include "section_58_duration.h"

#include <array>
#include <charconv>
#include <utility>

#include "gigamap/core/day_range.h"
#include "gigamap/importers/text_values.h"

namespace gigamap::importers {
namespace {

constexpr std::array<std::pair<std::string_view, int>, 12> kNumbers{{{"one", 1},
                                                                     {"two", 2},
                                                                     {"three", 3},
                                                                     {"four", 4},
                                                                     {"five", 5},
                                                                     {"six", 6},
                                                                     {"seven", 7},
                                                                     {"eight", 8},
                                                                     {"nine", 9},
                                                                     {"ten", 10},
                                                                     {"eleven", 11},
                                                                     {"twelve", 12}}};

std::optional<int> count(std::string_view word) {
    for (const auto& [name, value] : kNumbers) {
        if (word == name) {
            return value;
        }
    }
    int value = 0;
    const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
    if (error != std::errc() || end != word.data() + word.size() || value <= 0) {
        return std::nullopt;
    }
    return value;
}

}  // namespace

std::optional<std::string> endAfter(std::string_view startDay, std::string_view duration) {
    const auto start = core::dayNumber(startDay);
    std::string text = lowerCase(trim(duration));
    const auto split = text.find_first_of("_ ");
    if (!start || split == std::string::npos) {
        return std::nullopt;
    }
    const auto number = count(std::string_view(text).substr(0, split));
    std::string unit = text.substr(split + 1);
    if (!unit.empty() && unit.back() == 's') {
        unit.pop_back();
    }
    if (!number) {
        return std::nullopt;
    }
    int after = 0;
    if (unit == "day") {
        after = *start + *number;
    } else if (unit == "week") {
        after = *start + 7 * *number;
    } else if (unit == "month") {
        after = core::addMonths(*start, *number);
    } else if (unit == "year") {
        after = core::addMonths(*start, 12 * *number);
    } else {
        return std::nullopt;
    }
    return core::isoDate(after - 1);
}

}  // namespace gigamap::importers
