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
#include "parallel_work.h"

namespace gigamap::core {
namespace {

struct Boundary {
    std::string code;
    std::string name;
    Geometry geometry;
};

// One postcode's figures as read (NULL stays NULL, as SQL's SUM sees it).
struct PostcodeFigures {
    std::string postcode;
    std::optional<std::int64_t> premises;
    std::optional<double> gigabit;
    std::optional<double> sfbb;
    std::optional<double> fullFibre;
    std::optional<double> belowUso;
    std::optional<Coordinate> where;
};

std::optional<double> optionalReal(const SqliteStatement& stmt, int column) {
    return stmt.isNull(column) ? std::nullopt : std::optional(stmt.columnDouble(column));
}

// Adds premises * (1 - pct/100), or * pct/100 when not `lacking`; a NULL in
// either adds nothing.
void addShare(double& sum, const std::optional<std::int64_t>& premises,
              const std::optional<double>& percent, bool lacking) {
    if (!premises || !percent) {
        return;
    }
    const double share = *percent / 100.0;
    sum += static_cast<double>(*premises) * (lacking ? 1.0 - share : share);
}

void add(CoverageRow& row, const PostcodeFigures& p) {
    ++row.postcodes;
    row.premises += p.premises.value_or(0);
    addShare(row.premisesLackingGigabit, p.premises, p.gigabit, true);
    addShare(row.premisesLackingSfbb, p.premises, p.sfbb, true);
    addShare(row.premisesLackingFullFibre, p.premises, p.fullFibre, true);
    addShare(row.premisesBelowUso, p.premises, p.belowUso, false);
}

constexpr int kUnassigned = -1;

// Each thread prepares the boundaries it meets, once: GEOS builds a prepared
// geometry's indexes lazily, so threads must not share one.
class ThreadPrepared {
public:
    explicit ThreadPrepared(const std::vector<Boundary>& boundaries) : boundaries_(boundaries) {}

    const PreparedGeometry& get(std::size_t index) {
        auto& mine = prepared_.local();
        if (mine.empty()) {
            mine.resize(boundaries_.size());
        }
        if (!mine[index]) {
            mine[index].emplace(boundaries_[index].geometry);
        }
        return *mine[index];
    }

private:
    const std::vector<Boundary>& boundaries_;
    tbb::enumerable_thread_specific<std::vector<std::optional<PreparedGeometry>>> prepared_;
};

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
    for (std::size_t i = 0; i < boundaries.size(); ++i) {
        tree.insert(boundaries[i].geometry, i);
    }

    tree.build();

    std::vector<PostcodeFigures> postcodes;
    {
        auto stmt = project_.database().prepare(
            "SELECT postcode, all_premises, gigabit_pct, sfbb_pct, full_fibre_pct, "
            "below_uso_pct, AsBinary(geom) FROM postcodes ORDER BY fid");
        while (stmt.step()) {
            postcodes.push_back({stmt.columnText(0),
                                 stmt.isNull(1) ? std::nullopt : std::optional(stmt.columnInt64(1)),
                                 optionalReal(stmt, 2), optionalReal(stmt, 3),
                                 optionalReal(stmt, 4), optionalReal(stmt, 5),
                                 wkbPointCoordinate(stmt.columnBlob(6))});
        }
    }
    if (feedback != nullptr) {
        feedback->setProgress(20.0);
    }

    // Each postcode's boundary, found on all cores; candidates come in fid
    // order, so the first that holds the point is the lowest fid.
    std::vector<int> assigned(postcodes.size(), kUnassigned);
    ThreadContexts contexts;
    ThreadPrepared threadPrepared(boundaries);
    ParallelProgress progress(feedback, postcodes.size(), 20.0, 95.0,
                              "coverage analysis cancelled; nothing was written");
    (void)collectInParallel<int>(
        postcodes.size(), contexts, progress,
        [&](std::size_t i, const GeosContext& context, std::vector<int>& /*rows*/) {
            if (!postcodes[i].where) {
                return;
            }
            const Geometry point = context.point(postcodes[i].where->x, postcodes[i].where->y);
            for (const std::size_t candidate : tree.query(point)) {
                if (threadPrepared.get(candidate).intersects(point)) {
                    assigned[i] = static_cast<int>(candidate);
                    return;
                }
            }
        },
        1024);

    // Sums in fid order, as a sequential pass would make them.
    std::vector<CoverageRow> rows(boundaries.size());
    for (std::size_t i = 0; i < boundaries.size(); ++i) {
        rows[i].code = boundaries[i].code;
        rows[i].name = boundaries[i].name;
    }
    CoverageResult result;
    result.unassigned.name = "(unassigned)";
    result.assignments.reserve(postcodes.size());
    for (std::size_t i = 0; i < postcodes.size(); ++i) {
        const int boundary = assigned[i];
        add(boundary == kUnassigned ? result.unassigned : rows[static_cast<std::size_t>(boundary)],
            postcodes[i]);
        result.assignments.push_back(
            {std::move(postcodes[i].postcode),
             boundary == kUnassigned ? "" : boundaries[static_cast<std::size_t>(boundary)].code});
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
