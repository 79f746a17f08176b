#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/codepoint_importer.h"
#include "gigamap/importers/ofcom_fixed_importer.h"
#include "support/data_paths.h"
#include "support/project_fixture.h"

namespace gigamap::importers {
namespace {

using test::testData;
using ::testing::HasSubstr;

class OfcomFixedImporterTest : public test::ProjectTest {
protected:
    std::optional<core::Project> project_{core::Project::create(projectPath_, {"o", "EPSG:27700"})};

    void SetUp() override {
        CodePointImporter postcodes(*project_,
                                    {.source = {.rejectsFile = dir_.file("cp-rejects.csv"),
                                                .vintage = "",
                                                .attribution = ""},
                                     .district = std::nullopt});
        ASSERT_EQ(postcodes.importFiles({testData("codepoint/with_header.csv")}).inserted, 3);
    }

    ImportSummary import(const std::vector<std::filesystem::path>& files,
                         OfcomFixedOptions options = {}) {
        options.source.rejectsFile = dir_.file("rejects.csv");
        OfcomFixedImporter importer(*project_, std::move(options));
        return importer.importFiles(files);
    }

    core::Feature postcode(const std::string& code) {
        auto& table = project_->layer("postcodes");
        return table.read(table.findByKey("postcode", code).value()).value();
    }
};

TEST_F(OfcomFixedImporterTest, PostcodeLevel2023LayoutJoinsByPostcode) {
    const auto summary = import({testData("ofcom/202305_fixed_pc_coverage_r01_LA.csv")});
    EXPECT_EQ(summary.read, 7);
    EXPECT_EQ(summary.updated, 2);
    EXPECT_EQ(summary.rejected, 5);
    const auto townHall = postcode("LA1 1PJ");
    EXPECT_EQ(townHall.attribute("all_premises"), core::Value{std::int64_t{12}});
    EXPECT_EQ(townHall.attribute("gigabit_pct"), core::Value{75.0});
    EXPECT_EQ(townHall.attribute("full_fibre_pct"), core::Value{58.3});
    EXPECT_EQ(townHall.attribute("sfbb_pct"), core::Value{100.0});
    EXPECT_EQ(townHall.attribute("vintage"), core::Value{std::string("2023-05")});
    EXPECT_EQ(postcode("LA1 1AA").attribute("below_uso_pct"), core::Value{3.3});
    // Postcodes without an Ofcom row keep no figures.
    EXPECT_TRUE(core::isNull(postcode("LA6 3AA").attribute("gigabit_pct")));
    const std::string rejects = test::fileBytes(dir_.file("rejects.csv"));
    EXPECT_THAT(rejects, HasSubstr(",4,postcode,postcode not in the project"));
    EXPECT_THAT(rejects,
                HasSubstr(",5,Gigabit availability (% premises),percentage outside 0..100,120"));
    EXPECT_THAT(rejects, HasSubstr(",6,SFBB availability (% premises),not a number,n/a"));
    EXPECT_THAT(rejects, HasSubstr(",7,,\"expected 41 columns, found 40\""));
    EXPECT_THAT(rejects, HasSubstr(",8,postcode,not a UK postcode,BAD"));
    EXPECT_EQ(project_->metaValue("vintage.ofcom_fixed"), "2023-05");
    EXPECT_THAT(project_->metaValue("attribution.ofcom_fixed").value_or(""), HasSubstr("© Ofcom"));
}

TEST_F(OfcomFixedImporterTest, The2019LayoutHasNoGigabitColumn) {
    const auto summary = import({testData("ofcom/201909_fixed_pc_coverage_r01_LA.csv")});
    EXPECT_EQ(summary.updated, 1);
    ASSERT_EQ(summary.notes.size(), 1U);
    EXPECT_THAT(summary.notes[0], HasSubstr("no 'Gigabit availability' column"));
    const auto townHall = postcode("LA1 1PJ");
    EXPECT_EQ(townHall.attribute("sfbb_pct"), core::Value{90.0});
    EXPECT_EQ(townHall.attribute("full_fibre_pct"), core::Value{8.3});
    EXPECT_TRUE(core::isNull(townHall.attribute("gigabit_pct")));
    EXPECT_EQ(townHall.attribute("vintage"), core::Value{std::string("2019-09")});
}

TEST_F(OfcomFixedImporterTest, LocalAuthorityFileKeepsTheDistrictsRow) {
    const auto summary = import({testData("ofcom/202209_fixed_laua_coverage_r02.csv")},
                                {.source = {}, .district = "E07000128"});
    EXPECT_EQ(summary.inserted, 1);
    EXPECT_EQ(summary.skipped, 8);
    const auto row = nlohmann::json::parse(project_->metaValue("ofcom_fixed_la").value());
    EXPECT_EQ(row["laua"], "E07000128");
    EXPECT_EQ(row["vintage"], "2022-09");
    EXPECT_EQ(row["columns"]["laua_name"], "WYRE");
    EXPECT_EQ(row["columns"]["All Premises"], "58069");
    EXPECT_EQ(project_->metaValue("vintage.ofcom_fixed_la"), "2022-09");
}

// Excel saves Ofcom's CSVs in Windows-1252: a Latin-1 byte (0xE9, é) in a name
// is read as such and stored as UTF-8, and the summary says so.
TEST_F(OfcomFixedImporterTest, TextThatIsNotUtf8IsReadAsWindows1252) {
    std::string text = test::fileBytes(testData("ofcom/202209_fixed_laua_coverage_r02.csv"));
    text.replace(text.find("WYRE,"), 5,
                 "WYR\xC9 \x93"
                 "CAF\xC9\x94,");
    const auto file = dir_.file("202209_fixed_laua_latin1.csv");
    std::ofstream(file, std::ios::binary) << text;
    const auto summary = import({file}, {.source = {}, .district = "E07000128"});
    EXPECT_EQ(summary.inserted, 1);
    const auto row = nlohmann::json::parse(project_->metaValue("ofcom_fixed_la").value());
    EXPECT_EQ(row["columns"]["laua_name"], "WYR\u00C9 \u201CCAF\u00C9\u201D");
    ASSERT_FALSE(summary.notes.empty());
    EXPECT_THAT(summary.notes.back(),
                HasSubstr("1 records were not UTF-8 and were read as Windows-1252 (the first on "
                          "line 8)"));
}

TEST_F(OfcomFixedImporterTest, LocalAuthorityFileNeedsADistrict) {
    EXPECT_THROW((void)import({testData("ofcom/202209_fixed_laua_coverage_r02.csv")}),
                 core::ImportError);
    EXPECT_THROW((void)import({testData("ofcom/202209_fixed_laua_coverage_r02.csv")},
                              {.source = {}, .district = "E07000121"}),
                 core::ImportError);  // no Lancaster row in the sample rows
}

TEST_F(OfcomFixedImporterTest, VintageComesFromTheNameOrTheOption) {
    EXPECT_EQ(vintageFromFileName("202305_fixed_pc_coverage_r01_LA.csv"), "2023-05");
    EXPECT_EQ(vintageFromFileName("/data/201909_fixed_postcode_coverage_r01.csv"), "2019-09");
    EXPECT_FALSE(vintageFromFileName("fixed_pc_coverage.csv"));
    EXPECT_FALSE(vintageFromFileName("202313_fixed.csv"));
    try {
        (void)import({testData("ofcom/no_vintage_name.csv")});
        FAIL();
    } catch (const core::ImportError& error) {
        EXPECT_THAT(error.what(), HasSubstr("--vintage YYYY-MM"));
    }
    const auto summary =
        import({testData("ofcom/no_vintage_name.csv")},
               {.source = {.rejectsFile = {}, .vintage = "2024-01", .attribution = ""},
                .district = std::nullopt});
    EXPECT_EQ(summary.updated, 2);
    EXPECT_EQ(postcode("LA1 1PJ").attribute("vintage"), core::Value{std::string("2024-01")});
}

TEST_F(OfcomFixedImporterTest, OtherFilesAreRefusedAndNothingChanges) {
    project_.reset();
    const std::string before = test::fileBytes(projectPath_);
    project_.emplace(core::Project::open(projectPath_));
    for (const char* name : {"codepoint/with_header.csv", "codepoint/empty.csv"}) {
        SCOPED_TRACE(name);
        EXPECT_THROW(
            (void)import({testData("ofcom/202305_fixed_pc_coverage_r01_LA.csv"), testData(name)},
                         {.source = {.rejectsFile = {}, .vintage = "2023-05", .attribution = ""},
                          .district = std::nullopt}),
            core::ImportError);
    }
    EXPECT_TRUE(core::isNull(postcode("LA1 1PJ").attribute("gigabit_pct")));
    project_.reset();
    EXPECT_EQ(test::fileBytes(projectPath_), before);
}

}  // namespace
}  // namespace gigamap::importers
