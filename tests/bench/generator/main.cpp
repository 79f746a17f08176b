// gigamap-bench-generator --scale S|M|L OUT.sqlite: synthetic districts for the
// analysis benchmark, the same file on every run (fixed seeds, integer
// centimetre coordinates, no dependence on time or platform).
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <exception>
#include <functional>
#include <string>
#include <string_view>

#include "bench_scale.h"
#include "district_layers.h"
#include "district_plan.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "gigamap/core/spatial_index_suspension.h"
#include "gigamap/core/transaction.h"
#include "ward_lattice.h"

namespace {

using namespace gigamap;

constexpr bench::CentimetrePoint kOrigin{10000000, 10000000};  // (100 km, 100 km) in EPSG:27700
constexpr std::uint64_t kLatticeSeed = 20261127;

// One layer in one transaction, with SpatiaLite's per-row triggers set aside.
void writeLayer(core::Project& project, std::string_view table,
                const std::function<void(core::FeatureTable&)>& write) {
    const auto started = std::chrono::steady_clock::now();
    core::Transaction transaction(project.database());
    core::SpatialIndexSuspension suspension(project.database(), std::string(table));
    auto& layer = project.layer(table);
    write(layer);
    suspension.finish();
    transaction.commit();
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - started;
    fmt::print("  {:<16} {:>9} features {:>7.1f} s\n", table, layer.count(), seconds.count());
    std::fflush(stdout);
}

int run(std::string_view scaleName, const std::string& out) {
    const bench::BenchScale scale = bench::benchScale(scaleName);
    const bench::WardLattice lattice(
        kOrigin, static_cast<std::int64_t>(scale.districtSideMetres * 100.0 / scale.wardsAcross),
        kLatticeSeed);
    auto project = core::Project::create(out, {"Analysis benchmark " + scale.name, "EPSG:27700"});
    fmt::print("Scale {}: {} districts of {} wards, written to {}\n", scale.name, scale.districts(),
               scale.wardsAcross * scale.wardsAcross, out);
    const auto eachDistrict = [&](auto&& write) {
        return [&, write](core::FeatureTable& table) {
            for (int d = 0; d < scale.districts(); ++d) {
                const bench::DistrictPlan plan(scale, lattice, d);
                write(bench::DistrictLayers(scale, lattice, plan), table);
            }
        };
    };
    writeLayer(project, "boundaries",
               [&](core::FeatureTable& table) { bench::writeBoundaries(scale, lattice, table); });
    writeLayer(project, "postcodes",
               eachDistrict([](const bench::DistrictLayers& layers, core::FeatureTable& t) {
                   layers.writePostcodes(t);
               }));
    writeLayer(project, "ducts",
               eachDistrict([](const bench::DistrictLayers& layers, core::FeatureTable& t) {
                   layers.writeDucts(t);
               }));
    writeLayer(project, "roads",
               eachDistrict([](const bench::DistrictLayers& layers, core::FeatureTable& t) {
                   layers.writeRoads(t);
               }));
    writeLayer(project, "nodes",
               eachDistrict([](const bench::DistrictLayers& layers, core::FeatureTable& t) {
                   layers.writeExchanges(t);
               }));
    writeLayer(project, "street_works",
               eachDistrict([](const bench::DistrictLayers& layers, core::FeatureTable& t) {
                   layers.writeStreetWorks(t);
               }));
    writeLayer(project, "restrictions",
               eachDistrict([](const bench::DistrictLayers& layers, core::FeatureTable& t) {
                   layers.writeRestrictions(t);
               }));
    writeLayer(project, "hotspots",
               eachDistrict([](const bench::DistrictLayers& layers, core::FeatureTable& t) {
                   layers.writeHotspots(t);
               }));
    writeLayer(project, "mobile_coverage",
               eachDistrict([](const bench::DistrictLayers& layers, core::FeatureTable& t) {
                   layers.writeMobileCoverage(t);
               }));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string usage = "usage: gigamap-bench-generator --scale S|M|L OUT.sqlite\n";
    if (argc != 4 || std::string_view(argv[1]) != "--scale") {
        fmt::print(stderr, "{}", usage);
        return 1;
    }
    try {
        return run(argv[2], argv[3]);
    } catch (const std::invalid_argument& error) {
        fmt::print(stderr, "gigamap-bench-generator: {}\n{}", error.what(), usage);
        return 1;
    } catch (const std::exception& error) {
        fmt::print(stderr, "gigamap-bench-generator: {}\n", error.what());
        return 2;
    }
}
