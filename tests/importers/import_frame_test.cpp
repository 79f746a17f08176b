#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/import_job.h"
#include "support/data_paths.h"
#include "support/full_disk.h"
#include "support/project_fixture.h"

namespace gigamap::importers {
namespace {

using test::testData;
using ::testing::HasSubstr;

// The frame every importer runs in: what happens to the rejects file and the
// project when an import is refused part-way, and when the rejects meet a full disk.
class ImportFrameTest : public test::ProjectTest {
protected:
    std::optional<core::Project> project_{
        core::Project::create(projectPath_, {"frame", "EPSG:27700"})};

    ImportJob codePoint(std::vector<std::filesystem::path> files,
                        const std::filesystem::path& rejects) {
        ImportJob job;
        job.kind = ImportKind::CodePoint;
        job.paths = std::move(files);
        job.source = {.rejectsFile = rejects, .vintage = "2025.4.0", .attribution = ""};
        return job;
    }
};

TEST_F(ImportFrameTest, ARefusedImportLeavesNoRejectsFile) {
    // The first file has six bad rows; the second is not Code-Point at all.
    const auto job =
        codePoint({testData("codepoint/bad_rows.csv"), testData("codepoint/not_codepoint.csv")},
                  dir_.file("rejects.csv"));
    EXPECT_THROW((void)job.run(*project_), core::ImportError);
    EXPECT_EQ(project_->layer("postcodes").count(), 0);
    EXPECT_FALSE(project_->metaValue("vintage.codepoint"));
    EXPECT_FALSE(std::filesystem::exists(dir_.file("rejects.csv")));
    EXPECT_FALSE(std::filesystem::exists(dir_.file("rejects.csv.partial.csv")));
}

TEST_F(ImportFrameTest, TheRejectsFileAppearsWithTheCommittedImport) {
    const auto summary =
        codePoint({testData("codepoint/bad_rows.csv")}, dir_.file("rejects.csv")).run(*project_);
    EXPECT_EQ(summary.rejected, 6);
    EXPECT_EQ(summary.rejectsFile, dir_.file("rejects.csv"));
    EXPECT_THAT(test::fileBytes(dir_.file("rejects.csv")), HasSubstr("not a UK postcode"));
    EXPECT_EQ(project_->metaValue("vintage.codepoint"), "2025.4.0");
}

TEST_F(ImportFrameTest, RejectsThatCannotBeWrittenRefuseTheImport) {
    test::FullDisk disk;
    if (!disk.available()) {
        GTEST_SKIP() << disk.why();
    }
    try {
        (void)codePoint({testData("codepoint/bad_rows.csv")}, disk.file("rejects.csv"))
            .run(*project_);
        FAIL() << "the import landed without its rejects";
    } catch (const core::ExportError& error) {
        EXPECT_THAT(error.what(), HasSubstr("rejects.csv: the disk is full"));
    }
    EXPECT_EQ(project_->layer("postcodes").count(), 0);
    EXPECT_EQ(disk.leftovers(), "");
}

}  // namespace
}  // namespace gigamap::importers
