#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "gigamap/core/value.h"

namespace gigamap::core {

// Writes an analysis output as CSV: a header, then rows, numbers in full
// double precision (shortest form that reads back to the same double), text
// quoted where needed, so that outputs can be diffed against another tool's.
// The file appears complete or not at all (written beside, then renamed).
void writeCsv(const std::filesystem::path& file, const std::vector<std::string>& header,
              const std::vector<std::vector<Value>>& rows);

}  // namespace gigamap::core
