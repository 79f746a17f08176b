#include "network_generator.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "geojson_writer.h"
#include "lancaster_places.h"
#include "sample_calendar.h"

namespace gigamap::sample {
namespace {

constexpr double kExistingRadius = 1100.0;     // m around the exchange
constexpr double kCanalQuarterRadius = 350.0;  // m: the planned extension
constexpr double kChamberMerge = 2.0;          // m: duct ends closer than this share a chamber
constexpr const char* kSynthetic = "synthetic sample data (gigamap sample generator)";

std::string surfaceFor(const std::string& roadClass, DeterministicRandom& random) {
    if (roadClass == "trunk" || roadClass == "primary") {
        return random.chance(0.7) ? "footway" : "carriageway";
    }
    if (roadClass == "secondary" || roadClass == "tertiary") {
        return random.chance(0.8) ? "footway" : "verge";
    }
    return random.chance(0.5) ? "verge" : "footway";
}

// Chambers at duct ends: one per place, shared by the ducts that end there.
class ChamberRegister {
public:
    std::string at(const core::Coordinate& where, const std::string& status,
                   DeterministicRandom& random) {
        for (const auto& chamber : chambers_) {
            if (distance(chamber.where, where) < kChamberMerge) {
                return chamber.ref;
            }
        }
        static const std::vector<std::string> kTypes{"JC", "JB", "JBC4", "JC", "FW4"};
        Chamber chamber{where, fmt::format("LAN-C-{:04d}", chambers_.size() + 1), status,
                        random.pick(kTypes), random.between(0.6, 1.2)};
        chambers_.push_back(chamber);
        return chamber.ref;
    }

    void write(GeoJsonWriter& chambers, GeoJsonWriter& nodes) const {
        for (std::size_t i = 0; i < chambers_.size(); ++i) {
            const auto& c = chambers_[i];
            chambers.addPoint(c.where, {{"ref", c.ref},
                                        {"chamber_type", c.type},
                                        {"owner", "Lancaster City Council"},
                                        {"status", c.status},
                                        {"cover", c.type == "FW4" ? "FW4 footway" : "D400"},
                                        {"depth_m", std::round(c.depth * 100.0) / 100.0},
                                        {"note", kSynthetic}});
            if (c.status == "existing" && i % 8 == 3) {
                nodes.addPoint({c.where.x + 1.5, c.where.y + 1.5},
                               {{"kind", "cabinet"},
                                {"name", fmt::format("Cabinet {}", i / 8 + 1)},
                                {"owner", "Openreach"},
                                {"status", "existing"},
                                {"note", kSynthetic}});
            }
        }
    }

    [[nodiscard]] core::Coordinate nearest(const core::Coordinate& to,
                                           const std::string& status) const {
        core::Coordinate best = to;
        double bestDistance = 1e18;
        for (const auto& c : chambers_) {
            if (c.status == status && distance(c.where, to) < bestDistance) {
                bestDistance = distance(c.where, to);
                best = c.where;
            }
        }
        return best;
    }

private:
    struct Chamber {
        core::Coordinate where;
        std::string ref;
        std::string status;
        std::string type;
        double depth;
    };
    std::vector<Chamber> chambers_;
};

}  // namespace

NetworkGenerator::NetworkGenerator(const std::vector<Road>& roads, DeterministicRandom& random)
    : roads_(roads), random_(random) {}

void NetworkGenerator::write(const std::filesystem::path& folder) {
    GeoJsonWriter ducts;
    GeoJsonWriter chambers;
    GeoJsonWriter nodes;
    GeoJsonWriter hotspots;
    ChamberRegister chambersAtEnds;
    int next = 1;

    const auto addDuct = [&](const std::vector<core::Coordinate>& line, const std::string& status,
                             const Road* road, const std::string& start, const std::string& end) {
        std::string ref = fmt::format("LAN-D-{:04d}", next++);
        const std::string chamberStatus = status == "existing" ? "existing" : "planned";
        nlohmann::json properties{
            {"ref", ref},
            {"owner", "Lancaster City Council"},
            {"status", status},
            {"duct_type", random_.chance(0.7) ? "ductile 110 mm" : "microduct bundle"},
            {"diameter_mm", random_.chance(0.7) ? 110 : 96},
            {"subducts", 4},
            {"spare_subducts", status == "existing" ? random_.integer(0, 3) : 4},
            {"depth_m", std::round(random_.between(0.45, 0.9) * 100.0) / 100.0},
            {"surface", surfaceFor(road != nullptr ? road->roadClass : "", random_)},
            {"from_chamber", chambersAtEnds.at(line.front(), chamberStatus, random_)},
            {"to_chamber", chambersAtEnds.at(line.back(), chamberStatus, random_)},
            {"note", kSynthetic}};
        if (road != nullptr) {
            properties["usrn"] = road->usrn;
        }
        if (status == "existing") {
            properties["installed"] =
                fmt::format("{}-{:02d}-01", random_.integer(2019, 2024), random_.integer(1, 12));
        } else {
            properties["planned_start"] = start;
            properties["planned_end"] = end;
        }
        ducts.addLine(line, properties);
        return ref;
    };

    for (const auto& road : roads_) {
        const auto middle = road.midpoint();
        const bool canalQuarter =
            distance(middle, LancasterPlaces::canalQuarter) <= kCanalQuarterRadius;
        if (canalQuarter) {
            const int startDay = random_.integer(120, 290);  // May to mid October
            const std::string start = isoDay(startDay);
            const std::string end = isoDay(startDay + random_.integer(10, 40));
            const std::string status = random_.chance(0.75) ? "planned" : "proposed";
            planned_.push_back({&road, addDuct(road.line, status, &road, start, end), start, end});
        } else if (distance(middle, LancasterPlaces::exchange) <= kExistingRadius) {
            existing_.push_back(&road);
            (void)addDuct(road.line, "existing", &road, "", "");
        }
    }
    // Lead-ins: from the exchange to the existing network, from the new digital
    // exchange to the planned extension.
    (void)addDuct(
        {LancasterPlaces::exchange, chambersAtEnds.nearest(LancasterPlaces::exchange, "existing")},
        "existing", nullptr, "", "");
    (void)addDuct({LancasterPlaces::digitalExchange,
                   chambersAtEnds.nearest(LancasterPlaces::digitalExchange, "planned")},
                  "planned", nullptr, "2026-06-01", "2026-06-30");

    nodes.addPoint(LancasterPlaces::exchange, {{"kind", "exchange"},
                                               {"name", "Lancaster exchange (synthetic)"},
                                               {"owner", "Openreach"},
                                               {"status", "existing"},
                                               {"note", kSynthetic}});
    nodes.addPoint(LancasterPlaces::digitalExchange, {{"kind", "digital_exchange"},
                                                      {"name", "Canal Quarter digital exchange"},
                                                      {"owner", "Lancaster City Council"},
                                                      {"status", "planned"},
                                                      {"note", kSynthetic}});
    chambersAtEnds.write(chambers, nodes);

    // The Wi-Fi corridor: a hotspot every 90 m from the station to Dalton Square.
    const double length = distance(LancasterPlaces::railwayStation, LancasterPlaces::daltonSquare);
    const int count = static_cast<int>(length / 90.0) + 1;
    for (int i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / static_cast<double>(count - 1);
        const core::Coordinate at{
            LancasterPlaces::railwayStation.x +
                t * (LancasterPlaces::daltonSquare.x - LancasterPlaces::railwayStation.x),
            LancasterPlaces::railwayStation.y +
                t * (LancasterPlaces::daltonSquare.y - LancasterPlaces::railwayStation.y)};
        hotspots.addPoint(at, {{"name", fmt::format("Station to Dalton Square {:02d}", i + 1)},
                               {"operator", "Lancaster City Council"},
                               {"radius_m", 60.0},
                               {"status", "live"},
                               {"note", kSynthetic}});
    }
    for (int i = 0; i < 4; ++i) {
        const double angle = 1.5708 * i;
        hotspots.addPoint({LancasterPlaces::canalQuarter.x + 120.0 * std::cos(angle),
                           LancasterPlaces::canalQuarter.y + 120.0 * std::sin(angle)},
                          {{"name", fmt::format("Canal Quarter {:02d}", i + 1)},
                           {"operator", "Lancaster City Council"},
                           {"radius_m", 50.0},
                           {"status", "planned"},
                           {"note", kSynthetic}});
    }

    ducts.write(folder / "ducts.geojson");
    chambers.write(folder / "chambers.geojson");
    nodes.write(folder / "nodes.geojson");
    hotspots.write(folder / "hotspots.geojson");
}

}  // namespace gigamap::sample
