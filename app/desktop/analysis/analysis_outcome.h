#pragma once

#include <QString>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/core/analysis_tables.h"
#include "gigamap/core/one_dig.h"
#include "gigamap/core/result_features.h"

namespace gigamap::core {
class Feedback;
class Project;
}  // namespace gigamap::core

namespace gigamap::desktop {

// Where a result row points on the map: the feature of `table` (a project
// layer, or the outcome's result layer) whose `field` equals the row's value
// in `column`.
struct RowLink {
    std::string table;
    std::string field;
    std::size_t column = 0;
};

// One table of an analysis's result, as the panel shows it.
struct ResultView {
    QString title;
    core::ResultTable table;
    std::vector<RowLink> links;
};

// What an analysis run gives the desktop: a summary, its tables, and the
// features of its result layer when it has one.
struct AnalysisOutcome {
    QString analysis;
    QString summary;
    std::vector<ResultView> views;
    std::optional<core::ResultFeatures> features;
    QString layerTitle;
    // The pairs, for the One Dig timeline's marks.
    std::shared_ptr<const core::OneDigResult> oneDig;
};

// An analysis to run on a worker thread, on its own connection to the project.
using AnalysisJob = std::function<AnalysisOutcome(core::Project&, core::Feedback&)>;

}  // namespace gigamap::desktop
