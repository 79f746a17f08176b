#include "district_layers.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <numeric>

#include "district_wards.h"
#include "gigamap/core/feature_table.h"
#include "wkb_builder.h"

namespace gigamap::bench {
namespace {

// Seeds of the layers' random sequences (DistrictPlan::seed).
constexpr std::uint32_t kPostcodesLayer = 11;
constexpr std::uint32_t kWorksLayer = 12;
constexpr std::uint32_t kRestrictionsLayer = 13;
constexpr std::uint32_t kHotspotsLayer = 14;
constexpr std::uint32_t kMobileLayer = 15;
constexpr std::uint32_t kBoundariesSeed = 16;

constexpr const char* kLetters = "ABCDEFGHJKLMNOPQRSTUVWXYZ";  // 25 letters, no I

using Attributes = std::map<std::string, core::Value>;

void insert(core::FeatureTable& table, Attributes attributes, core::Wkb geometry) {
    core::Feature feature;
    feature.attributes = std::move(attributes);
    feature.geometry = std::move(geometry);
    table.insert(feature);
}

double percent(double value) {
    return std::round(std::clamp(value, 0.0, 100.0) * 10.0) / 10.0;
}

std::int64_t nearestTownDistanceCm(const DistrictPlan& plan, const CentimetrePoint& p) {
    double best = 1e300;
    for (const auto& town : plan.towns()) {
        best = std::min(
            best, std::hypot(static_cast<double>(p.x - town.x), static_cast<double>(p.y - town.y)));
    }
    return std::llround(best);
}

// The point at fraction t of segment a-b, to the centimetre.
CentimetrePoint along(const CentimetrePoint& a, const CentimetrePoint& b, double t) {
    return {a.x + std::llround(t * static_cast<double>(b.x - a.x)),
            a.y + std::llround(t * static_cast<double>(b.y - a.y))};
}

// Unit normal (left of a -> b), in metres.
std::array<double, 2> normal(const CentimetrePoint& a, const CentimetrePoint& b) {
    const double dx = static_cast<double>(b.x - a.x);
    const double dy = static_cast<double>(b.y - a.y);
    const double length = std::hypot(dx, dy);
    return {-dy / length, dx / length};
}

// A closed polygon `halfWidth` m either side of a polyline (a street corridor).
std::vector<CentimetrePoint> corridor(const std::vector<CentimetrePoint>& line, double halfWidth) {
    std::vector<std::array<double, 2>> normals;
    for (std::size_t k = 0; k < line.size(); ++k) {
        const auto before = k > 0 ? normal(line[k - 1], line[k]) : normal(line[k], line[k + 1]);
        const auto after =
            k + 1 < line.size() ? normal(line[k], line[k + 1]) : normal(line[k - 1], line[k]);
        const double nx = before[0] + after[0];
        const double ny = before[1] + after[1];
        const double length = std::hypot(nx, ny);
        normals.push_back({nx / length, ny / length});
    }
    std::vector<CentimetrePoint> ring;
    for (std::size_t k = 0; k < line.size(); ++k) {
        ring.push_back(offset(line[k], -halfWidth * normals[k][0], -halfWidth * normals[k][1]));
    }
    for (std::size_t k = line.size(); k-- > 0;) {
        ring.push_back(offset(line[k], halfWidth * normals[k][0], halfWidth * normals[k][1]));
    }
    ring.push_back(ring.front());
    return ring;
}

struct Promoter {
    const char* name;
    const char* swaCode;
};
constexpr std::array<Promoter, 8> kPromoters{{{"Electricity North West Limited", "7651"},
                                              {"United Utilities Water", "7652"},
                                              {"County Council Highways", "2371"},
                                              {"BT", "7653"},
                                              {"Cadent", "7654"},
                                              {"Virgin Media", "7655"},
                                              {"Broadband for the Rural North Limited", "7656"},
                                              {"Gigamap Fibre", "7657"}}};
constexpr std::array<const char*, 4> kCategories{"Minor", "Standard", "Major",
                                                 "Immediate - urgent"};
constexpr std::array<const char*, 4> kTraffic{"Two-way signals", "Some carriageway incursion",
                                              "No carriageway incursion", "Road closure"};

struct WorkWindow {
    int start = 0;
    int end = 0;
};

}  // namespace

CentimetrePoint DistrictLayers::borderPoint(const DistrictWards& wards,
                                            sample::DeterministicRandom& random) const {
    const double kind = random.uniform();
    if (kind < 0.3) {  // a ward corner, shared by up to four wards
        const int i = plan_.column() * scale_.wardsAcross + random.integer(0, scale_.wardsAcross);
        const int j = plan_.row() * scale_.wardsAcross + random.integer(0, scale_.wardsAcross);
        return lattice_.corner(i, j);
    }
    if (kind < 0.4) {  // a T-junction, shared by three wards
        const auto& junctions = wards.junctions();
        return junctions[static_cast<std::size_t>(
            random.integer(0, static_cast<int>(junctions.size()) - 1))];
    }
    const auto& ring = wards
                           .wards()[static_cast<std::size_t>(
                               random.integer(0, static_cast<int>(wards.wards().size()) - 1))]
                           .ring;
    const auto k = static_cast<std::size_t>(random.integer(0, static_cast<int>(ring.size()) - 2));
    if (kind < 0.65) {  // a vertex of a border, shared by two wards or more
        return ring[k];
    }
    // A centimetre point on an edge: a + m (b - a) / g with g = gcd(dx, dy) lies
    // on the segment in exact arithmetic (the doubles may fall either side).
    const CentimetrePoint a = ring[k];
    const CentimetrePoint b = ring[k + 1];
    const std::int64_t g = std::gcd(b.x - a.x, b.y - a.y);
    if (g < 2) {
        return a;
    }
    const std::int64_t m =
        1 + static_cast<std::int64_t>(random.uniform() * static_cast<double>(g - 1));
    return {a.x + m * ((b.x - a.x) / g), a.y + m * ((b.y - a.y) / g)};
}

void DistrictLayers::writePostcodes(core::FeatureTable& table) const {
    sample::DeterministicRandom random(plan_.seed(kPostcodesLayer));
    const int index = plan_.index();
    const std::string area = {kLetters[(index / 25) % 25], kLetters[index % 25]};
    const auto postcodeName = [&](int n) {
        const int unit = n % 400;
        return fmt::format("{}{} {}{}{}", area, n / 4000 + 1, (n / 400) % 10, kLetters[unit / 20],
                           kLetters[unit % 20]);
    };
    const auto write = [&](const std::string& postcode, const CentimetrePoint& where) {
        const double urban =
            std::exp(-static_cast<double>(nearestTownDistanceCm(plan_, where)) / 300000.0);
        const double rural = 1.0 - urban;
        const std::int64_t premises =
            random.chance(0.02) ? 0 : random.integer(1, random.chance(0.1) ? 120 : 35);
        const double gigabit = random.chance(0.3)
                                   ? 100.0
                                   : percent(100.0 * (0.1 + 0.8 * urban) + random.between(-20, 15));
        const double fullFibre = percent(gigabit - random.between(0, 15));
        const double ufbb =
            percent(std::max(gigabit, 100.0 * (0.35 + 0.6 * urban)) + random.between(-8, 5));
        const double sfbb =
            percent(std::max(ufbb, 100.0 - 30.0 * rural * rural + random.between(-6, 3)));
        const double unable30 = percent(100.0 - sfbb);
        const double unable10 = percent(unable30 * random.between(0.2, 0.6));
        const double unable5 = percent(unable10 * random.between(0.3, 0.8));
        const double unable2 = percent(unable5 * random.between(0.1, 0.6));
        const double belowUso = percent(unable10 * random.between(0.5, 0.9));
        // A few postcodes have no Ofcom figures yet: NULLs, left out of sums as in SQL.
        const bool figures = !random.chance(0.01);
        const auto figure = [&](double value) {
            return figures ? core::Value{value} : core::Value{};
        };
        insert(table,
               {{"postcode", postcode},
                {"all_premises", premises},
                {"sfbb_pct", figure(sfbb)},
                {"ufbb100_pct", figure(ufbb)},
                {"ufbb_pct", figure(ufbb)},
                {"full_fibre_pct", figure(fullFibre)},
                {"gigabit_pct", figure(gigabit)},
                {"unable_2_pct", figure(unable2)},
                {"unable_5_pct", figure(unable5)},
                {"unable_10_pct", figure(unable10)},
                {"unable_30_pct", figure(unable30)},
                {"below_uso_pct", figure(belowUso)},
                {"vintage", std::string("2023-05")},
                {"positional_quality", std::int64_t{10}}},
               pointWkb(where));
    };
    const auto& streets = plan_.streets();
    const DistrictWards wards(scale_, lattice_, plan_.index());
    for (int n = 0; n < scale_.postcodes; ++n) {
        CentimetrePoint where;
        const double kind = random.uniform();
        if (kind < 0.02) {
            where = borderPoint(wards, random);
        } else if (kind < 0.62) {
            const auto& street = streets[static_cast<std::size_t>(
                random.integer(0, static_cast<int>(streets.size()) - 1))];
            const auto k = static_cast<std::size_t>(
                random.integer(0, static_cast<int>(street.points.size()) - 2));
            const CentimetrePoint on =
                along(street.points[k], street.points[k + 1], random.uniform());
            const double angle = random.between(0, 2 * std::numbers::pi);
            const double distance = random.between(5, 80);
            where = plan_.clamp(offset(on, distance * std::cos(angle), distance * std::sin(angle)));
        } else {
            const auto& town = plan_.towns()[static_cast<std::size_t>(
                random.integer(0, static_cast<int>(plan_.towns().size()) - 1))];
            where = plan_.near(town, scale_.districtSideMetres / 9, random);
        }
        write(postcodeName(n), where);
    }
    // Outside every ward: 5 km west of the whole grid, level with this district.
    const CentimetrePoint west = lattice_.nominal(0, plan_.row() * scale_.wardsAcross);
    for (int n = 0; n < 3; ++n) {
        write(fmt::format("{}99 9{}{}", area, kLetters[n], kLetters[plan_.column() % 25]),
              offset(west, -5000.0 - 100.0 * n, 1000.0 * (plan_.column() + 1)));
    }
}

void DistrictLayers::writeDucts(core::FeatureTable& table) const {
    for (const auto& duct : plan_.ducts()) {
        const std::size_t size = duct.ref.size();
        const bool wide = duct.ref[size - 1] == '0';
        Attributes attributes{{"ref", duct.ref},
                              {"owner", std::string("Gigamap Fibre")},
                              {"status", duct.status},
                              {"duct_type", std::string(wide ? "110mm duct" : "54/50mm duct")},
                              {"diameter_mm", wide ? 110.0 : 54.0},
                              {"subducts", std::int64_t{wide ? 4 : 1}},
                              {"spare_subducts", std::int64_t{wide ? 2 : 0}},
                              {"depth_m", 0.6},
                              {"surface", std::string(wide ? "carriageway" : "footway")},
                              {"usrn", plan_.streets()[duct.street].usrn}};
        if (duct.isPlanned()) {
            attributes["planned_start"] = isoDay(*duct.plannedStart);
            attributes["planned_end"] = isoDay(*duct.plannedEnd);
        } else if (duct.status == "existing") {
            attributes["installed"] = std::string("2019-06-01");
        }
        insert(table, std::move(attributes), lineStringWkb(duct.points));
    }
}

void DistrictLayers::writeRoads(core::FeatureTable& table) const {
    for (const auto& street : plan_.streets()) {
        insert(table,
               {{"usrn", street.usrn},
                {"name", street.name},
                {"road_class", std::string(street.busy ? "tertiary" : "residential")}},
               lineStringWkb(street.points));
    }
}

void DistrictLayers::writeExchanges(core::FeatureTable& table) const {
    int number = 0;
    for (const auto& town : plan_.towns()) {
        insert(table,
               {{"kind", std::string("exchange")},
                {"name", fmt::format("Bench Exchange {}-{}", plan_.index() + 1, ++number)},
                {"owner", std::string("Openreach")},
                {"status", std::string("existing")}},
               pointWkb(town));
    }
}

void DistrictLayers::writeStreetWorks(core::FeatureTable& table) const {
    sample::DeterministicRandom random(plan_.seed(kWorksLayer));
    const auto& streets = plan_.streets();
    std::vector<std::size_t> busy;
    for (std::size_t s = 0; s < streets.size(); ++s) {
        if (streets[s].busy) {
            busy.push_back(s);
        }
    }
    int number = 0;
    const auto write = [&](const Street& street, core::Wkb geometry, WorkWindow window) {
        const auto& promoter =
            kPromoters[static_cast<std::size_t>(random.integer(0, kPromoters.size() - 1))];
        const std::string reference = fmt::format("W{:03d}{:07d}", plan_.index() + 1, ++number);
        const bool active = !random.chance(0.03);
        insert(table,
               {{"work_reference_number", reference},
                {"permit_reference_number", reference + "-01"},
                {"promoter_organisation", std::string(promoter.name)},
                {"promoter_swa_code", std::string(promoter.swaCode)},
                {"highway_authority", plan_.name()},
                {"work_category", std::string(kCategories[static_cast<std::size_t>(
                                      random.integer(0, kCategories.size() - 1))])},
                {"work_status", std::string(window.start < 240 ? "completed" : "planned")},
                {"permit_status", std::string(active ? "granted" : "cancelled")},
                {"activity_type", std::string("Utility repair and maintenance works")},
                {"usrn", street.usrn},
                {"street_name", street.name},
                {"town", plan_.name()},
                {"start_date", isoDay(window.start)},
                {"end_date", isoDay(window.end)},
                {"traffic_management_type",
                 std::string(
                     kTraffic[static_cast<std::size_t>(random.integer(0, kTraffic.size() - 1))])},
                {"is_ttro_required", std::int64_t{random.chance(0.05) ? 1 : 0}},
                {"collaborative_working", std::int64_t{random.chance(0.02) ? 1 : 0}},
                {"source", std::string("synthetic")},
                {"event_time", isoDay(window.start - 10) + "T09:00:00.000Z"},
                {"is_active", std::int64_t{active ? 1 : 0}}},
               std::move(geometry));
    };
    for (int w = 0; w < scale_.streetWorks; ++w) {
        const std::size_t s =
            random.chance(0.5)
                ? busy[static_cast<std::size_t>(
                      random.integer(0, static_cast<int>(busy.size()) - 1))]
                : static_cast<std::size_t>(random.integer(0, static_cast<int>(streets.size()) - 1));
        const auto& points = streets[s].points;
        const auto k =
            static_cast<std::size_t>(random.integer(0, static_cast<int>(points.size()) - 2));
        const CentimetrePoint a = points[k];
        const CentimetrePoint b = points[k + 1];
        const double t = random.uniform();
        const CentimetrePoint at = along(a, b, t);
        const double kind = random.uniform();
        core::Wkb geometry;
        if (kind < 0.65) {  // a point beside the street
            const auto n = normal(a, b);
            const double side = random.between(-4, 4);
            geometry = pointWkb(offset(at, side * n[0], side * n[1]));
        } else if (kind < 0.95) {  // a short stretch along it
            const double segment = std::hypot(metres(b.x - a.x), metres(b.y - a.y));
            const double stretch = random.between(10, 80) / segment;
            const CentimetrePoint end = along(a, b, std::min(1.0, t + stretch));
            geometry = end == at ? lineStringWkb({a, at}) : lineStringWkb({at, end});
        } else {  // an excavation
            const double w2 = random.between(1, 3);
            const double h2 = random.between(0.5, 1.5);
            const CentimetrePoint low = offset(at, -w2, -h2);
            const CentimetrePoint high = offset(at, w2, h2);
            geometry = polygonWkb({low, {high.x, low.y}, high, {low.x, high.y}, low});
        }
        const int start = random.integer(0, 364);
        const double length = random.uniform();
        const int days = length < 0.7    ? random.integer(1, 5)
                         : length < 0.95 ? random.integer(6, 20)
                                         : random.integer(21, 90);
        write(streets[s], std::move(geometry), {start, start + days - 1});
    }
    // Planted cases at the far end B of the first planned ducts: the offset
    // (6, 8) m points away from the duct, so B is its nearest point.
    const auto planned = plan_.plannedDucts();
    for (std::size_t p = 0; p < std::min<std::size_t>(6, planned.size()); ++p) {
        const DuctPlan& duct = *planned[p];
        const CentimetrePoint b = duct.points.back();
        const CentimetrePoint a = duct.points[duct.points.size() - 2];
        std::array<std::int64_t, 2> best{};
        double bestDot = -1e300;
        for (const std::int64_t sx : {-1, 1}) {
            for (const std::int64_t sy : {-1, 1}) {
                for (const auto& [ox, oy] : {std::pair<std::int64_t, std::int64_t>{600, 800},
                                             std::pair<std::int64_t, std::int64_t>{800, 600}}) {
                    const double dot =
                        static_cast<double>(sx * ox * (b.x - a.x) + sy * oy * (b.y - a.y));
                    if (dot > bestDot) {
                        bestDot = dot;
                        best = {sx * ox, sy * oy};
                    }
                }
            }
        }
        const auto beyond = [&](std::int64_t extraX, std::int64_t extraY) {
            return CentimetrePoint{b.x + best[0] + extraX, b.y + best[1] + extraY};
        };
        const auto sign = [](std::int64_t v) { return v < 0 ? std::int64_t{-1} : std::int64_t{1}; };
        const std::array<std::int64_t, 2> oneCm = {std::abs(best[0]) == 800 ? sign(best[0]) : 0,
                                                   std::abs(best[1]) == 800 ? sign(best[1]) : 0};
        const int ps = *duct.plannedStart;
        const Street& street = plan_.streets()[duct.street];
        write(street, pointWkb(beyond(0, 0)), {ps - 3, ps});                // 10 m, 1 day: in
        write(street, pointWkb(beyond(oneCm[0], oneCm[1])), {ps, ps + 5});  // 10.008 m: out
        write(street, pointWkb(beyond(0, 0)), {ps - 4, ps - 1});            // adjacent: out
        // Conflicts among works 30 m further on.
        const CentimetrePoint c = {b.x + 3 * best[0], b.y + 3 * best[1]};
        write(street, pointWkb(c), {ps, ps + 2});
        write(street, pointWkb({c.x, c.y + 1000}), {ps + 2, ps + 4});       // 10 m, 1 day: in
        write(street, pointWkb({c.x + 1001, c.y}), {ps, ps + 2});           // 10.01 m: out
        write(street, pointWkb({c.x - 600, c.y - 800}), {ps + 3, ps + 9});  // adjacent days: out
    }
}

void DistrictLayers::writeRestrictions(core::FeatureTable& table) const {
    sample::DeterministicRandom random(plan_.seed(kRestrictionsLayer));
    const auto& streets = plan_.streets();
    const auto planned = plan_.plannedDucts();
    int number = 0;
    const auto write = [&](const Street& street, std::size_t first, std::size_t last, bool polygon,
                           const std::string& kind, int start, int end) {
        const std::vector<CentimetrePoint> line(
            street.points.begin() + static_cast<std::ptrdiff_t>(first),
            street.points.begin() + static_cast<std::ptrdiff_t>(last + 1));
        insert(table,
               {{"reference", fmt::format("S58-{:03d}-{:04d}", plan_.index() + 1, ++number)},
                {"usrn", street.usrn},
                {"street_name", street.name},
                {"kind", kind},
                {"start_date", isoDay(start)},
                {"end_date", isoDay(end)}},
               polygon ? polygonWkb(corridor(line, 4.0)) : lineStringWkb(line));
    };
    const auto randomKind = [&] {
        const double k = random.uniform();
        return std::string(k < 0.5 ? "s58" : k < 0.8 ? "s58a" : "proposed_s58");
    };
    for (int r = 0; r < scale_.restrictions; ++r) {
        const bool polygon = random.chance(0.6);
        const std::string kind = randomKind();
        if (r % 2 == 0 && !planned.empty()) {
            // Over (part of) a planned duct's stretch of street.
            const DuctPlan& duct = *planned[static_cast<std::size_t>(r / 2) % planned.size()];
            const Street& street = streets[duct.street];
            const std::size_t lastPoint = street.points.size() - 1;
            const std::size_t ductLast = duct.firstPoint + duct.points.size() - 1;
            std::size_t first =
                duct.firstPoint > 0 && random.chance(0.5) ? duct.firstPoint - 1 : duct.firstPoint;
            std::size_t last = std::min(lastPoint, ductLast + (random.chance(0.5) ? 1 : 0));
            if (random.chance(0.3) && last > first + 1) {
                first += 1;  // covers only the far part of the duct
            }
            const int ps = *duct.plannedStart;
            const int start = ps - random.integer(30, 500);
            const int end =
                random.chance(0.7) ? ps + random.integer(0, 700) : ps - random.integer(1, 25);
            write(street, first, std::max(last, first + 1), polygon, kind, start, end);
        } else {
            const Street& street = streets[static_cast<std::size_t>(
                random.integer(0, static_cast<int>(streets.size()) - 1))];
            const auto first = static_cast<std::size_t>(
                random.integer(0, static_cast<int>(street.points.size()) - 2));
            const std::size_t last = std::min(
                first + static_cast<std::size_t>(random.integer(1, 3)), street.points.size() - 1);
            const int start = random.integer(-700, 300);
            write(street, first, last, polygon, kind, start, start + random.integer(180, 1095));
        }
    }
    if (!planned.empty()) {
        const DuctPlan& duct = *planned.front();
        const Street& street = streets[duct.street];
        const std::size_t last = duct.firstPoint + duct.points.size() - 1;
        const int ps = *duct.plannedStart;
        write(street, duct.firstPoint, last, true, "s58", ps - 365, ps - 1);  // not blocked
        write(street, duct.firstPoint, last, false, "s58a", ps - 365, ps);    // blocked
    }
}

void DistrictLayers::writeHotspots(core::FeatureTable& table) const {
    sample::DeterministicRandom random(plan_.seed(kHotspotsLayer));
    constexpr std::array<double, 7> kRadii{50.0, 75.0, 100.0, 120.5, 150.0, 200.0, 250.0};
    constexpr std::array<const char*, 3> kOperators{"Gigamap Wi-Fi", "BT Wi-Fi", "Council Wi-Fi"};
    for (int h = 0; h < scale_.hotspots; ++h) {
        const auto& town = plan_.towns()[static_cast<std::size_t>(h) % plan_.towns().size()];
        insert(
            table,
            {{"name", fmt::format("Hotspot {}-{}", plan_.index() + 1, h + 1)},
             {"operator", std::string(kOperators[static_cast<std::size_t>(h) % 3])},
             {"radius_m", kRadii[static_cast<std::size_t>(random.integer(0, kRadii.size() - 1))]},
             {"status", std::string(random.chance(0.8) ? "live" : "planned")}},
            pointWkb(plan_.near(town, 1500.0, random)));
    }
}

void DistrictLayers::writeMobileCoverage(core::FeatureTable& table) const {
    sample::DeterministicRandom random(plan_.seed(kMobileLayer));
    constexpr std::array<const char*, 4> kOperators{"EE", "Three", "O2", "Vodafone"};
    for (int m = 0; m < scale_.mobileCoverage; ++m) {
        const auto& town = plan_.towns()[static_cast<std::size_t>(m) % plan_.towns().size()];
        const CentimetrePoint centre = plan_.near(town, 2000.0, random);
        const double radius = random.between(1500, 5000);
        const double phase = random.between(0, 2 * std::numbers::pi);
        const int count = random.integer(64, 160);
        std::vector<CentimetrePoint> ring;
        for (int k = 0; k < count; ++k) {
            const double angle = 2 * std::numbers::pi * k / count;
            const double r =
                radius * (1.0 + 0.25 * std::sin(3 * angle + phase) + 0.08 * random.between(-1, 1));
            ring.push_back(offset(centre, r * std::cos(angle), r * std::sin(angle)));
        }
        ring.push_back(ring.front());
        insert(table,
               {{"operator", std::string(kOperators[static_cast<std::size_t>(m) % 4])},
                {"technology", std::string(m % 2 == 0 ? "4G" : "5G")},
                {"environment", std::string("outdoor")},
                {"level", std::string("good")}},
               polygonWkb(ring));
    }
}

void writeBoundaries(const BenchScale& scale, const WardLattice& lattice,
                     core::FeatureTable& table) {
    struct Ward {
        int district;
        WardShape shape;
    };
    std::vector<Ward> wards;
    for (int d = 0; d < scale.districts(); ++d) {
        const int i0 = (d % scale.columns) * scale.wardsAcross;
        const int j0 = (d / scale.columns) * scale.wardsAcross;
        insert(table,
               {{"code", fmt::format("E07{:06d}", d + 1)},
                {"name", fmt::format("Bench District {}", d + 1)},
                {"kind", std::string("district")}},
               polygonWkb(lattice.ring(i0, j0, i0 + scale.wardsAcross, j0 + scale.wardsAcross)));
        const DistrictWards district(scale, lattice, d);
        for (const auto& shape : district.wards()) {
            wards.push_back({d, shape});
        }
    }
    sample::DeterministicRandom random(kBoundariesSeed);
    for (std::size_t k = wards.size(); k > 1; --k) {  // Fisher-Yates
        std::swap(wards[k - 1],
                  wards[static_cast<std::size_t>(random.uniform() * static_cast<double>(k))]);
    }
    const int perDistrict = scale.wardsAcross * scale.wardsAcross;
    for (const auto& ward : wards) {
        insert(table,
               {{"code",
                 fmt::format("E05{:06d}", ward.district * perDistrict + ward.shape.number + 1)},
                {"name", fmt::format("Bench District {} Ward {}", ward.district + 1,
                                     ward.shape.number + 1)},
                {"kind", std::string("ward")}},
               polygonWkb(ward.shape.ring));
    }
}

}  // namespace gigamap::bench
