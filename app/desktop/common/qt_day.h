#pragma once

#include <QDate>

namespace gigamap::desktop {

// geo-core's day numbers (days since 1970-01-01, core/day_range.h) as Qt dates and back.
[[nodiscard]] inline QDate qDateOfDay(int day) {
    return QDate(1970, 1, 1).addDays(day);
}

[[nodiscard]] inline int dayOfQDate(const QDate& date) {
    return static_cast<int>(QDate(1970, 1, 1).daysTo(date));
}

}  // namespace gigamap::desktop
