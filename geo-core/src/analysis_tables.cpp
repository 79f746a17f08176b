#include "gigamap/core/analysis_tables.h"

#include "gigamap/core/coverage_by_area.h"
#include "gigamap/core/nearest_duct.h"
#include "gigamap/core/one_dig.h"

namespace gigamap::core {
namespace {

Value usrnValue(const std::optional<std::int64_t>& usrn) {
    return usrn ? Value(*usrn) : Value();
}

std::vector<Value> coverageLine(const CoverageRow& row) {
    return {row.code,
            row.name,
            row.postcodes,
            row.premises,
            row.premisesLackingGigabit,
            row.premisesLackingSfbb,
            row.premisesLackingFullFibre,
            row.premisesBelowUso};
}

}  // namespace

ResultTable coverageTable(const CoverageResult& result) {
    ResultTable table{
        {"code", "name", "postcodes", "premises", "premises_lacking_gigabit",
         "premises_lacking_sfbb", "premises_lacking_full_fibre", "premises_below_uso"},
        {}};
    table.rows.reserve(result.boundaries.size() + 1);
    for (const auto& row : result.boundaries) {
        table.rows.push_back(coverageLine(row));
    }
    table.rows.push_back(coverageLine(result.unassigned));
    return table;
}

ResultTable assignmentTable(const CoverageResult& result) {
    ResultTable table{{"postcode", "code"}, {}};
    table.rows.reserve(result.assignments.size());
    for (const auto& assignment : result.assignments) {
        table.rows.push_back({assignment.postcode, assignment.code});
    }
    return table;
}

ResultTable nearestDuctTable(const NearestDuctResult& result) {
    ResultTable table{{"postcode", "distance_m", "duct_ref"}, {}};
    table.rows.reserve(result.rows.size());
    for (const auto& row : result.rows) {
        table.rows.push_back({row.postcode, row.distance, row.ductRef});
    }
    return table;
}

ResultTable opportunitiesTable(const OneDigResult& result) {
    ResultTable table{
        {"join_by", "missed", "work_category", "work_reference_number", "duct_ref", "distance_m",
         "overlap_start", "overlap_end", "overlap_days", "usrn", "promoter_organisation"},
        {}};
    table.rows.reserve(result.opportunities.size());
    for (const auto& o : result.opportunities) {
        table.rows.push_back({isoDate(o.joinBy), std::int64_t{o.missed ? 1 : 0},
                              std::string(workCategoryName(o.category)), o.workReference, o.ductRef,
                              o.distance, isoDate(o.overlap.start), isoDate(o.overlap.end),
                              std::int64_t{o.overlap.days()}, usrnValue(o.usrn), o.promoter});
    }
    return table;
}

ResultTable conflictsTable(const OneDigResult& result) {
    ResultTable table{{"work_reference_number_a", "work_reference_number_b", "distance_m",
                       "overlap_start", "overlap_end", "overlap_days", "usrn_a", "usrn_b"},
                      {}};
    table.rows.reserve(result.conflicts.size());
    for (const auto& c : result.conflicts) {
        table.rows.push_back({c.workReferenceA, c.workReferenceB, c.distance,
                              isoDate(c.overlap.start), isoDate(c.overlap.end),
                              std::int64_t{c.overlap.days()}, usrnValue(c.usrnA),
                              usrnValue(c.usrnB)});
    }
    return table;
}

ResultTable nearMissesTable(const OneDigResult& result) {
    ResultTable table{{"reference_a", "reference_b", "b_is", "promoter_a", "promoter_b",
                       "distance_m", "start_a", "end_a", "start_b", "end_b", "days_apart", "usrn"},
                      {}};
    table.rows.reserve(result.nearMisses.size());
    for (const auto& n : result.nearMisses) {
        table.rows.push_back({n.referenceA, n.referenceB,
                              std::string(n.bIsDuct ? "planned_duct" : "street_work"), n.promoterA,
                              n.promoterB, n.distance, isoDate(n.daysA.start), isoDate(n.daysA.end),
                              isoDate(n.daysB.start), isoDate(n.daysB.end),
                              std::int64_t{n.daysApart}, usrnValue(n.usrn)});
    }
    return table;
}

ResultTable nearMissPromotersTable(const OneDigResult& result) {
    ResultTable table{{"promoter_a", "promoter_b", "near_misses"}, {}};
    for (const auto& p : result.nearMissesByPromoters) {
        table.rows.push_back({p.promoterA, p.promoterB, static_cast<std::int64_t>(p.nearMisses)});
    }
    return table;
}

ResultTable lastChanceTable(const OneDigResult& result) {
    ResultTable table{{"restriction_start", "restriction_end", "reference", "kind", "status",
                       "usrn", "street_name", "ducts", "duct_refs", "postcodes_lacking_gigabit",
                       "premises_lacking_gigabit"},
                      {}};
    table.rows.reserve(result.lastChances.size());
    for (const auto& c : result.lastChances) {
        std::string refs;
        for (const auto& ref : c.ducts) {
            refs += (refs.empty() ? "" : ";") + ref;
        }
        table.rows.push_back({isoDate(c.days.start), isoDate(c.days.end), c.reference, c.kind,
                              c.status, usrnValue(c.usrn), c.streetName,
                              static_cast<std::int64_t>(c.ducts.size()), refs,
                              static_cast<std::int64_t>(c.postcodes), c.premisesLackingGigabit});
    }
    return table;
}

ResultTable blockedTable(const OneDigResult& result) {
    ResultTable table{{"duct_ref", "usrn", "restriction_start", "restriction_end", "length_m"}, {}};
    table.rows.reserve(result.blocked.size());
    for (const auto& b : result.blocked) {
        table.rows.push_back({b.ductRef, usrnValue(b.usrn), isoDate(b.restriction.start),
                              isoDate(b.restriction.end), b.length});
    }
    return table;
}

}  // namespace gigamap::core
