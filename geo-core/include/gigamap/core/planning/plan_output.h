#pragma once

#include <string>
#include <vector>

#include "gigamap/core/analysis_tables.h"
#include "gigamap/core/feature.h"
#include "gigamap/core/feature_change.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/planning/build_plan.h"

namespace gigamap::core {
class CostModel;
class Project;
}  // namespace gigamap::core

namespace gigamap::core::planning {

// The plan as features of the project's layers: one proposed duct per edge
// of the plan (its ref continuing the project's pattern, the window as its
// planned dates, surface, USRN, from/to chamber) and a proposed chamber at
// every junction it uses. Each duct also carries the plan's own fields
// (length_m, cost, cost_class, kind, reused, shared_dig, street_work).
struct PlanFeatures {
    std::vector<Feature> ducts;
    std::vector<Feature> chambers;
};
[[nodiscard]] PlanFeatures planFeatures(Project& project, const PlanResult& result);

// The output file's layers: `ducts` (the project's duct fields and the
// plan's), `chambers` (the project's), `unreachable` (postcode, premises, reason).
[[nodiscard]] LayerSchema planDuctsLayer();
[[nodiscard]] LayerSchema unreachableLayer();
[[nodiscard]] std::vector<Feature> unreachableFeatures(const PlanResult& result);

// --explain's layers: `edges` (from_node, to_node, cost, length_m, kind,
// in_plan, ...), `targets` (node, postcode, premises) and `sources` (node).
[[nodiscard]] LayerSchema explainEdgesLayer();
[[nodiscard]] LayerSchema explainTargetsLayer();
[[nodiscard]] LayerSchema explainSourcesLayer();
[[nodiscard]] std::vector<Feature> explainEdges(const PlanResult& result);
[[nodiscard]] std::vector<Feature> explainTargets(const PlanResult& result);
[[nodiscard]] std::vector<Feature> explainSources(const PlanResult& result);

// Inserts of the plan's ducts and chambers into the project (project fields
// only), for EditJournal: one transaction, one edit_log row each.
[[nodiscard]] ChangeSet planChanges(const PlanFeatures& features);

// The bill of quantities: one line per item with unit, rate, quantity and
// pounds for the plan and for the naive plan; `edge_cost` is the sum of the
// costs of the plan's edges, chambers and totals are lines of their own.
[[nodiscard]] ResultTable billTable(const PlanResult& result, const CostModel& costs);

// The cost class of a duct by its pounds per metre: low (< £30/m: reuse,
// shared digging, verge), medium (< £75/m), high.
[[nodiscard]] std::string costClass(double cost, double length);

}  // namespace gigamap::core::planning
