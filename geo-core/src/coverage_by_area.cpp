#include "gigamap/core/coverage_by_area.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <span>

#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/prepared_geometry.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/str_tree.h"

namespace gigamap::core {
namespace {

constexpr std::size_t kProgressEvery = 4096;

struct Boundary {
    std::string code;
    std::string name;
    Geometry geometry;
};

// x, y of a 2D WKB point as SpatiaLite's AsBinary writes it.
std::optional<Coordinate> wkbPoint(std::span<const unsigned char> wkb) {
    if (wkb.size() != 21 || wkb[0] != 0x01 || wkb[1] != 0x01) {
        return std::nullopt;
    }
    Coordinate c;
    std::memcpy(&c.x, &wkb[5], sizeof c.x);
    std::memcpy(&c.y, &wkb[13], sizeof c.y);
    return c;
}

// Adds all_premises * (1 - pct/100), or * pct/100 when not `lacking`, from the
// row's columns, as SQL's SUM would: a NULL in either adds nothing.
void addShare(double& sum, const SqliteStatement& stmt, int premisesColumn, int percentColumn,
              bool lacking) {
    if (stmt.isNull(premisesColumn) || stmt.isNull(percentColumn)) {
        return;
    }
    const double premises = static_cast<double>(stmt.columnInt64(premisesColumn));
    const double share = stmt.columnDouble(percentColumn) / 100.0;
    sum += premises * (lacking ? 1.0 - share : share);
}

}  // namespace

CoverageResult CoverageByArea::run(const std::string& kind, Feedback* feedback) {
    const GeosContext geos;
    std::vector<Boundary> boundaries;
    {
        auto stmt = project_.database().prepare(
            "SELECT coalesce(code, ''), coalesce(name, ''), AsBinary(geom) FROM boundaries "
            "WHERE kind = ? AND geom IS NOT NULL ORDER BY fid");
        stmt.bind(1, std::string_view(kind));
        while (stmt.step()) {
            boundaries.push_back(
                {stmt.columnText(0), stmt.columnText(1), geos.readWkb(stmt.columnBlob(2))});
        }
    }
    if (boundaries.empty()) {
        throw AnalysisError(fmt::format("the project has no boundaries of kind '{}'", kind));
    }
    StrTree tree(geos);
    std::vector<PreparedGeometry> prepared;
    prepared.reserve(boundaries.size());
    for (std::size_t i = 0; i < boundaries.size(); ++i) {
        tree.insert(boundaries[i].geometry, i);
        prepared.emplace_back(boundaries[i].geometry);
    }

    std::vector<CoverageRow> rows(boundaries.size());
    for (std::size_t i = 0; i < boundaries.size(); ++i) {
        rows[i].code = boundaries[i].code;
        rows[i].name = boundaries[i].name;
    }
    CoverageResult result;
    result.unassigned.name = "(unassigned)";
    const auto total =
        std::get<std::int64_t>(project_.database().queryValue("SELECT count(*) FROM postcodes"));
    auto stmt = project_.database().prepare(
        "SELECT postcode, all_premises, gigabit_pct, sfbb_pct, full_fibre_pct, below_uso_pct, "
        "AsBinary(geom) FROM postcodes ORDER BY fid");
    std::size_t done = 0;
    while (stmt.step()) {
        if (++done % kProgressEvery == 0 && feedback != nullptr) {
            if (feedback->isCancelled()) {
                throw CancelledError("coverage analysis cancelled; nothing was written");
            }
            feedback->setProgress(100.0 * static_cast<double>(done) /
                                  static_cast<double>(std::max<std::int64_t>(total, 1)));
        }
        CoverageRow* row = &result.unassigned;  // also where a postcode has no position
        if (const auto where = wkbPoint(stmt.columnBlob(6))) {
            const Geometry point = geos.point(where->x, where->y);
            for (const std::size_t candidate : tree.query(point)) {
                if (prepared[candidate].intersects(point)) {
                    row = &rows[candidate];  // candidates come in fid order: the lowest wins
                    break;
                }
            }
        }
        ++row->postcodes;
        row->premises += stmt.isNull(1) ? 0 : stmt.columnInt64(1);
        addShare(row->premisesLackingGigabit, stmt, 1, 2, true);
        addShare(row->premisesLackingSfbb, stmt, 1, 3, true);
        addShare(row->premisesLackingFullFibre, stmt, 1, 4, true);
        addShare(row->premisesBelowUso, stmt, 1, 5, false);
        result.assignments.push_back(
            {stmt.columnText(0), row == &result.unassigned ? "" : row->code});
    }
    std::sort(rows.begin(), rows.end(),
              [](const CoverageRow& a, const CoverageRow& b) { return a.code < b.code; });
    std::sort(result.assignments.begin(), result.assignments.end(),
              [](const PostcodeAssignment& a, const PostcodeAssignment& b) {
                  return a.postcode < b.postcode;
              });
    result.boundaries = std::move(rows);
    if (feedback != nullptr) {
        feedback->setProgress(100.0);
    }
    return result;
}

}  // namespace gigamap::core
