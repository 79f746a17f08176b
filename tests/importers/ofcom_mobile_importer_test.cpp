#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/codepoint_importer.h"
#include "gigamap/importers/ofcom_mobile_importer.h"
#include "support/data_paths.h"
#include "support/project_fixture.h"

namespace gigamap::importers {
namespace {

using test::testData;
using ::testing::HasSubstr;

class OfcomMobileImporterTest : public test::ProjectTest {
protected:
    core::Project project_ = core::Project::create(projectPath_, {"m", "EPSG:27700"});

    void SetUp() override {
        CodePointImporter postcodes(
            project_,
            {.source = {.rejectsFile = dir_.file("cp.csv"), .vintage = "", .attribution = ""},
             .district = std::nullopt});
        ASSERT_EQ(postcodes.importFiles({testData("codepoint/with_header.csv")}).inserted, 3);
    }

    ImportSummary import() {
        OfcomMobileImporter importer(project_, {.source = {.rejectsFile = dir_.file("rejects.csv"),
                                                           .vintage = "2023-05",
                                                           .attribution = ""}});
        return importer.importFiles({testData("ofcom/mobile_by_address.csv")});
    }

    core::Feature row(const std::string& postcode, const std::string& op,
                      const std::string& service, const std::string& environment,
                      const std::string& technology) {
        auto& mobile = project_.layer("mobile_postcodes");
        const auto ids = mobile.idsWhere({{"postcode", postcode},
                                          {"operator", op},
                                          {"service", service},
                                          {"environment", environment},
                                          {"technology", technology}});
        EXPECT_EQ(ids.size(), 1U);
        return mobile.read(ids.at(0)).value();
    }
};

TEST_F(OfcomMobileImporterTest, RatingsAreCountedPerPostcodeAndColumn) {
    const auto summary = import();
    EXPECT_EQ(summary.read, 6);
    EXPECT_EQ(summary.rejected, 2);
    EXPECT_EQ(summary.inserted, 8);  // 2 postcodes x 4 rating columns
    const auto townHall = row("LA1 1PJ", "EE", "voice", "outdoor", "4G");
    EXPECT_EQ(townHall.attribute("addresses"), core::Value{std::int64_t{3}});
    EXPECT_EQ(townHall.attribute("likely"), core::Value{std::int64_t{3}});
    EXPECT_EQ(townHall.attribute("likely_pct"), core::Value{100.0});
    const auto no4g = row("LA1 1PJ", "EE", "voice", "outdoor", "2G/3G");
    EXPECT_EQ(no4g.attribute("likely"), core::Value{std::int64_t{1}});
    EXPECT_EQ(no4g.attribute("limited"), core::Value{std::int64_t{1}});
    EXPECT_EQ(no4g.attribute("none"), core::Value{std::int64_t{1}});
    EXPECT_EQ(no4g.attribute("likely_pct"), core::Value{33.3});
    const auto three = row("LA1 1PJ", "Three", "data", "indoor", "4G");
    EXPECT_EQ(three.attribute("none"), core::Value{std::int64_t{2}});
    EXPECT_EQ(row("LA1 1AA", "EE", "voice", "outdoor", "4G").attribute("limited"),
              core::Value{std::int64_t{1}});
    const std::string rejects = test::fileBytes(dir_.file("rejects.csv"));
    EXPECT_THAT(rejects, HasSubstr(",6,EEVoiceOutdoor,\"not a rating (0, 3 or 4)\",7"));
    EXPECT_THAT(rejects, HasSubstr(",7,PostCode,postcode not in the project"));
    EXPECT_EQ(project_.metaValue("vintage.ofcom_mobile"), "2023-05");
}

TEST_F(OfcomMobileImporterTest, ReimportReplacesAPostcodesRows) {
    (void)import();
    const auto again = import();
    EXPECT_EQ(again.inserted, 0);
    EXPECT_EQ(again.updated, 8);
    EXPECT_EQ(project_.layer("mobile_postcodes").count(), 8);
}

TEST_F(OfcomMobileImporterTest, OtherFilesAreRefused) {
    OfcomMobileImporter importer(
        project_,
        {.source = {.rejectsFile = dir_.file("rejects.csv"), .vintage = "", .attribution = ""}});
    EXPECT_THROW(
        (void)importer.importFiles({testData("ofcom/202305_fixed_pc_coverage_r01_LA.csv")}),
        core::ImportError);
    EXPECT_EQ(project_.layer("mobile_postcodes").count(), 0);
}

}  // namespace
}  // namespace gigamap::importers
