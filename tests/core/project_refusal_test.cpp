#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <fstream>

#include "gigamap/core/error.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

using test::ProjectTest;

// Opens `path` for editing and expects a refusal of type E whose message contains `words`.
template <typename E>
void expectRefusal(const std::filesystem::path& path, const std::string& words) {
    try {
        (void)Project::open(path);
        FAIL() << path << " was opened";
    } catch (const E& error) {
        EXPECT_NE(std::string(error.what()).find(words), std::string::npos)
            << "message: " << error.what();
        EXPECT_NE(std::string(error.what()).find(path.string()), std::string::npos)
            << "the message should name the file: " << error.what();
    }
}

TEST_F(ProjectTest, NewerSchemaIsRefusedAndTheFileIsUntouched) {
    (void)Project::create(projectPath_, {"future", "EPSG:27700"});
    {
        SqliteDatabase raw(projectPath_, SqliteDatabase::Mode::ReadWrite);
        raw.exec("PRAGMA user_version = 99");
    }
    const std::string before = test::fileBytes(projectPath_);
    expectRefusal<NewerSchemaError>(projectPath_, "newer gigamap");
    EXPECT_THROW((void)Project::open(projectPath_, Project::Access::ReadOnly), NewerSchemaError);
    EXPECT_EQ(test::fileBytes(projectPath_), before);
}

TEST_F(ProjectTest, EmptyFileIsRefused) {
    std::ofstream(projectPath_).close();
    expectRefusal<NotAProjectError>(projectPath_, "empty file");
    EXPECT_EQ(std::filesystem::file_size(projectPath_), 0U);
}

TEST_F(ProjectTest, TextFileIsRefused) {
    std::ofstream(projectPath_) << "postcode,easting,northing\nLA1 1PJ,347863,461529\n";
    const std::string before = test::fileBytes(projectPath_);
    expectRefusal<NotAProjectError>(projectPath_, "text file");
    EXPECT_EQ(test::fileBytes(projectPath_), before);
}

TEST_F(ProjectTest, BinaryFileIsRefused) {
    std::ofstream(projectPath_, std::ios::binary) << std::string("\x89PNG\r\n\x1a\n\0\0\0", 11);
    expectRefusal<NotAProjectError>(projectPath_, "not an SQLite database");
}

TEST_F(ProjectTest, PlainSqliteDatabaseIsRefused) {
    {
        SqliteDatabase raw(projectPath_, SqliteDatabase::Mode::Create);
        raw.exec("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)");
    }
    const std::string before = test::fileBytes(projectPath_);
    expectRefusal<NotAProjectError>(projectPath_, "plain SQLite database (1 table)");
    EXPECT_EQ(test::fileBytes(projectPath_), before);
}

TEST_F(ProjectTest, EmptySqliteDatabaseIsRefused) {
    {
        SqliteDatabase raw(projectPath_, SqliteDatabase::Mode::Create);
        raw.exec("PRAGMA user_version = 0");
        raw.exec("CREATE TABLE t (x); DROP TABLE t;");
    }
    expectRefusal<NotAProjectError>(projectPath_, "empty SQLite database");
}

TEST_F(ProjectTest, GeoPackageIsRefused) {
    GDALAllRegister();
    const std::filesystem::path gpkg = dir_.file("wards.gpkg");
    {
        auto* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        ASSERT_NE(driver, nullptr);
        GDALDatasetUniquePtr ds(driver->Create(gpkg.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        ASSERT_TRUE(ds);
        ASSERT_NE(ds->CreateLayer("wards", nullptr, wkbMultiPolygon, nullptr), nullptr);
    }
    const std::string before = test::fileBytes(gpkg);
    expectRefusal<NotAProjectError>(gpkg, "GeoPackage");
    EXPECT_EQ(test::fileBytes(gpkg), before);
}

TEST_F(ProjectTest, MissingFileAndFolderAreRefused) {
    EXPECT_THROW((void)Project::open(dir_.file("nothing.sqlite")), StoreError);
    EXPECT_THROW((void)Project::open(dir_.path()), NotAProjectError);
}

TEST_F(ProjectTest, SecondProcessCannotOpenForEditing) {
    auto project = Project::create(projectPath_, {"held", "EPSG:27700"});
    // The child process tries to open the project this process holds.
    const auto attempt = [this](Project::Access access) {
        try {
            (void)Project::open(projectPath_, access);
        } catch (const ProjectLockedError&) {
            std::_Exit(7);
        } catch (...) {
            std::_Exit(9);
        }
        std::_Exit(0);
    };
    EXPECT_EXIT(attempt(Project::Access::ReadWrite), ::testing::ExitedWithCode(7), "");
    // Reading while it is being edited is allowed.
    EXPECT_EXIT(attempt(Project::Access::ReadOnly), ::testing::ExitedWithCode(0), "");
}

TEST_F(ProjectTest, LockIsReleasedWhenTheProjectCloses) {
    { auto first = Project::create(projectPath_, {"t", "EPSG:27700"}); }
    auto second = Project::open(projectPath_);
    EXPECT_EQ(second.meta().name, "t");
}

TEST_F(ProjectTest, SameProcessSecondEditorIsRefused) {
    auto first = Project::create(projectPath_, {"t", "EPSG:27700"});
    expectRefusal<ProjectLockedError>(projectPath_, "open for editing elsewhere");
}

TEST_F(ProjectTest, ASecondConnectionWritesUnderTheLockTheFirstHolds) {
    auto first = Project::create(projectPath_, {"t", "EPSG:27700"});
    {
        auto second = first.openSecondConnection();
        EXPECT_FALSE(second.isReadOnly());
        EXPECT_EQ(second.srid(), 27700);
        second.setMetaValue("written_by", "second");
    }
    // Closing the second connection leaves the first one's lock in place.
    EXPECT_EQ(first.metaValue("written_by"), "second");
    expectRefusal<ProjectLockedError>(projectPath_, "open for editing elsewhere");
    auto reading = Project::open(projectPath_, Project::Access::ReadOnly);
    EXPECT_THROW((void)reading.openSecondConnection(), StoreError);
}

}  // namespace
}  // namespace gigamap::core
