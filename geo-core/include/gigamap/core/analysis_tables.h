#pragma once

#include <string>
#include <vector>

#include "gigamap/core/value.h"

namespace gigamap::core {

struct CoverageResult;
struct NearestDuctResult;
struct OneDigResult;

// An analysis's output as a table: the columns and rows that the command
// line writes as CSV and the desktop's analysis panel shows, made in one
// place so that both give exactly the same rows.
struct ResultTable {
    std::vector<std::string> header;
    std::vector<std::vector<Value>> rows;
};

// One row per boundary (sorted by code), then the unassigned postcodes' row.
[[nodiscard]] ResultTable coverageTable(const CoverageResult& result);
// postcode, code for every postcode.
[[nodiscard]] ResultTable assignmentTable(const CoverageResult& result);
[[nodiscard]] ResultTable nearestDuctTable(const NearestDuctResult& result);
[[nodiscard]] ResultTable opportunitiesTable(const OneDigResult& result);
[[nodiscard]] ResultTable conflictsTable(const OneDigResult& result);
[[nodiscard]] ResultTable blockedTable(const OneDigResult& result);
// near_misses.csv, the per promoter-pair counts, and last_chance.csv.
[[nodiscard]] ResultTable nearMissesTable(const OneDigResult& result);
[[nodiscard]] ResultTable nearMissPromotersTable(const OneDigResult& result);
[[nodiscard]] ResultTable lastChanceTable(const OneDigResult& result);

}  // namespace gigamap::core
