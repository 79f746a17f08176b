#include "analysis/analysis_jobs.h"

#include <QLocale>
#include <QObject>

#include "gigamap/core/coverage_by_area.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"

namespace gigamap::desktop {
namespace {

QString number(double value, int decimals = 0) {
    return QLocale().toString(value, 'f', decimals);
}

QString squareKilometres(double squareMetres) {
    return QObject::tr("%1 km²").arg(number(squareMetres / 1e6, 2));
}

// The features are made after the analysis: a cancel in between still counts.
void throwIfCancelled(const core::Feedback& feedback) {
    if (feedback.isCancelled()) {
        throw core::CancelledError("cancelled");
    }
}

}  // namespace

AnalysisJob coverageJob(const std::string& boundaryKind) {
    return [boundaryKind](core::Project& project, core::Feedback& feedback) {
        const auto result = core::CoverageByArea(project).run(boundaryKind, &feedback);
        AnalysisOutcome outcome;
        outcome.analysis = QObject::tr("Coverage by %1").arg(QString::fromStdString(boundaryKind));
        std::int64_t postcodes = result.unassigned.postcodes;
        double lacking = result.unassigned.premisesLackingGigabit;
        for (const auto& row : result.boundaries) {
            postcodes += row.postcodes;
            lacking += row.premisesLackingGigabit;
        }
        outcome.summary = QObject::tr(
                              "%1 %2 boundaries, %3 postcodes (%4 in none). %5 premises lack a "
                              "gigabit connection.")
                              .arg(result.boundaries.size())
                              .arg(QString::fromStdString(boundaryKind))
                              .arg(postcodes)
                              .arg(result.unassigned.postcodes)
                              .arg(number(lacking));
        outcome.views.push_back({QObject::tr("By %1").arg(QString::fromStdString(boundaryKind)),
                                 core::coverageTable(result),
                                 {{"boundaries", "code", 0}}});
        return outcome;
    };
}

AnalysisJob gapsJob(const core::AreaGapsOptions& options) {
    return [options](core::Project& project, core::Feedback& feedback) {
        const auto result = core::AreaGaps(project).run(options, &feedback);
        throwIfCancelled(feedback);
        AnalysisOutcome outcome;
        outcome.analysis = QObject::tr("Area gap");
        const double share = result.districtArea > 0 ? result.gapArea / result.districtArea : 0.0;
        outcome.features = core::gapFeatures(result);
        outcome.summary =
            QObject::tr(
                "%1 (%2): %3 in all, %4 covered by %5 hotspots and %6 mobile polygons. "
                "Gap: %7 (%8 % of the district) in %9 parts.")
                .arg(QString::fromStdString(result.districtName),
                     QString::fromStdString(result.districtCode),
                     squareKilometres(result.districtArea), squareKilometres(result.coveredArea))
                .arg(result.hotspots)
                .arg(result.mobilePolygons)
                .arg(squareKilometres(result.gapArea), number(100.0 * share, 1))
                .arg(outcome.features->features.size());
        core::ResultTable parts{{"part", "area_m2"}, {}};
        for (const auto& feature : outcome.features->features) {
            parts.rows.push_back({feature.attribute("part"), feature.attribute("area_m2")});
        }
        outcome.views.push_back(
            {QObject::tr("Gap parts"), std::move(parts), {{"gap_parts", "part", 0}}});
        outcome.layerTitle = QObject::tr("Area gap (result)");
        return outcome;
    };
}

AnalysisJob nearestDuctJob(const core::NearestDuctOptions& options) {
    return [options](core::Project& project, core::Feedback& feedback) {
        const auto result = core::NearestDuct(project).run(options, &feedback);
        AnalysisOutcome outcome;
        outcome.analysis = QObject::tr("Nearest duct");
        outcome.summary = QObject::tr(
                              "%1 postcodes with %2 below %3: nearest %4 duct on average "
                              "%5 m away, at most %6 m; %7 m in all.")
                              .arg(result.rows.size())
                              .arg(QString::fromStdString(options.metric), number(options.below, 1),
                                   QString::fromStdString(options.status), number(result.mean, 1),
                                   number(result.max, 1), number(result.sum));
        outcome.views.push_back({QObject::tr("Postcodes"),
                                 core::nearestDuctTable(result),
                                 {{"postcodes", "postcode", 0}, {"ducts", "ref", 2}}});
        return outcome;
    };
}

AnalysisJob oneDigJob(const core::OneDigOptions& options) {
    return [options](core::Project& project, core::Feedback& feedback) {
        auto result =
            std::make_shared<core::OneDigResult>(core::OneDig(project).run(options, &feedback));
        throwIfCancelled(feedback);
        AnalysisOutcome outcome;
        outcome.analysis = QObject::tr("One Dig");
        outcome.summary =
            QObject::tr(
                "Within %1 m: %2 active street works, %3 planned ducts, %4 Section 58 "
                "restrictions. %5 dig-once opportunities (join-by days struck through are "
                "missed), %6 works conflicts, %7 blocked digs, %8 near misses within %9 days, "
                "%10 last chances before Section 58 restrictions.")
                .arg(number(options.distance, 1))
                .arg(result->works)
                .arg(result->plannedDucts)
                .arg(result->restrictions)
                .arg(result->opportunities.size())
                .arg(result->conflicts.size())
                .arg(result->blocked.size())
                .arg(result->nearMisses.size())
                .arg(result->gapDays)
                .arg(result->lastChances.size());
        outcome.views.push_back(
            {QObject::tr("Opportunities"),
             core::opportunitiesTable(*result),
             {{"street_works", "work_reference_number", 3}, {"ducts", "ref", 4}}});
        outcome.views.push_back({QObject::tr("Conflicts"),
                                 core::conflictsTable(*result),
                                 {{"street_works", "work_reference_number", 0},
                                  {"street_works", "work_reference_number", 1}}});
        outcome.views.push_back(
            {QObject::tr("Blocked digs"), core::blockedTable(*result), {{"ducts", "ref", 0}}});
        outcome.views.push_back({QObject::tr("Near misses"),
                                 core::nearMissesTable(*result),
                                 {{"street_works", "work_reference_number", 0}}});
        outcome.views.push_back(
            {QObject::tr("Near misses by promoters"), core::nearMissPromotersTable(*result), {}});
        outcome.views.push_back({QObject::tr("Last chances"),
                                 core::lastChanceTable(*result),
                                 {{"restrictions", "reference", 2}}});
        outcome.features = core::oneDigFeatures(project, *result, options);
        outcome.layerTitle = QObject::tr("One Dig pairs (result)");
        outcome.oneDig = std::move(result);
        return outcome;
    };
}

}  // namespace gigamap::desktop
