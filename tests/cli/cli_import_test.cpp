#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/sqlite_statement.h"
#include "support/data_paths.h"
#include "support/project_fixture.h"

namespace gigamap::test {
namespace {

using ::testing::HasSubstr;

class CliImportTest : public ::testing::Test {
protected:
    TempDir dir_;
    std::string project_ = dir_.file("p.sqlite").string();

    void SetUp() override { ASSERT_EQ(runCli({"init", project_}).exitCode, 0); }
};

TEST_F(CliImportTest, CodePointWithRejectsReportsCountsAndTheRejectsFile) {
    const auto result =
        runCli({"import", "codepoint", project_, testData("codepoint/bad_rows.csv").string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("8 read, 2 new, 0 updated, 0 skipped, 6 rejected"));
    const auto rejects = dir_.file("p.codepoint-rejects.csv");
    EXPECT_THAT(result.out, HasSubstr(rejects.string()));
    EXPECT_THAT(fileBytes(rejects), HasSubstr("not a UK postcode"));
    EXPECT_TRUE(result.err.empty()) << "no progress bar when stderr is not a terminal";
}

TEST_F(CliImportTest, VectorJsonSummaryAndRecordedVintage) {
    const auto result =
        runCli({"import", "vector", project_,
                sampleSource("lancaster_lad_E07000121_wgs84.geojson").string(), "--into",
                "boundaries", "--map", "code=objectid", "--map", "name=district", "--set",
                "kind=district", "--vintage", "2022", "--source", "ons", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["inserted"], 1);
    EXPECT_EQ(json["table"], "boundaries");
    const auto info = nlohmann::json::parse(runCli({"info", project_, "--json"}).out);
    EXPECT_EQ(info["vintages"]["ons"], "2022");
    EXPECT_EQ(info["layers"][0]["features"], 1);
}

TEST_F(CliImportTest, BadFilesExitWithTwoAndNameTheFile) {
    const auto text = testData("codepoint/not_codepoint.csv").string();
    const auto codepoint = runCli({"import", "codepoint", project_, text});
    EXPECT_EQ(codepoint.exitCode, 2);
    EXPECT_THAT(codepoint.err, HasSubstr(text + " is not Code-Point Open"));
    const auto vector = runCli({"import", "vector", project_, text, "--into", "boundaries"});
    EXPECT_EQ(vector.exitCode, 2);
    EXPECT_THAT(vector.err, HasSubstr("does not say which CRS"));
}

// A project with one damaged page, which the import itself never reads (the
// ducts key index): SQLite takes the import's writes to other pages, so
// without the check the import exited 0 into a damaged file.
TEST_F(CliImportTest, AnImportIntoADamagedProjectIsRefusedWithTwo) {
    std::int64_t page = 0;
    std::int64_t pageSize = 0;
    {
        core::SqliteDatabase db(project_, core::SqliteDatabase::Mode::ReadOnly);
        auto root = db.prepare(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ducts' "
            "AND sql IS NOT NULL");
        ASSERT_TRUE(root.step());
        page = root.columnInt64(0);
        auto size = db.prepare("PRAGMA page_size");
        ASSERT_TRUE(size.step());
        pageSize = size.columnInt64(0);
    }
    {
        std::fstream file(project_, std::ios::binary | std::ios::in | std::ios::out);
        file.seekp((page - 1) * pageSize);
        const std::string garbage(64, '\xEE');
        file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
        ASSERT_TRUE(file.good());
    }
    const auto before = fileBytes(project_);
    const auto result = runCli(
        {"import", "codepoint", project_, testData("codepoint/lancaster_five.csv").string()});
    EXPECT_EQ(result.exitCode, 2) << result.out;
    EXPECT_THAT(result.err, HasSubstr(project_ + " is damaged"));
    EXPECT_THAT(result.err, HasSubstr("nothing was imported"));
    EXPECT_EQ(fileBytes(project_), before);
    EXPECT_FALSE(std::filesystem::exists(dir_.file("p.codepoint-rejects.csv")));
}

TEST_F(CliImportTest, UsageErrorsExitWithOne) {
    EXPECT_EQ(runCli({"import"}).exitCode, 1);
    EXPECT_EQ(runCli({"import", "vector", project_, "x.gpkg"}).exitCode, 1);  // no --into
    EXPECT_EQ(runCli({"import", "vector", project_, "x.gpkg", "--into", "roads", "--map", "oops"})
                  .exitCode,
              1);
}

}  // namespace
}  // namespace gigamap::test

namespace gigamap::test {
namespace {

TEST_F(CliImportTest, ExportWritesGeoJsonInWgs84AndRefusesBadRequests) {
    ASSERT_EQ(runCli({"import", "vector", project_, testData("vector/ducts_wgs84.geojson").string(),
                      "--into", "ducts"})
                  .exitCode,
              0);
    const auto out = dir_.file("ducts.geojson").string();
    const auto result =
        runCli({"export", project_, "ducts", "--out", out, "--where", "status=existing"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("Exported 1 features of ducts"));
    EXPECT_THAT(result.out, HasSubstr("EPSG:4326"));
    const auto json = nlohmann::json::parse(fileBytes(out));
    ASSERT_EQ(json["features"].size(), 1U);
    EXPECT_EQ(json["features"][0]["properties"]["ref"], "D-1");
    EXPECT_NEAR(json["features"][0]["geometry"]["coordinates"][0][0].get<double>(), -2.8016, 1e-4);

    const auto again = runCli({"export", project_, "ducts", "--out", out});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_THAT(again.err, HasSubstr("already exists"));
    EXPECT_EQ(runCli({"export", project_, "ducts", "--out", out, "--overwrite"}).exitCode, 0);
    EXPECT_EQ(runCli({"export", project_, "ducts", "--out", dir_.file("x.gpkg").string(), "--where",
                      "colour=red"})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({"export", project_, "ducts"}).exitCode, 1);  // no --out
}

}  // namespace
}  // namespace gigamap::test

namespace gigamap::test {
namespace {

TEST_F(CliImportTest, AnalyseCoverageWritesTheTableAndAssignments) {
    ASSERT_EQ(runCli({"import", "vector", project_, testData("vector/wards.geojson").string(),
                      "--into", "boundaries", "--map", "code=WD_CODE", "--map", "name=WD_NAME",
                      "--set", "kind=ward"})
                  .exitCode,
              0);
    const auto postcodes = dir_.file("postcodes.csv");
    std::ofstream(postcodes)
        << "postcode,easting,northing\nLA1 1AA,347500,461500\nLA1 1AB,348000,460500\n"
           "LA1 1AD,347000,461000\nLA1 1AE,300000,400000\n";
    ASSERT_EQ(runCli({"import", "codepoint", project_, postcodes.string()}).exitCode, 0);
    const auto out = dir_.file("coverage.csv");
    const auto assignments = dir_.file("assignments.csv");
    const auto result = runCli({"analyse", "coverage", project_, "--out", out.string(),
                                "--assignments", assignments.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("3 boundaries, 4 postcodes (1 unassigned)"));
    EXPECT_EQ(fileBytes(out),
              "code,name,postcodes,premises,premises_lacking_gigabit,premises_lacking_sfbb,"
              "premises_lacking_full_fibre,premises_below_uso\n"
              "W1,North,2,0,0,0,0,0\n"
              "W2,Bowtie,0,0,0,0,0,0\n"
              "W4,South,1,0,0,0,0,0\n"
              ",(unassigned),1,0,0,0,0,0\n");
    EXPECT_EQ(fileBytes(assignments),
              "postcode,code\nLA1 1AA,W1\nLA1 1AB,W4\nLA1 1AD,W1\nLA1 1AE,\n");
    EXPECT_EQ(
        runCli({"analyse", "coverage", project_, "--by", "parish", "--out", out.string()}).exitCode,
        2);
    EXPECT_EQ(runCli({"analyse", "coverage", project_}).exitCode, 1);
}

}  // namespace
}  // namespace gigamap::test

namespace gigamap::test {
namespace {

TEST_F(CliImportTest, AnalyseNearestDuctWritesDistancesAndSummary) {
    ASSERT_EQ(runCli({"import", "vector", project_, testData("vector/ducts_wgs84.geojson").string(),
                      "--into", "ducts"})
                  .exitCode,
              0);
    ASSERT_EQ(
        runCli({"import", "codepoint", project_, testData("codepoint/with_header.csv").string()})
            .exitCode,
        0);
    const auto out = dir_.file("nearest.csv");
    const auto result = runCli({"analyse", "nearest-duct", project_, "--out", out.string(),
                                "--status", "existing", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["count"], 0);  // no Ofcom figures yet: nobody is known to be underserved
    EXPECT_EQ(fileBytes(out), "postcode,distance_m,duct_ref\n");
    const auto bad = runCli(
        {"analyse", "nearest-duct", project_, "--out", out.string(), "--metric", "postcode"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_THAT(bad.err, HasSubstr("not a percentage field"));
}

}  // namespace
}  // namespace gigamap::test
