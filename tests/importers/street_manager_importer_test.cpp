#include <gmock/gmock.h>
#include <gtest/gtest.h>

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
        StreetManagerImporter importer(*project_, {dir_.file("rejects.csv"), "2026-03", ""});
        return importer.importPaths(paths);
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
    EXPECT_THAT(rejects, HasSubstr("bad_records.jsonl,2,,not valid JSON"));
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

}  // namespace
}  // namespace gigamap::importers
