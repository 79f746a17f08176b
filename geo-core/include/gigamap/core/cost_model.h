#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gigamap::core {

class Project;

// One rate of the cost model: pounds per unit, and where the figure comes from.
struct CostRate {
    std::string key;    // "footway", "road_crossing", ...
    std::string label;  // "Footway (per metre)"
    double pounds = 0.0;
    std::string unit;    // "m" or "each"
    std::string source;  // the publication, or what the figure assumes
};

// The rates that price a proposed build and the savings of digging once:
// per-metre rates by surface (verge, footway, carriageway, unknown), a road
// crossing, a chamber, the shared-dig rate (laying duct in a trench someone
// else has opened) and the reuse rate (cable through an existing duct), plus
// the distance within which a postcode's premises count as passed and the
// planner's chamber spacing. Stored in the project (project_meta "cost_model", JSON), editable,
// and replaceable from a JSON file of the same shape.
class CostModel {
public:
    // Indicative UK figures, each with its source (see cost_model.cpp).
    [[nodiscard]] static CostModel defaults();
    // The project's model, or the defaults when it has none.
    [[nodiscard]] static CostModel load(const Project& project);
    // Reads {"rates": [{"key": ..., "pounds": ..., "source": ...}], "premises_passed_m": ...};
    // keys not given keep their defaults. Throws ImportError naming the file and the key.
    [[nodiscard]] static CostModel fromJsonFile(const std::filesystem::path& file);
    [[nodiscard]] static CostModel fromJson(std::string_view json, const std::string& origin);

    void save(Project& project) const;
    [[nodiscard]] std::string toJson() const;

    [[nodiscard]] const std::vector<CostRate>& rates() const { return rates_; }
    // The rate called `key`; throws AnalysisError for an unknown key.
    [[nodiscard]] const CostRate& rate(std::string_view key) const;
    void setRate(std::string_view key, double pounds, std::string source);
    // Per metre of trench on a duct's surface (verge, footway, carriageway,
    // anything else: unknown).
    [[nodiscard]] double perMetre(std::string_view surface) const;

    [[nodiscard]] double premisesPassedDistance() const { return premisesPassedDistance_; }
    void setPremisesPassedDistance(double metres) { premisesPassedDistance_ = metres; }
    // The planner's chamber spacing along new trench (a chamber every N metres).
    [[nodiscard]] double chamberSpacing() const { return chamberSpacing_; }
    void setChamberSpacing(double metres) { chamberSpacing_ = metres; }

private:
    CostRate& mutableRate(std::string_view key);

    std::vector<CostRate> rates_;
    double premisesPassedDistance_ = 50.0;
    // Openreach-style footway boxes are commonly 100-200 m apart on a new
    // route; a stated assumption (cost_model.cpp).
    double chamberSpacing_ = 150.0;
};

}  // namespace gigamap::core
