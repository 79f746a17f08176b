#include "gigamap/core/notice_period.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "gigamap/core/day_range.h"
#include "gigamap/core/working_days.h"

namespace gigamap::core {

std::optional<WorkCategory> workCategoryFromText(std::string_view text) {
    std::string lower;
    for (const char c : text) {
        if (!std::isspace(static_cast<unsigned char>(c)) || !lower.empty()) {
            lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    while (!lower.empty() && std::isspace(static_cast<unsigned char>(lower.back()))) {
        lower.pop_back();
    }
    if (lower.empty() || lower == "standard") {
        return WorkCategory::Standard;
    }
    if (lower == "minor") {
        return WorkCategory::Minor;
    }
    if (lower == "major") {
        return WorkCategory::Major;
    }
    if (lower.rfind("immediate", 0) == 0) {  // immediate, "Immediate - urgent", immediate_emergency
        return WorkCategory::Immediate;
    }
    return std::nullopt;
}

std::string_view workCategoryName(WorkCategory category) {
    switch (category) {
        case WorkCategory::Immediate:
            return "immediate";
        case WorkCategory::Minor:
            return "minor";
        case WorkCategory::Standard:
            return "standard";
        case WorkCategory::Major:
            return "major";
    }
    return "standard";
}

int applyBy(WorkCategory category, int start, const WorkingDays& calendar) {
    switch (category) {
        case WorkCategory::Immediate:
            return start;
        case WorkCategory::Minor:
            return calendar.workingDaysBefore(start, 3);
        case WorkCategory::Standard:
            return calendar.workingDaysBefore(start, 10);
        case WorkCategory::Major:
            return std::min(addMonths(start, -3), calendar.workingDaysBefore(start, 10));
    }
    return start;
}

}  // namespace gigamap::core
