#include "gigamap/core/cost_model.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "gigamap/core/error.h"
#include "gigamap/core/project.h"

namespace gigamap::core {
namespace {

constexpr char kMetaKey[] = "cost_model";

// Civil works dominate the cost of fibre (60-80 % of capital cost). The
// per-metre figures are the ranges a UK practitioner's guide gives; the rest
// are stated assumptions a council should replace with tendered rates.
constexpr char kFibreOptions[] =
    "N. Bradley (Fibre Options), 'Installing fibre-optic cables underground', Beyond Broadband "
    "knowledge base: soft verge slot cut about £25/m, footway £35-50/m, carriageway about £100/m";
constexpr char kAssumption[] = "gigamap assumption; replace with local tendered rates";

}  // namespace

CostModel CostModel::defaults() {
    CostModel model;
    model.rates_ = {
        {"verge", "Verge or soft ground (per metre)", 25.0, "m", kFibreOptions},
        {"footway", "Footway (per metre)", 50.0, "m", kFibreOptions},
        {"carriageway", "Carriageway (per metre)", 100.0, "m", kFibreOptions},
        {"unknown", "Surface not recorded (per metre, priced as carriageway)", 100.0, "m",
         kFibreOptions},
        {"road_crossing", "Road crossing (each)", 2000.0, "each",
         fmt::format("{}: a 16 m carriageway crossing at the carriageway rate plus traffic "
                     "management",
                     kAssumption)},
        {"chamber", "Chamber, footway box with frame and cover (each)", 1000.0, "each",
         kAssumption},
        {"shared_dig", "Duct laid in a trench another promoter has opened (per metre)", 10.0, "m",
         fmt::format("{}: duct and laying only, no excavation or reinstatement", kAssumption)},
        {"duct_reuse", "Cable through an existing duct (per metre)", 5.0, "m",
         fmt::format("{}: rodding, cabling and duct access charges, no digging", kAssumption)},
    };
    return model;
}

CostModel CostModel::load(const Project& project) {
    const auto stored = project.metaValue(kMetaKey);
    return stored ? fromJson(*stored, "the project's cost model") : defaults();
}

CostModel CostModel::fromJsonFile(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) {
        throw ImportError(fmt::format("cannot read the cost model {}", file.string()));
    }
    std::stringstream text;
    text << in.rdbuf();
    return fromJson(text.str(), file.string());
}

CostModel CostModel::fromJson(std::string_view json, const std::string& origin) {
    CostModel model = defaults();
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(json);
    } catch (const nlohmann::json::parse_error& error) {
        throw ImportError(fmt::format("{} is not valid JSON: {}", origin, error.what()));
    }
    try {
        for (const auto& entry : document.value("rates", nlohmann::json::array())) {
            const auto key = entry.at("key").get<std::string>();
            CostRate* rate = nullptr;
            try {
                rate = &model.mutableRate(key);
            } catch (const AnalysisError&) {
                throw ImportError(fmt::format("{}: unknown rate '{}'", origin, key));
            }
            const double pounds = entry.at("pounds").get<double>();
            if (!(pounds >= 0.0)) {
                throw ImportError(
                    fmt::format("{}: rate '{}' must be 0 or more, not {}", origin, key, pounds));
            }
            rate->pounds = pounds;
            rate->source = entry.value("source", std::string("set by the user"));
        }
        if (document.contains("chamber_spacing_m")) {
            model.chamberSpacing_ = document.at("chamber_spacing_m").get<double>();
            if (!(model.chamberSpacing_ > 0.0)) {
                throw ImportError(fmt::format("{}: chamber_spacing_m must be positive", origin));
            }
        }
        if (document.contains("premises_passed_m")) {
            model.premisesPassedDistance_ = document.at("premises_passed_m").get<double>();
            if (!(model.premisesPassedDistance_ > 0.0)) {
                throw ImportError(fmt::format("{}: premises_passed_m must be positive", origin));
            }
        }
    } catch (const nlohmann::json::exception& error) {
        throw ImportError(fmt::format("{}: {}", origin, error.what()));
    }
    return model;
}

std::string CostModel::toJson() const {
    nlohmann::json rates = nlohmann::json::array();
    for (const auto& rate : rates_) {
        rates.push_back({{"key", rate.key},
                         {"label", rate.label},
                         {"pounds", rate.pounds},
                         {"unit", rate.unit},
                         {"source", rate.source}});
    }
    return nlohmann::json{{"rates", rates},
                          {"premises_passed_m", premisesPassedDistance_},
                          {"chamber_spacing_m", chamberSpacing_}}
        .dump(2);
}

void CostModel::save(Project& project) const {
    project.setMetaValue(kMetaKey, toJson());
}

const CostRate& CostModel::rate(std::string_view key) const {
    const auto it = std::find_if(rates_.begin(), rates_.end(),
                                 [&](const CostRate& rate) { return rate.key == key; });
    if (it == rates_.end()) {
        throw AnalysisError(fmt::format("the cost model has no rate '{}'", key));
    }
    return *it;
}

CostRate& CostModel::mutableRate(std::string_view key) {
    return const_cast<CostRate&>(std::as_const(*this).rate(key));
}

void CostModel::setRate(std::string_view key, double pounds, std::string source) {
    CostRate& rate = mutableRate(key);
    rate.pounds = pounds;
    rate.source = std::move(source);
}

double CostModel::perMetre(std::string_view surface) const {
    if (surface == "verge" || surface == "footway" || surface == "carriageway") {
        return rate(surface).pounds;
    }
    return rate("unknown").pounds;
}

}  // namespace gigamap::core
