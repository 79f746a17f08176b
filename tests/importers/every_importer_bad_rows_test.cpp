// Issue 18: every importer, given a file mixing good rows with one bad row of
// each kind it can meet, imports the good rows and lists each bad one (file,
// line or feature, field, reason) instead of refusing the file. All through
// ImportJob, as the command line and the import wizard run them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/import_job.h"
#include "support/data_paths.h"
#include "support/project_fixture.h"

namespace gigamap::importers {
namespace {

using test::testData;
using ::testing::Contains;
using ::testing::HasSubstr;

class EveryImporterTest : public test::ProjectTest {
protected:
    core::Project project_ = core::Project::create(projectPath_, {"mixed", "EPSG:27700"});

    ImportSummary run(ImportKind kind, const std::filesystem::path& file,
                      const VectorOptions& vector = {}) {
        ImportJob job;
        job.kind = kind;
        job.paths = {file};
        job.source = {.rejectsFile = dir_.file("rejects.csv"), .vintage = "", .attribution = ""};
        job.vector = vector;
        return job.run(project_);
    }

    // A copy of a test file with `extra` appended, under `name`.
    std::filesystem::path withRows(const std::string& data, const std::string& name,
                                   const std::string& extra) {
        const auto file = dir_.file(name);
        std::ofstream(file, std::ios::binary) << test::fileBytes(testData(data)) << extra;
        return file;
    }

    std::string rejects() { return test::fileBytes(dir_.file("rejects.csv")); }
};

TEST_F(EveryImporterTest, CodePoint) {
    // bad_rows.csv: wrong column count, not a number, not a postcode, (0, 0), outside the
    // CRS, bad quality; then NaN, and a good row whose ward name is Latin-1.
    const auto file = withRows(
        "codepoint/bad_rows.csv", "cp.csv",
        "\"LA1 1AH\",10,nan,461653,\"E92000001\",\"E19000001\",\"E18000002\",\"E10000017\","
        "\"E07000121\",\"E05014890\"\n"
        "\"LA1 1AJ\",10,347480,461660,\"E92000001\",\"E19000001\",\"E18000002\",\"E10000017\","
        "\"E07000121\",\"Caf\xE9\"\n");
    const auto summary = run(ImportKind::CodePoint, file);
    EXPECT_EQ(summary.inserted, 3);
    EXPECT_EQ(summary.rejected, 7);
    const std::string text = rejects();
    for (const char* line :
         {",2,", ",3,", ",4,", ",5,", ",6,", ",7,", ",9,Eastings,not a number,nan"}) {
        EXPECT_THAT(text, HasSubstr(line));
    }
    EXPECT_THAT(summary.notes, Contains(HasSubstr("read as Windows-1252 (the first on line 10)")));
}

TEST_F(EveryImporterTest, OfcomFixed) {
    ASSERT_EQ(run(ImportKind::CodePoint, testData("codepoint/with_header.csv")).inserted, 3);
    // Unknown postcode, percentage over 100, "n/a", not a postcode; then NaN and a short row.
    const auto file =
        withRows("ofcom/202305_fixed_pc_coverage_r01_LA.csv", "202305_mixed.csv",
                 "LA11AA,LA1 1AA,LA,12,0,nan,75,75,58.3,75,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,"
                 "0,0,0,0,0,0,0,0,0,0,0,0\nLA11AA,LA1 1AA,LA\n");
    const auto summary = run(ImportKind::OfcomFixed, file);
    EXPECT_EQ(summary.updated, 2);
    EXPECT_EQ(summary.rejected, 7);
    const std::string text = rejects();
    EXPECT_THAT(text, HasSubstr(",9,SFBB availability (% premises),not a number,nan"));
    EXPECT_THAT(text, HasSubstr(",10,,\"expected 41 columns, found 3\""));
}

TEST_F(EveryImporterTest, OfcomMobile) {
    ASSERT_EQ(run(ImportKind::CodePoint, testData("codepoint/with_header.csv")).inserted, 3);
    // A rating of 7, a postcode not in the project; then a short row and a non-number.
    const auto file = withRows("ofcom/mobile_by_address.csv", "mobile.csv",
                               "100010007,SHORT,LA11AA,4\n100010008,X,LA11AA,four,0,0,0\n");
    const auto summary = run(ImportKind::OfcomMobile, file);
    EXPECT_EQ(summary.inserted, 8);
    EXPECT_EQ(summary.rejected, 4);
    const std::string text = rejects();
    EXPECT_THAT(text, HasSubstr(",8,,\"expected 7 columns, found 4\""));
    EXPECT_THAT(text, HasSubstr(",9,EEVoiceOutdoor,\"not a rating (0, 3 or 4)\",four"));
}

TEST_F(EveryImporterTest, StreetManager) {
    // bad_records.jsonl: not JSON, bad WKT, end before start, bad USRN, not an event,
    // degrees as metres, a date that is not one; then an infinite coordinate.
    const auto file = withRows(
        "street_manager/bad_records.jsonl", "mixed.jsonl",
        R"json({"event_reference": 31, "event_type": "PERMIT_GRANTED", "object_data": {"work_reference_number": "LW3000031", "works_location_coordinates": "LINESTRING(347810 461540, inf 461560)", "proposed_start_date": "2026-04-13T23:00:00.000Z", "proposed_end_date": "2026-04-16T23:00:00.000Z"}, "event_time": "2026-03-01T09:00:00.000Z", "object_type": "PERMIT"})json"
        "\n");
    const auto summary = run(ImportKind::StreetManager, file);
    EXPECT_EQ(summary.inserted, 1);
    EXPECT_EQ(summary.rejected, 8);
    const std::string text = rejects();
    for (const char* line :
         {",2,", ",3,", ",4,", ",5,", ",6,", ",7,", ",8,", ",9,works_location_coordinates,"}) {
        EXPECT_THAT(text, HasSubstr(line));
    }
}

TEST_F(EveryImporterTest, Vector) {
    VectorOptions options;
    options.table = "street_works";
    options.sourceCrs = "EPSG:27700";
    const auto summary =
        run(ImportKind::Vector, testData("vector/mixed_geometries_wkt.csv"), options);
    EXPECT_EQ(summary.inserted, 8);
    EXPECT_EQ(summary.rejected, 3);
    const std::string text = rejects();
    for (const char* line : {",8,geometry,", ",9,geometry,", ",10,geometry,"}) {
        EXPECT_THAT(text, HasSubstr(line));
    }
}

}  // namespace
}  // namespace gigamap::importers
