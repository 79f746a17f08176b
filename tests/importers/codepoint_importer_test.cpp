#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/codepoint_importer.h"
#include "support/data_paths.h"
#include "support/project_fixture.h"

namespace gigamap::importers {
namespace {

using test::sampleSource;
using test::testData;
using ::testing::HasSubstr;

class CodePointImporterTest : public test::ProjectTest {
protected:
    std::optional<core::Project> project_{
        core::Project::create(projectPath_, {"cp", "EPSG:27700"})};

    // Closes the project (its WAL is checkpointed into the file) and opens it again.
    void reopen() {
        project_.reset();
        project_.emplace(core::Project::open(projectPath_));
    }
    void close() { project_.reset(); }
    core::GeosContext geos_;

    ImportSummary import(const std::vector<std::filesystem::path>& files,
                         std::optional<std::string> district = std::nullopt,
                         core::Feedback* feedback = nullptr) {
        CodePointImporter importer(*project_, {.source = {.rejectsFile = dir_.file("rejects.csv"),
                                                          .vintage = "2025.4.0",
                                                          .attribution = ""},
                                               .district = std::move(district)});
        return importer.importFiles(files, feedback);
    }

    // The stored point of a postcode.
    core::BoundingBox where(const std::string& postcode) {
        auto& postcodes = project_->layer("postcodes");
        const auto fid = postcodes.findByKey("postcode", postcode);
        EXPECT_TRUE(fid.has_value()) << postcode;
        return geos_.readWkb(postcodes.read(fid.value_or(0)).value().geometry).envelope();
    }

    std::vector<std::string> rejectLines() {
        std::ifstream in(dir_.file("rejects.csv"));
        std::vector<std::string> lines;
        for (std::string line; std::getline(in, line);) {
            lines.push_back(line);
        }
        return lines;
    }
};

TEST_F(CodePointImporterTest, RealLancasterFilesWithoutHeader) {
    const auto summary =
        import({sampleSource("codepoint_open_2025.4.0_lancaster_E07000121_excl_LA3_LA5.csv"),
                sampleSource("codepoint_open_2025.4.0_lancaster_E07000121_LA3_LA5.csv")},
               "E07000121");
    EXPECT_EQ(summary.read, 4258);
    EXPECT_EQ(summary.inserted, 4258);
    EXPECT_EQ(summary.rejected, 0);
    EXPECT_TRUE(summary.rejectsFile.empty());
    EXPECT_EQ(project_->layer("postcodes").count(), 4258);
    // Lancaster Town Hall, exactly as Code-Point Open gives it.
    EXPECT_EQ(where("LA1 1PJ"), (core::BoundingBox{347863, 461529, 347863, 461529}));
    const auto townHall =
        project_->layer("postcodes")
            .read(*project_->layer("postcodes").findByKey("postcode", std::string("LA1 1PJ")));
    EXPECT_EQ(townHall->attribute("positional_quality"), core::Value{std::int64_t{10}});
    EXPECT_THAT(project_->metaValue("attribution.codepoint").value_or(""),
                HasSubstr("Contains OS data"));
}

TEST_F(CodePointImporterTest, HeaderRowDistrictFilterAndNormalisation) {
    const auto summary = import({testData("codepoint/with_header.csv")}, "E07000121");
    EXPECT_EQ(summary.read, 3);
    EXPECT_EQ(summary.inserted, 2);
    EXPECT_EQ(summary.skipped, 1);  // LA6 3AA is in another district
    EXPECT_EQ(where("LA1 1AA"), (core::BoundingBox{347467, 461653, 347467, 461653}));
    EXPECT_FALSE(project_->layer("postcodes").findByKey("postcode", std::string("LA6 3AA")));
}

TEST_F(CodePointImporterTest, EveryBadRowIsRejectedWithLineFieldAndReason) {
    const auto summary = import({testData("codepoint/bad_rows.csv")});
    EXPECT_EQ(summary.read, 8);
    EXPECT_EQ(summary.inserted, 2);
    EXPECT_EQ(summary.rejected, 6);
    EXPECT_EQ(summary.rejectsFile, dir_.file("rejects.csv"));
    const auto lines = rejectLines();
    ASSERT_EQ(lines.size(), 7U);
    EXPECT_EQ(lines[0], "file,line,field,reason,value");
    EXPECT_THAT(lines[1], HasSubstr("bad_rows.csv,2,,\"expected 10 columns, found 9\""));
    EXPECT_THAT(lines[2], HasSubstr(",3,Eastings,not a number,3474x7"));
    EXPECT_THAT(lines[3], HasSubstr(",4,Postcode,not a UK postcode,NOT A PC"));
    EXPECT_THAT(lines[4], HasSubstr(",5,Eastings/Northings,\"no coordinates (0, 0)\""));
    EXPECT_THAT(lines[5],
                HasSubstr(",6,Eastings/Northings,\"outside the area of use of EPSG:27700"));
    EXPECT_THAT(lines[6], HasSubstr(",7,Positional_quality_indicator,not a whole number,ten"));
    EXPECT_EQ(project_->layer("postcodes").count(), 2);
}

TEST_F(CodePointImporterTest, LatitudeLongitudeColumnsAreTransformedAndSwapsCaught) {
    const auto summary = import({testData("codepoint/latlon.csv")});
    EXPECT_EQ(summary.inserted, 2);
    EXPECT_EQ(summary.rejected, 2);
    const auto lines = rejectLines();
    ASSERT_EQ(lines.size(), 3U);
    EXPECT_THAT(lines[1], HasSubstr(",4,lon/lat,\"latitude and longitude swapped"));
    EXPECT_THAT(lines[2], HasSubstr(",5,lon/lat,\"outside the area of use"));
    // Within the ~2-5 m of a Helmert transformation of Code-Point's 347467, 461653.
    const auto p = where("LA1 1AA");
    EXPECT_NEAR(p.minX, 347467, 6.0);
    EXPECT_NEAR(p.minY, 461653, 6.0);
    ASSERT_FALSE(summary.notes.empty());
    EXPECT_THAT(summary.notes[0], HasSubstr("British National Grid"));
}

TEST_F(CodePointImporterTest, ReimportUpdatesPositionsAndKeepsOtherFields) {
    (void)import({testData("codepoint/with_header.csv")});
    auto& postcodes = project_->layer("postcodes");
    const auto fid = *postcodes.findByKey("postcode", std::string("LA1 1PJ"));
    postcodes.patch(fid, {{"gigabit_pct", 87.5}});
    const auto again = import({testData("codepoint/with_header.csv")});
    EXPECT_EQ(again.inserted, 0);
    EXPECT_EQ(again.updated, 3);
    EXPECT_EQ(postcodes.count(), 3);
    EXPECT_EQ(postcodes.read(fid)->attribute("gigabit_pct"), core::Value{87.5});
}

TEST_F(CodePointImporterTest, FilesOfAnotherFormatLeaveTheProjectUnchanged) {
    (void)import({testData("codepoint/with_header.csv")});
    close();
    const std::string before = test::fileBytes(projectPath_);
    reopen();
    for (const char* name :
         {"codepoint/not_codepoint.csv", "codepoint/empty.csv", "vector/wards.geojson"}) {
        SCOPED_TRACE(name);
        try {
            // The good file first: its rows must be rolled back with the failure.
            (void)import({testData("codepoint/bad_rows.csv"), testData(name)});
            ADD_FAILURE() << "imported " << name;
        } catch (const core::ImportError& error) {
            EXPECT_THAT(error.what(), HasSubstr(testData(name).string()));
        }
    }
    EXPECT_EQ(project_->layer("postcodes").count(), 3);
    close();
    EXPECT_EQ(test::fileBytes(projectPath_), before);
}

TEST_F(CodePointImporterTest, CancellingRollsEverythingBack) {
    const auto big = dir_.file("big.csv");
    {
        std::ofstream out(big);
        for (int i = 0; i < 9000; ++i) {
            out << "\"LA1 " << (i % 10) << static_cast<char>('A' + (i / 10) % 26)
                << static_cast<char>('A' + (i / 260) % 26) << "\",10," << 340000 + i << ",460000,"
                << "\"E92000001\",\"\",\"\",\"\",\"E07000121\",\"\"\n";
        }
    }
    core::Feedback feedback;
    feedback.cancel();
    EXPECT_THROW((void)import({big}, std::nullopt, &feedback), core::CancelledError);
    EXPECT_EQ(project_->layer("postcodes").count(), 0);
    core::Feedback progress;
    const auto summary = import({big}, std::nullopt, &progress);
    EXPECT_EQ(summary.read, 9000);
    EXPECT_DOUBLE_EQ(progress.progress(), 100.0);
}

}  // namespace
}  // namespace gigamap::importers
