#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "gigamap/core/value.h"

namespace gigamap::core {

// Writes an analysis output as CSV: a header, then rows, numbers in full
// double precision (shortest form that reads back to the same double), text
// quoted where needed, so that outputs can be diffed against another tool's.
// The file appears complete or not at all (written beside, flushed to the
// disk, then renamed); a full disk is an ExportError and leaves no file.
void writeCsv(const std::filesystem::path& file, const std::vector<std::string>& header,
              const std::vector<std::vector<Value>>& rows);

// One text cell of every CSV gigamap writes: quoted when it holds a comma, a
// quote or a line break, and, when it begins with = + - @ tab or carriage
// return and is not a plain number, prefixed with ' so that a spreadsheet
// shows it instead of running it as a formula (OWASP, "CSV Injection").
[[nodiscard]] std::string csvText(std::string_view text);
// The guard alone, for CSV writers that quote for themselves (GDAL's).
[[nodiscard]] std::string spreadsheetSafe(std::string_view text);

}  // namespace gigamap::core
