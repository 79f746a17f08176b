#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "support/temp_dir.h"

namespace gigamap::test {
namespace {

using ::testing::HasSubstr;

class CliTest : public ::testing::Test {
protected:
    TempDir dir_;
    std::string project_ = dir_.file("lancaster.sqlite").string();
};

TEST_F(CliTest, HelpListsTheCommands) {
    const auto result = runCli({"--help"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_THAT(result.out, HasSubstr("init"));
    EXPECT_THAT(result.out, HasSubstr("info"));
    const auto initHelp = runCli({"init", "--help"});
    EXPECT_EQ(initHelp.exitCode, 0);
    EXPECT_THAT(initHelp.out, HasSubstr("--crs"));
}

TEST_F(CliTest, VersionPrintsTheVersion) {
    const auto result = runCli({"--version"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_THAT(result.out, HasSubstr("gigamap-cli 0."));
}

TEST_F(CliTest, UsageErrorsExitWithOne) {
    EXPECT_EQ(runCli({}).exitCode, 1);
    EXPECT_EQ(runCli({"frobnicate"}).exitCode, 1);
    EXPECT_EQ(runCli({"init"}).exitCode, 1);
    EXPECT_EQ(runCli({"info", project_, "--colour"}).exitCode, 1);
}

TEST_F(CliTest, InitThenInfoShowsEveryLayer) {
    const auto init = runCli({"init", project_, "--name", "Lancaster district"});
    ASSERT_EQ(init.exitCode, 0) << init.err;
    EXPECT_THAT(init.out, HasSubstr("Created project 'Lancaster district'"));
    EXPECT_THAT(init.out, HasSubstr("EPSG:27700"));

    const auto info = runCli({"info", project_});
    ASSERT_EQ(info.exitCode, 0) << info.err;
    EXPECT_THAT(info.out, HasSubstr("Lancaster district"));
    EXPECT_THAT(info.out, HasSubstr("EPSG:27700"));
    EXPECT_THAT(info.out, HasSubstr("Schema version: 4"));
    for (const char* layer :
         {"boundaries", "postcodes", "mobile_coverage", "mobile_postcodes", "hotspots", "nodes",
          "chambers", "ducts", "street_works", "restrictions", "roads"}) {
        EXPECT_THAT(info.out, HasSubstr(layer));
    }
    EXPECT_THAT(info.out, HasSubstr("none recorded"));
}

TEST_F(CliTest, InfoJsonIsMachineReadable) {
    ASSERT_EQ(runCli({"init", project_, "--crs", "EPSG:32630"}).exitCode, 0);
    const auto info = runCli({"info", project_, "--json"});
    ASSERT_EQ(info.exitCode, 0) << info.err;
    const auto json = nlohmann::json::parse(info.out);
    EXPECT_EQ(json["name"], "lancaster");
    EXPECT_EQ(json["crs"]["epsg"], 32630);
    EXPECT_EQ(json["schema_version"], 4);
    ASSERT_EQ(json["layers"].size(), 11U);
    EXPECT_EQ(json["layers"][0]["name"], "boundaries");
    EXPECT_EQ(json["layers"][0]["geometry_type"], "MultiPolygon");
    EXPECT_EQ(json["layers"][0]["features"], 0);
    EXPECT_TRUE(json["layers"][0]["extent"].is_null());
}

TEST_F(CliTest, BadInputExitsWithTwoAndOneClearSentence) {
    const auto geographic = runCli({"init", project_, "--crs", "EPSG:4326"});
    EXPECT_EQ(geographic.exitCode, 2);
    EXPECT_THAT(geographic.err, HasSubstr("geographic CRS"));
    EXPECT_TRUE(geographic.out.empty());

    const auto missing = runCli({"info", dir_.file("nowhere.sqlite").string()});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_THAT(missing.err, HasSubstr("nowhere.sqlite does not exist"));

    const auto text = dir_.file("notes.txt").string();
    std::ofstream(text) << "not a project\n";
    const auto notProject = runCli({"info", text});
    EXPECT_EQ(notProject.exitCode, 2);
    EXPECT_THAT(notProject.err, HasSubstr("is a text file, not a gigamap project"));

    ASSERT_EQ(runCli({"init", project_}).exitCode, 0);
    const auto again = runCli({"init", project_});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_THAT(again.err, HasSubstr("already exists"));
}

}  // namespace
}  // namespace gigamap::test
