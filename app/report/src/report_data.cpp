#include "gigamap/report/report_data.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>

#include "gigamap/core/day_range.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feature_store.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"

namespace gigamap::report {
namespace {

std::string today() {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day day(now);
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()),
                       static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
}

std::vector<DataSource> dataSources(const core::ProjectMeta& meta) {
    std::vector<DataSource> sources;
    for (const auto& [name, vintage] : meta.vintages) {
        const auto attribution = meta.attributions.find(name);
        sources.push_back(
            {name, vintage, attribution == meta.attributions.end() ? "" : attribution->second});
    }
    for (const auto& [name, attribution] : meta.attributions) {
        if (!meta.vintages.contains(name)) {
            sources.push_back({name, "", attribution});
        }
    }
    return sources;
}

void readLocalAuthority(core::Project& project, ReportData& data) {
    const auto stored = project.metaValue("ofcom_fixed_la");
    if (!stored) {
        return;
    }
    const auto row = nlohmann::json::parse(*stored, nullptr, false);
    if (row.is_discarded()) {
        return;
    }
    data.localAuthorityVintage = row.value("vintage", "");
    for (const auto& [column, value] : row.value("columns", nlohmann::json::object()).items()) {
        data.localAuthority.emplace_back(
            column, value.is_string() ? value.get<std::string>() : value.dump());
    }
}

void readDistrict(core::Project& project, ReportData& data) {
    const auto query = core::LayerQuery("boundaries")
                           .select({"code", "name"})
                           .where(core::FieldCondition::equal("kind", "district"))
                           .noGeometry()
                           .withNullGeometry()
                           .first(2);
    std::vector<std::pair<std::string, std::string>> districts;
    project.features().scan(query, [&](const core::FeatureRow& row) {
        districts.emplace_back(row.text(0), row.text(1));
        return true;
    });
    if (districts.size() == 1) {
        data.districtCode = districts[0].first;
        data.districtName = districts[0].second;
    }
}

void runGaps(core::Project& project, ReportData& data, core::Feedback* feedback) {
    if (!data.districtCode) {
        data.gapsNote =
            "The project has no single district boundary, so the area gap is not computed.";
        return;
    }
    data.gaps = core::AreaGaps(project).run({*data.districtCode, true, true, {}}, feedback);
}

void runWards(core::Project& project, ReportData& data, core::Feedback* feedback) {
    try {
        auto coverage = core::CoverageByArea(project).run("ward", feedback);
        data.wards = std::move(coverage.boundaries);
        data.unassigned = std::move(coverage.unassigned);
        std::stable_sort(data.wards.begin(), data.wards.end(),
                         [](const core::CoverageRow& a, const core::CoverageRow& b) {
                             return a.premisesLackingGigabit > b.premisesLackingGigabit;
                         });
    } catch (const core::AnalysisError&) {
        // No wards: the report says so.
    }
}

void readStreetNames(core::Project& project, ReportData& data) {
    // Street works first, then restrictions, then roads: the first name wins.
    for (const auto& [table, name] : {std::pair{"street_works", "street_name"},
                                      {"restrictions", "street_name"},
                                      {"roads", "name"}}) {
        const auto query = core::LayerQuery(table)
                               .select({"usrn", name})
                               .where({"usrn", core::FieldCondition::Op::NotNull, {}})
                               .where({name, core::FieldCondition::Op::NotEqual, {std::string()}})
                               .noGeometry()
                               .withNullGeometry();
        project.features().scan(query, [&](const core::FeatureRow& row) {
            data.streetNames.try_emplace(row.text(0), row.text(1));
            return true;
        });
    }
}

// A point's coordinates from its WKB; (0, 0) for a feature without geometry.
std::pair<double, double> pointOf(const core::GeosContext& geos,
                                  std::span<const unsigned char> wkb) {
    if (wkb.empty()) {
        return {0.0, 0.0};
    }
    const auto vertices = geos.readWkb(wkb).coordinates();
    return vertices.empty() ? std::pair{0.0, 0.0} : std::pair{vertices[0].x, vertices[0].y};
}

double lengthOf(const core::GeosContext& geos, std::span<const unsigned char> wkb) {
    return wkb.empty() ? 0.0 : geos.readWkb(wkb).length();
}

void readSchedules(core::Project& project, ReportData& data) {
    const core::GeosContext geos;
    const auto chambers = core::LayerQuery("chambers")
                              .select({"ref", "chamber_type", "owner", "status"})
                              .withNullGeometry()
                              .sortBy({"ref"});
    project.features().scan(chambers, [&](const core::FeatureRow& row) {
        const auto [x, y] = pointOf(geos, row.wkb);
        data.chambers.push_back({row.text(0), row.text(1), row.text(2), row.text(3), x, y});
        return true;
    });
    const auto ducts =
        core::LayerQuery("ducts")
            .select({"ref", "status", "surface", "owner", "from_chamber", "to_chamber"})
            .withNullGeometry()
            .sortBy({"ref"});
    project.features().scan(ducts, [&](const core::FeatureRow& row) {
        data.ducts.push_back({row.text(0), row.text(1), row.text(2), row.text(3),
                              lengthOf(geos, row.wkb), row.text(4), row.text(5)});
        return true;
    });
    data.streetWorks = project.features().count("street_works");
}

}  // namespace

ReportData gatherReport(core::Project& project, const ReportOptions& options,
                        core::Feedback* feedback) {
    ReportData data;
    const auto meta = project.meta();
    data.projectName = meta.name;
    data.srid = meta.srid;
    data.date = options.date.empty() ? today() : options.date;
    data.sources = dataSources(meta);
    data.costs = options.costs;
    data.oneDigDistance = options.oneDigDistance;
    data.headline = core::headlineCoverage(project);
    readLocalAuthority(project, data);
    readDistrict(project, data);
    runGaps(project, data, feedback);
    runWards(project, data, feedback);
    data.build = core::ProposedBuild(project).run(options.costs, feedback);
    core::OneDigOptions oneDig;
    oneDig.distance = options.oneDigDistance;
    oneDig.today = core::dayNumber(data.date);  // join-by days before the report's date are missed
    data.oneDig = core::OneDig(project).run(oneDig, feedback);
    data.savings = core::digOnceSavings(project, data.oneDig.opportunities, options.oneDigDistance,
                                        options.costs);
    readStreetNames(project, data);
    for (const auto& blocked : data.oneDig.blocked) {
        const auto name = blocked.usrn ? data.streetNames.find(std::to_string(*blocked.usrn))
                                       : data.streetNames.end();
        data.blocked.push_back({blocked, name == data.streetNames.end() ? "" : name->second});
    }
    readSchedules(project, data);
    return data;
}

}  // namespace gigamap::report
