#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/street_manager_importer.h"
#include "support/data_paths.h"
#include "support/project_fixture.h"

namespace gigamap::importers {
namespace {

using test::testData;
using ::testing::HasSubstr;

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

class StreetManagerImporterTest : public test::ProjectTest {
protected:
    std::optional<core::Project> project_{
        core::Project::create(projectPath_, {"sm", "EPSG:27700"})};
    core::GeosContext geos_;

    ImportSummary import(const std::vector<std::string>& names) {
        std::vector<std::filesystem::path> paths;
        for (const auto& name : names) {
            paths.push_back(testData("street_manager/" + name));
        }
        StreetManagerImporter importer(*project_,
                                       {.source = {.rejectsFile = dir_.file("rejects.csv"),
                                                   .vintage = "2026-03",
                                                   .attribution = ""}});
        return importer.importPaths(paths);
    }

    core::Feature restriction(const std::string& reference) {
        auto& restrictions = project_->layer("restrictions");
        return restrictions.read(restrictions.findByKey("reference", reference).value()).value();
    }

    ImportSummary importFile(const std::filesystem::path& path) {
        StreetManagerImporter importer(*project_, {dir_.file("rejects.csv"), "2026-03", ""});
        return importer.importPaths({path});
    }

    core::Feature work(const std::string& reference) {
        auto& works = project_->layer("street_works");
        return works.read(works.findByKey("work_reference_number", reference).value()).value();
    }

    static std::string text(const core::Feature& feature, const std::string& field) {
        const auto& value = feature.attribute(field);
        return core::isNull(value) ? "NULL" : std::get<std::string>(value);
    }
};

TEST_F(StreetManagerImporterTest, FolderOfEventsFoldsGrantedThenCancelled) {
    const auto summary = import({"folder"});
    EXPECT_EQ(summary.read, 3);
    EXPECT_EQ(summary.inserted, 2);
    const auto cancelled = work("LW1000001");
    EXPECT_EQ(cancelled.attribute("is_active"), core::Value{std::int64_t{0}});
    EXPECT_EQ(text(cancelled, "permit_status"), "cancelled");
    EXPECT_EQ(text(cancelled, "event_time"), "2026-03-05T09:00:00.000Z");
    // Proposed dates are BST midnights: 14 to 17 April.
    EXPECT_EQ(text(cancelled, "start_date"), "2026-04-14");
    EXPECT_EQ(text(cancelled, "end_date"), "2026-04-17");
    EXPECT_EQ(cancelled.attribute("usrn"), core::Value{std::int64_t{37100416}});
    EXPECT_EQ(text(cancelled, "promoter_organisation"), "Electricity North West Limited");
    EXPECT_EQ(geos_.readWkb(cancelled.geometry).kind(), core::GeometryKind::LineString);
    const auto other = work("LW1000002");
    EXPECT_EQ(other.attribute("is_active"), core::Value{std::int64_t{1}});
    EXPECT_EQ(other.attribute("is_ttro_required"), core::Value{std::int64_t{1}});
    EXPECT_EQ(text(other, "source"), "street-manager:03_other.json");
    EXPECT_EQ(geos_.readWkb(other.geometry).kind(), core::GeometryKind::Point);
}

TEST_F(StreetManagerImporterTest, WorkStartAndStopGiveActualDatesWhateverTheOrder) {
    const auto summary = import({"start_stop_array.json"});
    EXPECT_EQ(summary.read, 3);
    EXPECT_EQ(summary.inserted, 1);
    const auto done = work("LW2000001");
    EXPECT_EQ(text(done, "work_status"), "Works completed");
    EXPECT_EQ(text(done, "start_date"), "2026-04-14");
    EXPECT_EQ(text(done, "end_date"), "2026-04-20");
}

TEST_F(StreetManagerImporterTest, SnsEnvelopeWithSectionFiftyEightGoesToRestrictions) {
    const auto summary = import({"sns_envelope_s58.json"});
    EXPECT_EQ(summary.inserted, 1);
    EXPECT_EQ(project_->layer("street_works").count(), 0);
    auto& restrictions = project_->layer("restrictions");
    const auto restriction =
        restrictions.read(restrictions.findByKey("reference", std::string("LA-S58-0001")).value())
            .value();
    EXPECT_EQ(text(restriction, "kind"), "s58");
    EXPECT_EQ(text(restriction, "start_date"), "2026-05-02");
    EXPECT_EQ(text(restriction, "end_date"), "2026-11-01");
    EXPECT_EQ(restriction.attribute("usrn"), core::Value{std::int64_t{37100416}});
}

TEST_F(StreetManagerImporterTest, ArchiveCsvRowsAreEvents) {
    const auto summary = import({"archive_2026_03.csv"});
    EXPECT_EQ(summary.read, 3);
    EXPECT_EQ(summary.inserted, 1);
    EXPECT_EQ(summary.rejected, 1);
    const auto repair = work("LW4000001");
    EXPECT_EQ(text(repair, "work_status"), "Works in progress");
    EXPECT_EQ(text(repair, "start_date"), "2026-03-17");  // actual start
    EXPECT_EQ(text(repair, "end_date"), "2026-03-18");
    EXPECT_EQ(repair.attribute("collaborative_working"), core::Value{std::int64_t{1}});
}

TEST_F(StreetManagerImporterTest, BadRecordsAreRejectedWithLineAndReason) {
    const auto summary = import({"bad_records.jsonl"});
    EXPECT_EQ(summary.read, 8);
    EXPECT_EQ(summary.inserted, 1);
    EXPECT_EQ(summary.rejected, 7);
    const std::string rejects = test::fileBytes(dir_.file("rejects.csv"));
    EXPECT_THAT(rejects, HasSubstr("bad_records.jsonl,2,,\"not valid JSON at byte 3: "));
    EXPECT_THAT(rejects, HasSubstr(",3,works_location_coordinates,unparsable WKT"));
    EXPECT_THAT(rejects,
                HasSubstr(",4,proposed_end_date,end before start,2026-04-14 .. 2026-04-02"));
    EXPECT_THAT(rejects, HasSubstr(",5,usrn,not a USRN (whole number),DALTON"));
    EXPECT_THAT(rejects, HasSubstr(",6,,not a Street Manager event notification"));
    EXPECT_THAT(rejects, HasSubstr(",7,works_location_coordinates,\"(-2.8, 54.04) looks like "
                                   "longitude and latitude in degrees"));
    EXPECT_THAT(rejects, HasSubstr(",8,proposed_start_date,not a date,next week"));
}

TEST_F(StreetManagerImporterTest, ReimportUpdatesInsteadOfDuplicating) {
    (void)import({"folder"});
    const auto again = import({"folder", "start_stop_array.json"});
    EXPECT_EQ(again.updated, 2);
    EXPECT_EQ(again.inserted, 1);
    EXPECT_EQ(project_->layer("street_works").count(), 3);
}

TEST_F(StreetManagerImporterTest, OtherFilesAreRefusedAndNothingChanges) {
    (void)import({"folder"});
    project_.reset();
    const std::string before = test::fileBytes(projectPath_);
    project_.emplace(core::Project::open(projectPath_));
    for (const std::string path : {"../vector/wards.geojson", "../codepoint/with_header.csv",
                                   "../codepoint/empty.csv", "missing.json"}) {
        SCOPED_TRACE(path);
        EXPECT_THROW((void)import({"start_stop_array.json", path}), core::ImportError);
    }
    project_.reset();
    EXPECT_EQ(test::fileBytes(projectPath_), before);
}

TEST_F(StreetManagerImporterTest, SectionFiftyEightGoesProposedThenInForceThenClosed) {
    // A single object: proposed, its end computed from six months' duration.
    auto summary = import({"feed/1_section_58_proposed.json"});
    EXPECT_EQ(summary.inserted, 1);
    auto s58 = restriction("LA-S58-0900");
    EXPECT_EQ(text(s58, "kind"), "proposed_s58");
    EXPECT_EQ(text(s58, "status"), "proposed");
    EXPECT_EQ(text(s58, "start_date"), "2026-05-01");
    EXPECT_EQ(text(s58, "end_date"), "2026-10-31");
    EXPECT_EQ(text(s58, "extent"), "whole_road");
    EXPECT_EQ(text(s58, "location_type"), "carriageway");
    EXPECT_EQ(text(s58, "duration"), "six_months");
    EXPECT_EQ(s58.attribute("usrn"), core::Value{std::int64_t{37100416}});

    // An SNS envelope: in force, so it blocks (kind s58).
    summary = import({"feed/2_section_58_in_force_sns.json"});
    EXPECT_EQ(summary.updated, 1);
    s58 = restriction("LA-S58-0900");
    EXPECT_EQ(text(s58, "kind"), "s58");
    EXPECT_EQ(text(s58, "status"), "in_force");

    // JSON Lines: closed, kept with its status; inspections and FPNs are counted, not rejected.
    summary = import({"feed/3_section_58_closed.jsonl"});
    EXPECT_EQ(summary.read, 4);
    EXPECT_EQ(summary.rejected, 0);
    EXPECT_EQ(summary.updated, 1);
    s58 = restriction("LA-S58-0900");
    EXPECT_EQ(text(s58, "status"), "closed");
    EXPECT_EQ(text(s58, "end_date"), "2026-06-01");  // closed early
    EXPECT_THAT(summary.notes.back(), HasSubstr("1 FPN, 2 INSPECTION"));
    EXPECT_EQ(project_->layer("restrictions").count(), 1);
}

TEST_F(StreetManagerImporterTest, EventsOfOneObjectFoldWhateverTheirOrderAndShape) {
    // The closed event is the latest, though read first; the proposed one last.
    const auto summary =
        import({"feed/3_section_58_closed.jsonl", "feed/2_section_58_in_force_sns.json",
                "feed/1_section_58_proposed.json"});
    EXPECT_EQ(summary.inserted, 1);
    EXPECT_EQ(text(restriction("LA-S58-0900"), "status"), "closed");
}

TEST_F(StreetManagerImporterTest, ActivitiesAreStreetWorksAndPermitsKeepTheNewFields) {
    const auto summary = import({"feed/4_activity_and_permit_array.json"});
    EXPECT_EQ(summary.inserted, 2);
    EXPECT_EQ(summary.rejected, 0);
    const auto skip = work("LA-ACT-0910");
    EXPECT_EQ(text(skip, "activity_type"), "Skip");
    EXPECT_EQ(text(skip, "start_date"), "2026-04-14");
    EXPECT_EQ(text(skip, "end_date"), "2026-04-21");
    const auto permit = work("LW5000001");
    EXPECT_EQ(text(permit, "start_date"), "2026-03-09");  // actual_start_date, the older name
    EXPECT_EQ(text(permit, "end_date"), "2026-03-20");
    EXPECT_EQ(permit.attribute("collaborative_working"), core::Value{std::int64_t{1}});  // true
    EXPECT_EQ(permit.attribute("is_ttro_required"), core::Value{std::int64_t{0}});       // false
    EXPECT_EQ(text(permit, "collaboration_type"), "joint_working");
    EXPECT_EQ(text(permit, "current_traffic_management_type"), "Give and take");
    EXPECT_EQ(text(permit, "close_footway"), "yes_provide_pedestrian_walkway");
    EXPECT_EQ(text(permit, "work_category_ref"), "standard");
    EXPECT_EQ(text(permit, "traffic_management_type_ref"), "two_way_signals");
    EXPECT_EQ(permit.attribute("usrn"), core::Value{std::int64_t{37100416}});  // a JSON number
}

TEST_F(StreetManagerImporterTest, ArchiveCsvCarriesSectionFiftyEightObjects) {
    const auto summary = import({"feed/5_archive.csv"});
    EXPECT_EQ(summary.read, 3);
    EXPECT_EQ(summary.inserted, 2);
    ASSERT_EQ(summary.rejected, 0) << test::fileBytes(dir_.file("rejects.csv"));
    const auto s58 = restriction("LA-S58-0920");
    EXPECT_EQ(text(s58, "kind"), "s58");
    EXPECT_EQ(text(s58, "status"), "in_force");
    EXPECT_EQ(text(s58, "start_date"), "2026-01-10");
    EXPECT_EQ(text(s58, "end_date"), "2027-01-09");  // one year
    EXPECT_EQ(text(work("LW5000002"), "work_category"), "Minor");
    EXPECT_THAT(summary.notes.back(), HasSubstr("1 REINSTATEMENT"));
}

TEST_F(StreetManagerImporterTest, WrongJsonTypesAreRejectedRowsAndTheRestIsImported) {
    const auto summary = import({"wrong_types.jsonl"});
    EXPECT_EQ(summary.read, 10);
    EXPECT_EQ(summary.inserted, 2);
    EXPECT_EQ(summary.rejected, 8);
    const std::string rejects = test::fileBytes(dir_.file("rejects.csv"));
    EXPECT_THAT(rejects, HasSubstr("wrong_types.jsonl,2,event_time,\"expected text, found null\""));
    EXPECT_THAT(rejects, HasSubstr(",3,event_time,\"expected text, found a number\""));
    EXPECT_THAT(rejects, HasSubstr(",4,event_time,\"expected text, found an array\""));
    EXPECT_THAT(rejects, HasSubstr(",5,object_type,\"expected text, found an object\""));
    EXPECT_THAT(rejects, HasSubstr(",6,work_reference_number,\"expected text, found an array\""));
    EXPECT_THAT(rejects, HasSubstr(",7,street_name,\"expected text, found an object\""));
    EXPECT_THAT(rejects, HasSubstr(",8,event_type,\"expected text, found a number\""));
    EXPECT_THAT(rejects, HasSubstr(",9,object_data,\"expected an object, found text\""));
}

// Issue 18: 100,000 nested arrays in object_data ended gigamap with SIGSEGV.
TEST_F(StreetManagerImporterTest, DeeplyNestedRecordsAreRejectedRowsInArraysAndLines) {
    const std::string good =
        test::fileBytes(testData("street_manager/folder/2026/03/03_other.json"));
    const std::string deep =
        R"({"event_type": "PERMIT_GRANTED", "event_time": "2026-03-01T09:00:00Z", )"
        R"("object_data": {"work_reference_number": "LWDEEP", "x": )" +
        std::string(100000, '[') + std::string(100000, ']') + "}}";
    std::string flatGood = good;
    std::erase(flatGood, '\n');
    const auto lines = dir_.file("deep.jsonl");
    writeFile(lines, deep + "\n" + flatGood + "\n");
    auto summary = importFile(lines);
    EXPECT_EQ(summary.read, 2);
    EXPECT_EQ(summary.inserted, 1);
    EXPECT_THAT(test::fileBytes(dir_.file("rejects.csv")),
                HasSubstr("deep.jsonl,1,,nested more than 32 levels deep"));

    const auto array = dir_.file("deep.json");
    writeFile(array, "[" + flatGood + ",\n" + deep + "]");
    summary = importFile(array);
    EXPECT_EQ(summary.read, 2);
    EXPECT_EQ(summary.updated, 1);
    EXPECT_THAT(test::fileBytes(dir_.file("rejects.csv")),
                HasSubstr("deep.json,2,,nested more than 32 levels deep"));
}

TEST_F(StreetManagerImporterTest, ATruncatedArrayKeepsTheRecordsBeforeTheBreak) {
    const std::string good =
        test::fileBytes(testData("street_manager/folder/2026/03/03_other.json"));
    const auto array = dir_.file("truncated.json");
    writeFile(array, "[" + good + ", {\"event_type\": \"PERMIT_GR");
    const auto summary = importFile(array);
    EXPECT_EQ(summary.inserted, 1);
    EXPECT_EQ(summary.rejected, 1);
    EXPECT_THAT(test::fileBytes(dir_.file("rejects.csv")),
                HasSubstr("truncated.json,2,,\"not valid JSON at byte "));
}

}  // namespace
}  // namespace gigamap::importers
