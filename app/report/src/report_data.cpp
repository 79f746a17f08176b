#include "gigamap/report/report_data.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>

#include "gigamap/core/day_range.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"

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
    auto stmt = project.database().prepare(
        "SELECT code, name FROM boundaries WHERE kind = 'district' ORDER BY fid LIMIT 2");
    std::vector<std::pair<std::string, std::string>> districts;
    while (stmt.step()) {
        districts.emplace_back(stmt.columnText(0), stmt.columnText(1));
    }
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
    auto stmt = project.database().prepare(
        "SELECT usrn, street_name FROM street_works WHERE usrn IS NOT NULL AND street_name <> '' "
        "UNION ALL SELECT usrn, street_name FROM restrictions WHERE usrn IS NOT NULL AND "
        "street_name <> '' UNION ALL SELECT usrn, name FROM roads WHERE usrn IS NOT NULL AND "
        "name <> ''");
    while (stmt.step()) {
        data.streetNames.try_emplace(std::to_string(stmt.columnInt64(0)), stmt.columnText(1));
    }
}

void readSchedules(core::Project& project, ReportData& data) {
    auto chambers = project.database().prepare(
        "SELECT coalesce(ref, ''), coalesce(chamber_type, ''), coalesce(owner, ''), "
        "coalesce(status, ''), X(geom), Y(geom) FROM chambers ORDER BY ref, fid");
    while (chambers.step()) {
        data.chambers.push_back({chambers.columnText(0), chambers.columnText(1),
                                 chambers.columnText(2), chambers.columnText(3),
                                 chambers.columnDouble(4), chambers.columnDouble(5)});
    }
    auto ducts = project.database().prepare(
        "SELECT coalesce(ref, ''), coalesce(status, ''), coalesce(surface, ''), "
        "coalesce(owner, ''), coalesce(GLength(geom), 0), coalesce(from_chamber, ''), "
        "coalesce(to_chamber, '') FROM ducts ORDER BY ref, fid");
    while (ducts.step()) {
        data.ducts.push_back({ducts.columnText(0), ducts.columnText(1), ducts.columnText(2),
                              ducts.columnText(3), ducts.columnDouble(4), ducts.columnText(5),
                              ducts.columnText(6)});
    }
    data.streetWorks =
        std::get<std::int64_t>(project.database().queryValue("SELECT count(*) FROM street_works"));
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
