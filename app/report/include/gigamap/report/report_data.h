#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/core/area_gaps.h"
#include "gigamap/core/cost_model.h"
#include "gigamap/core/coverage_by_area.h"
#include "gigamap/core/dig_once_savings.h"
#include "gigamap/core/headline_coverage.h"
#include "gigamap/core/one_dig.h"
#include "gigamap/core/proposed_build.h"

namespace gigamap::core {
class Feedback;
class Project;
}  // namespace gigamap::core

namespace gigamap::report {

struct ReportOptions {
    core::CostModel costs = core::CostModel::defaults();
    double oneDigDistance = 10.0;  // metres
    std::string date;              // "2026-11-27"; empty: today
    bool atlas = true;             // one map page per ward with underserved postcodes
};

struct DataSource {
    std::string name;  // e.g. "ofcom_fixed"
    std::string vintage;
    std::string attribution;
};

struct ChamberLine {
    std::string ref;
    std::string type;
    std::string owner;
    std::string status;
    double x = 0.0;
    double y = 0.0;
};

struct DuctLine {
    std::string ref;
    std::string status;
    std::string surface;
    std::string owner;
    double length = 0.0;
    std::string fromChamber;
    std::string toChamber;
};

// One restriction blocking a planned duct, with its street's name.
struct BlockedLine {
    core::BlockedDig blocked;
    std::string streetName;
};

// Everything the procurement report says, computed from the project by the
// same analyses as the command line; nothing here is formatted.
struct ReportData {
    std::string projectName;
    std::string date;
    std::optional<std::string> districtCode;
    std::optional<std::string> districtName;
    int srid = 0;
    std::vector<DataSource> sources;
    core::HeadlineCoverage headline;
    // The Ofcom local-authority row, column by column, where it was imported.
    std::vector<std::pair<std::string, std::string>> localAuthority;
    std::string localAuthorityVintage;
    std::optional<core::AreaGapsResult> gaps;  // none without a single district
    std::string gapsNote;                      // why there are no gap figures
    std::vector<core::CoverageRow> wards;      // by premises lacking gigabit, most first
    core::CoverageRow unassigned;
    core::ProposedBuildResult build;
    core::CostModel costs;
    double oneDigDistance = 10.0;
    core::OneDigResult oneDig;
    core::DigOnceSavingsResult savings;
    std::vector<BlockedLine> blocked;
    std::map<std::string, std::string> streetNames;  // usrn -> name, from works and roads
    std::vector<ChamberLine> chambers;               // by ref
    std::vector<DuctLine> ducts;                     // by ref
    std::int64_t streetWorks = 0;
};

// Runs every analysis the report needs. Parts the project cannot support (no
// district, no wards, no ducts) are left empty with a note, never an error.
[[nodiscard]] ReportData gatherReport(core::Project& project, const ReportOptions& options,
                                      core::Feedback* feedback = nullptr);

}  // namespace gigamap::report
