// gigamap-sample-generator PROJECT OUTDIR: writes the sample project's synthetic
// source files, derived deterministically from the project's real layers.
#include <fmt/format.h>

#include <exception>
#include <filesystem>

#include "deterministic_random.h"
#include "gigamap/core/project.h"
#include "network_generator.h"
#include "ofcom_generator.h"
#include "road_network.h"
#include "street_works_generator.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        fmt::print(stderr, "usage: gigamap-sample-generator PROJECT.sqlite OUTDIR\n");
        return 1;
    }
    try {
        using namespace gigamap;
        auto project = core::Project::open(argv[1], core::Project::Access::ReadOnly);
        const std::filesystem::path out = argv[2];
        std::filesystem::create_directories(out);
        const auto roads = sample::readRoads(project);
        if (roads.empty()) {
            fmt::print(stderr, "gigamap-sample-generator: {} has no roads to build on\n", argv[1]);
            return 2;
        }
        // One seed per layer, so that changing one generator leaves the others as they were.
        sample::DeterministicRandom networkRandom(20260101);
        sample::NetworkGenerator network(roads, networkRandom);
        network.write(out);
        sample::DeterministicRandom ofcomRandom(20230501);
        sample::writeOfcomPostcodeCsv(project, ofcomRandom,
                                      out / "202305_fixed_pc_coverage_r01_synthetic.csv");
        sample::DeterministicRandom worksRandom(20260301);
        sample::writeStreetManagerEvents(roads, network, worksRandom,
                                         out / "street_manager_2026_synthetic.jsonl");
        fmt::print("Synthetic layers written to {}\n", out.string());
    } catch (const std::exception& error) {
        fmt::print(stderr, "gigamap-sample-generator: {}\n", error.what());
        return 2;
    }
    return 0;
}
