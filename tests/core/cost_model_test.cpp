#include <gtest/gtest.h>

#include <fstream>

#include "gigamap/core/cost_model.h"
#include "gigamap/core/error.h"
#include "gigamap/core/project.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

class CostModelTest : public test::ProjectTest {};

TEST_F(CostModelTest, DefaultsHaveEveryRateWithASource) {
    const auto model = CostModel::defaults();
    for (const char* key : {"verge", "footway", "carriageway", "unknown", "road_crossing",
                            "chamber", "shared_dig", "duct_reuse"}) {
        EXPECT_GT(model.rate(key).pounds, 0.0) << key;
        EXPECT_FALSE(model.rate(key).source.empty()) << key;
    }
    EXPECT_EQ(model.perMetre("footway"), model.rate("footway").pounds);
    EXPECT_EQ(model.perMetre("grass"), model.rate("unknown").pounds);
    EXPECT_THROW((void)model.rate("tunnel"), AnalysisError);
}

TEST_F(CostModelTest, SavedInTheProjectAndReadFromAFile) {
    {
        auto project = Project::create(projectPath_, {"costs", "EPSG:27700"});
        EXPECT_EQ(CostModel::load(project).rate("footway").pounds, 50.0);  // defaults
        auto model = CostModel::defaults();
        model.setRate("footway", 72.5, "Tender 2026/14");
        model.setPremisesPassedDistance(30.0);
        model.setChamberSpacing(120.0);
        model.save(project);
    }
    auto project = Project::open(projectPath_, Project::Access::ReadOnly);
    const auto loaded = CostModel::load(project);
    EXPECT_EQ(loaded.rate("footway").pounds, 72.5);
    EXPECT_EQ(loaded.rate("footway").source, "Tender 2026/14");
    EXPECT_EQ(loaded.premisesPassedDistance(), 30.0);
    EXPECT_EQ(loaded.chamberSpacing(), 120.0);

    const auto file = dir_.file("costs.json");
    std::ofstream(file) << R"({"rates": [{"key": "carriageway", "pounds": 140}]})";
    const auto fromFile = CostModel::fromJsonFile(file);
    EXPECT_EQ(fromFile.rate("carriageway").pounds, 140.0);
    EXPECT_EQ(fromFile.rate("footway").pounds, 50.0);  // not given: default
}

TEST_F(CostModelTest, BadFilesNameTheFileAndTheKey) {
    const auto file = dir_.file("bad.json");
    std::ofstream(file) << R"({"rates": [{"key": "moon", "pounds": 1}]})";
    try {
        (void)CostModel::fromJsonFile(file);
        FAIL();
    } catch (const ImportError& error) {
        EXPECT_NE(std::string(error.what()).find("bad.json: unknown rate 'moon'"),
                  std::string::npos)
            << error.what();
    }
    std::ofstream(file) << R"({"rates": [{"key": "verge", "pounds": -3}]})";
    EXPECT_THROW((void)CostModel::fromJsonFile(file), ImportError);
    std::ofstream(file) << "{";
    EXPECT_THROW((void)CostModel::fromJsonFile(file), ImportError);
    EXPECT_THROW((void)CostModel::fromJsonFile(dir_.file("missing.json")), ImportError);
}

}  // namespace
}  // namespace gigamap::core
