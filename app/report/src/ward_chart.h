#pragma once

#include <QImage>

#include <vector>

#include "gigamap/core/coverage_by_area.h"

namespace gigamap::report {

// A horizontal bar chart of premises lacking gigabit per ward, in the order
// given (most first), drawn at print resolution: `width` pixels wide.
[[nodiscard]] QImage wardChart(const std::vector<core::CoverageRow>& wards, int width = 1800);

}  // namespace gigamap::report
