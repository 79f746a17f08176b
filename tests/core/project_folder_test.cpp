#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "gigamap/core/error.h"
#include "gigamap/core/project.h"
#include "support/full_disk.h"
#include "support/temp_dir.h"

namespace gigamap::core {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Issue 18, class 7: a valid project in a folder where SQLite cannot create its
// -shm and -wal files was called "not a readable SQLite database". The message
// says what is wrong and how to open it anyway.
TEST(ProjectFolderTest, AProjectInAReadOnlyFolderIsNotCalledUnreadable) {
    test::ReadOnlyFolder folder;
    if (!folder.available()) {
        GTEST_SKIP() << folder.why();
    }
    const auto path = folder.file("lancaster.sqlite");
    (void)Project::create(path, {"ro", "EPSG:27700"});
    ASSERT_TRUE(folder.makeReadOnly());
    try {
        (void)Project::open(path, Project::Access::ReadOnly);
        FAIL() << "opened although SQLite cannot create its -shm file";
    } catch (const NotAProjectError& error) {
        FAIL() << "called not a project: " << error.what();
    } catch (const StoreError& error) {
        EXPECT_THAT(error.what(), HasSubstr("lancaster.sqlite-shm"));
        EXPECT_THAT(error.what(), HasSubstr("is on a read-only file system"));
        EXPECT_THAT(error.what(), HasSubstr("copy it to a folder you can write to"));
        EXPECT_THAT(error.what(), HasSubstr("immutable=1"));
        EXPECT_THAT(error.what(), Not(HasSubstr("not a gigamap project")));
    }
}

// Issue 18, class 8: refusing a WAL-mode file that is not a project (a GeoPackage)
// left the -wal and -shm files its read-only probe made beside it.
TEST(ProjectFolderTest, RefusingANonProjectLeavesNoWalOrShmBehind) {
    test::TempDir dir;
    const auto path = dir.file("roads.gpkg");
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw,
                           "PRAGMA journal_mode = WAL; PRAGMA application_id = 1196444487;"
                           "CREATE TABLE gpkg_contents (table_name TEXT)",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(raw);
    ASSERT_FALSE(std::filesystem::exists(path.string() + "-wal"));
    EXPECT_THROW((void)Project::open(path, Project::Access::ReadOnly), NotAProjectError);
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-shm"));
}

}  // namespace
}  // namespace gigamap::core
